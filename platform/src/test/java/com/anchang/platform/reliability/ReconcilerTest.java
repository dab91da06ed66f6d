package com.anchang.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.platform.reliability.Reconciler.Books;
import com.anchang.platform.reliability.Reconciler.Credit;
import com.anchang.platform.reliability.Reconciler.DeadLetter;
import com.anchang.platform.reliability.Reconciler.Deal;
import com.anchang.platform.reliability.Reconciler.Discrepancy;
import com.anchang.platform.reliability.Reconciler.Entry;
import com.anchang.platform.reliability.Reconciler.Expected;
import com.anchang.platform.reliability.Reconciler.Kind;
import com.anchang.platform.reliability.Reconciler.Reminder;
import com.anchang.platform.reliability.Reconciler.Report;
import com.anchang.platform.reliability.Reconciler.Topic;
import com.anchang.platform.reliability.Reconciler.Unit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

    static final Instant NOW = Instant.parse("2026-03-09T02:00:00Z");
    static final BigDecimal PRICE = new BigDecimal("2800000.00");

    static Deal deal(String id, String unit, String status, boolean deposit) {
        return new Deal(id, "o1", unit, status, PRICE, NOW.minusSeconds(86_400 * 5), deposit, false);
    }

    static Credit recognised(String dealId, Entry... entries) {
        return new Credit(dealId, "RECOGNISED", PRICE, List.of(entries));
    }

    static Entry credit(String id) {
        return new Entry(id, "CREDIT", PRICE);
    }

    static Topic topic(long onTopic, long published, long consumed) {
        return new Topic("anchang.transaction.events", "transaction-service",
                Map.of("transaction.contract-signed", onTopic), 0, Map.of("transaction.contract-signed", published),
                Map.of("inventory-service", Map.of("transaction.contract-signed", consumed)),
                Map.of("inventory-service", 0L));
    }

    /** Books that agree: a contracted unit and deal with its one credit, a sent reminder, every event consumed once. */
    static Books consistent() {
        return new Books(NOW,
                List.of(new Unit("u1", "o1", "CONTRACTED", null, "d1"), new Unit("u2", "o1", "AVAILABLE", null, null)),
                List.of(deal("d1", "u1", "CONTRACT_SIGNED", true)),
                Map.of("d1", recognised("d1", credit("e1"))),
                Map.of("d1", List.of(new Reminder("r1", "DOWN_PAYMENT", "DELIVERED", NOW.minusSeconds(3600)))),
                Map.of("r1", 1), List.of(topic(3, 3, 3)), List.of(), Set.of(),
                new Expected(Map.of("d1", "CONTRACT_SIGNED"), Map.of("o1", 0)), Set.of());
    }

    @Test
    @DisplayName("books that agree give no discrepancy, and every invariant was checked")
    void consistentBooks() {
        Report report = Reconciler.check(consistent());

        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.checked()).containsOnlyKeys(Reconciler.INVARIANTS).allSatisfy((invariant, n) ->
                assertThat(n).as(invariant).isPositive());
    }

    @Test
    @DisplayName("a unit AVAILABLE whose deal is contracted, a credit counted twice, a reminder sent twice, an event "
            + "consumed short, a dead letter and a deal not where the day left it: each reported on its own line")
    void inconsistentBooks() {
        Books books = new Books(NOW,
                List.of(new Unit("u1", "o1", "AVAILABLE", null, null)),
                List.of(deal("d1", "u1", "CONTRACT_SIGNED", true)),
                Map.of("d1", recognised("d1", credit("e1"), credit("e2"))),
                Map.of("d1", List.of(new Reminder("r1", "DOWN_PAYMENT", "DELIVERED", NOW.minusSeconds(3600)))),
                Map.of("r1", 2), List.of(topic(3, 3, 2)),
                List.of(new DeadLetter("anchang.commission-service.dlt", "d1", "transaction.contract-signed",
                        "JSON parse error")),
                Set.of(), new Expected(Map.of("d1", "CANCELLED"), Map.of("o1", 1)), Set.of());

        List<Discrepancy> found = Reconciler.check(books).discrepancies();

        assertThat(found).extracting(Discrepancy::invariant).containsExactlyInAnyOrder("units", "credits", "reminders",
                "events", "dead letters", "the day", "the day");
        assertThat(found).filteredOn(d -> d.kind() == Kind.DOUBLED).extracting(Discrepancy::invariant)
                .containsExactlyInAnyOrder("credits", "reminders");
        assertThat(found).filteredOn(d -> d.kind() == Kind.LOST).extracting(Discrepancy::invariant)
                .containsExactlyInAnyOrder("units", "events", "dead letters");
        assertThat(found).extracting(Discrepancy::line).anySatisfy(line -> assertThat(line)
                .contains("unit u1 is AVAILABLE but its deal d1 is CONTRACT_SIGNED").contains("should be CONTRACTED"))
                .anySatisfy(line -> assertThat(line).contains("deal d1").contains("2 credit entries")
                        .contains("credited 2.00 times"))
                .anySatisfy(line -> assertThat(line).contains("reminder r1").contains("sent 2 times"))
                .anySatisfy(line -> assertThat(line).contains("inventory-service processed 2 of the 3 "
                        + "transaction.contract-signed"))
                .anySatisfy(line -> assertThat(line).contains("anchang.commission-service.dlt holds "
                        + "transaction.contract-signed (key d1): JSON parse error"))
                .anySatisfy(line -> assertThat(line).contains("deal d1 should be CANCELLED").contains("CONTRACT_SIGNED"))
                .anySatisfy(line -> assertThat(line).contains("o1 has 1 collision(s) open"));
    }

    @Test
    @DisplayName("a dead letter explained by a person, and a withdrawn deal's cancellation kept with nothing credited, are "
            + "no discrepancy; a unit two deals claim, a held unit whose hold lapsed, a cancelled deal's credit not "
            + "reversed and money on a credit of a deal that took no deposit are")
    void explainedAndOtherCases() {
        Deal lapsed = deal("d2", "u2", "UNIT_HELD", false);
        Books books = new Books(NOW,
                List.of(new Unit("u1", "o1", "RESERVED", null, "d1"), new Unit("u2", "o1", "HELD", "d2", null),
                        new Unit("u3", "o1", "AVAILABLE", null, null)),
                List.of(deal("d1", "u1", "DEPOSIT_RECEIVED", true), deal("d3", "u1", "SUBSCRIPTION_SIGNED", true),
                        lapsed, deal("d4", "u3", "CANCELLED", true), deal("d5", "u3", "CANCELLED", false),
                        deal("d6", "u3", "CANCELLED", false)),
                Map.of("d1", new Credit("d1", "PROVISIONAL", PRICE, List.of()),
                        "d3", new Credit("d3", "PROVISIONAL", PRICE, List.of()),
                        "d4", recognised("d4", credit("e4")),
                        "d5", new Credit("d5", "REVERSED", null, List.of()),
                        "d6", new Credit("d6", "REVERSED", null, List.of(credit("e6")))),
                Map.of("d1", List.of(), "d3", List.of(), "d4", List.of(new Reminder("r4", "DOWN_PAYMENT", "PLANNED",
                        NOW.plusSeconds(86_400)))),
                Map.of(), List.of(), List.of(new DeadLetter("anchang.inventory-service.dlt", "k1", "x", "injected")),
                Set.of("k1"), null, Set.of());

        List<Discrepancy> found = Reconciler.check(books).discrepancies();

        assertThat(found).extracting(Discrepancy::line)
                .anySatisfy(line -> assertThat(line).contains("unit u1 is claimed by 2 deals"))
                .anySatisfy(line -> assertThat(line).contains("unit u2 is HELD for deal d2 but no deal holds it"))
                .anySatisfy(line -> assertThat(line).contains("deal d4 is CANCELLED but its credit is RECOGNISED"))
                .anySatisfy(line -> assertThat(line).contains("reminder r4").contains("though the deal is CANCELLED"))
                .anySatisfy(line -> assertThat(line).contains("deal d6 (CANCELLED) took no deposit but commission holds"))
                .noneSatisfy(line -> assertThat(line).contains("deal d5"))
                .noneSatisfy(line -> assertThat(line).contains("dlt"));
    }

    /** One topic whose producer is transaction-service, consumed by inventory- and commission-service. */
    static Topic afterFaults(long held, long republished, long published, long inventoryProcessed, long inventoryLag,
            long commissionProcessed, long commissionLag) {
        String type = "transaction.deposit-received";
        return new Topic("anchang.transaction.events", "transaction-service", Map.of(type, held), republished,
                Map.of(type, published), Map.of("inventory-service", Map.of(type, inventoryProcessed),
                        "commission-service", Map.of(type, commissionProcessed)),
                Map.of("inventory-service", inventoryLag, "commission-service", commissionLag));
    }

    @Test
    @DisplayName("a service killed and restarted counts its events from its restart: its counters short of the topic "
            + "are no discrepancy while its committed offsets reach the topic's end, and a redelivery or an event "
            + "published again is counted, not reported; offsets behind the end are reported as lost, restarted or not")
    void eventsCheckSurvivesRestarts() {
        Set<String> restarted = Set.of("transaction-service", "inventory-service");
        // transaction-service restarted (published 2 since), inventory-service restarted (processed 1 since),
        // commission-service ran all day and processed the 10 records, one of them twice
        Topic settled = afterFaults(10, 1, 2, 1, 0, 11, 0);

        Report report = Reconciler.events(List.of(settled), restarted);

        assertThat(report.discrepancies()).isEmpty();
        assertThat(report.events()).isEqualTo(10);
        assertThat(report.republished()).isEqualTo(1);
        assertThat(report.redelivered()).isEqualTo(1);
        // the same counters without the restarts: the producer's and inventory's counts fall short of the topic
        assertThat(Reconciler.events(List.of(settled), Set.of()).discrepancies()).extracting(Discrepancy::line)
                .anySatisfy(line -> assertThat(line).contains("transaction-service counts 2"))
                .anySatisfy(line -> assertThat(line).contains("inventory-service processed 1 of the 10"));

        Topic behind = afterFaults(10, 0, 2, 1, 3, 10, 0);
        List<Discrepancy> found = Reconciler.events(List.of(behind), restarted).discrepancies();

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.LOST);
            assertThat(d.line()).contains("inventory-service has 3 record(s) of anchang.transaction.events not consumed");
        });
    }
}
