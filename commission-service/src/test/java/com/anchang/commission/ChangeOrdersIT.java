package com.anchang.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.events.Topics;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.PriceChanged;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/** transaction-service's change orders on the real broker: the consultant's ledger follows the deal's price. */
@ServiceIntegrationTest
class ChangeOrdersIT {

    static final String OFFICE = "office-change";
    static final TestTokens.Staff CLOSER = TestTokens.staff("c-closer-co", "dev-1").at(OFFICE, "CONSULTANT");

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    DealCreditRepository credits;

    void publish(String dealId, String eventId, Record event) {
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, OFFICE, eventId, event);
    }

    static PriceChanged priceChanged(String dealId, String previous, String price, boolean undo) {
        return new PriceChanged(dealId, "dev-1", OFFICE, "unit-3-1802", "3-1802", CLOSER.userId(), null, "王先生",
                new BigDecimal("3256800.00"), new BigDecimal(previous), new BigDecimal(price), new BigDecimal("900000.00"),
                new BigDecimal("2050000.00"), "co-" + dealId, "the developer's year-end discount", "u-pm-co",
                Instant.parse(undo ? "2026-11-28T02:00:00Z" : "2026-11-27T02:30:00Z"), undo);
    }

    /** A later event of the same deal (same key, same partition): once it is applied, everything before it is too. */
    void awaitAfter(String dealId, String eventId, Record event) {
        publish(dealId, eventId, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).filter(d -> d.applied(eventId)).isPresent());
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> entriesOf(Map<String, Object> ledger, String dealId) {
        return ((List<Map<String, Object>>) ledger.get("entries")).stream().filter(e -> dealId.equals(e.get("dealId")))
                .toList();
    }

    Map<String, Object> ledger() {
        Answer answer = server.as(CLOSER.token())
                .get("/api/commissions/consultants/" + CLOSER.userId() + "/ledger?officeId=" + OFFICE);
        assertThat(answer.status()).isEqualTo(200);
        return answer.map();
    }

    /** An amount of the JSON answer in fen (a JSON number may drop the trailing zeros). */
    static BigDecimal money(Object value) {
        return new BigDecimal(value.toString()).setScale(2);
    }

    @Test
    @DisplayName("COMM-6: a deal credited at 3,000,000.00, its price changed to 2,950,000.00: the ledger shows the adjustment (-50,000.00, commission -150.00) and the balance follows; the same event again adds nothing; the undo brings it back")
    void priceChangeAdjustsTheLedger() {
        String dealId = "deal-co-" + UUID.randomUUID().toString().substring(0, 8);
        publish(dealId, UUID.randomUUID().toString(), new SubscriptionSigned(dealId, "dev-1", OFFICE, "unit-3-1802", "3-1802",
                CLOSER.userId(), null, "王先生", "13912340001", "SMS", new BigDecimal("3000000.00"),
                new BigDecimal("50000.00"), new BigDecimal("900000.00"), LocalDate.parse("2026-12-21"), "COMMERCIAL_LOAN",
                new BigDecimal("2100000.00"), "BUYER", Instant.parse("2026-11-22T04:30:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).filter(DealCredit::recognised).isPresent());
        assertThat(money(ledger().get("balance"))).isEqualByComparingTo("3000000.00");

        String changeId = UUID.randomUUID().toString();
        publish(dealId, changeId, priceChanged(dealId, "3000000.00", "2950000.00", false));
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).filter(d -> d.applied(changeId)).isPresent());

        Map<String, Object> changed = ledger();
        assertThat(money(changed.get("balance"))).isEqualByComparingTo("2950000.00");
        assertThat(money(changed.get("commission"))).isEqualByComparingTo("8850.00");
        List<Map<String, Object>> adjustments = entriesOf(changed, dealId).stream()
                .filter(e -> changeId.equals(e.get("causeEventId"))).toList();
        assertThat(adjustments).extracting(e -> e.get("kind"), e -> money(e.get("amount")))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REVERSAL", new BigDecimal("-50000.00")),
                        org.assertj.core.groups.Tuple.tuple("COMMISSION_REVERSAL", new BigDecimal("-150.00")));

        // redelivered (the same event id), then a later event of the deal: no second adjustment
        publish(dealId, changeId, priceChanged(dealId, "3000000.00", "2950000.00", false));
        awaitAfter(dealId, UUID.randomUUID().toString(), new DownPaymentReceived(dealId, "dev-1", OFFICE, "unit-3-1802",
                CLOSER.userId(), null, "R-0001", new BigDecimal("850000.00"), new BigDecimal("900000.00"),
                Instant.parse("2026-11-27T06:00:00Z")));
        assertThat(credits.find(dealId).orElseThrow().entries().stream()
                .filter(e -> e.causeEventId().equals(changeId) && e.in(LedgerEntry.Book.CREDIT))).hasSize(1);
        assertThat(money(ledger().get("balance"))).isEqualByComparingTo("2950000.00");

        String undoId = UUID.randomUUID().toString();
        awaitAfter(dealId, undoId, priceChanged(dealId, "2950000.00", "3000000.00", true));

        Map<String, Object> undone = ledger();
        assertThat(money(undone.get("balance"))).isEqualByComparingTo("3000000.00");
        assertThat(money(undone.get("commission"))).isEqualByComparingTo("9000.00");
        assertThat(entriesOf(undone, dealId).stream().filter(e -> undoId.equals(e.get("causeEventId")))
                .filter(e -> "CREDIT".equals(e.get("kind"))).map(e -> money(e.get("amount"))))
                .containsExactly(new BigDecimal("50000.00"));
    }
}
