package com.anchang.commission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.commission.application.ClaimingCredit;
import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.application.ViewingStatements;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadLinked;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.BuyerChanged;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.HandedOver;
import com.anchang.events.transaction.MortgageCompleted;
import com.anchang.events.transaction.PriceChanged;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.messaging.EventDispatcher;
import com.anchang.support.security.Caller;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The ledger is derived from the topics: drop commission-service's data, deliver every record of the
 * lead, transaction and commission topics again from their start through the same handlers, in the order they
 * were produced, and the ledgers and balances come out the same, and so do the statements read from the
 * consultants' books (dropped with the rest and written again by the replay, ADR 21), the claims and the PM's
 * decisions (read back from commission-service's own topic, ADR 22) and the office's claims list.
 */
@ServiceIntegrationTest
class CommissionReplayIT {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    DealCreditRepository credits;
    @Autowired
    OwnershipTimelineRepository ownerships;
    @Autowired
    ViewingCredits viewing;
    @Autowired
    ViewingStatements statements;
    @Autowired
    EventDispatcher dispatcher;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ClaimingCredit claiming;
    @Autowired
    Clock clock;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final String office = "office-r-" + run;
    final String wang = "c-wang-" + run;
    final String li = "c-li-" + run;
    final String buyer = "139" + Math.abs(run.hashCode() % 100_000_000);

    /** Publishes an event of a deal and waits until its credit has applied it. */
    void dealEvent(String dealId, Record event) {
        String eventId = UUID.randomUUID().toString();
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, office, eventId, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).filter(d -> d.applied(eventId)).isPresent());
    }

    SubscriptionSigned signed(String dealId, String leadId, String closer, String price, String at) {
        return new SubscriptionSigned(dealId, "dev-1", office, "unit-" + dealId, dealId, closer, leadId, "王先生", buyer,
                "SMS", new BigDecimal(price), new BigDecimal("50000.00"), new BigDecimal("900000.00"),
                LocalDate.parse("2026-12-20"), "COMMERCIAL_LOAN", new BigDecimal("2000000.00"), "BUYER", Instant.parse(at));
    }

    DownPaymentReceived downPayment(String dealId, String closer) {
        return new DownPaymentReceived(dealId, "dev-1", office, "unit-" + dealId, closer, null, "R-" + dealId,
                new BigDecimal("900000.00"), new BigDecimal("950000.00"), Instant.parse("2026-12-20T03:00:00Z"));
    }

    Map<String, ViewingCredits.Ledger> ledgers() {
        return Map.of(wang, viewing.ledgerOf(pm(), office, wang), li, viewing.ledgerOf(pm(), office, li));
    }

    Caller pm() {
        return new Caller("u-pm", "pm", "dev-1", Map.of(office, Set.of(Caller.PM)), Set.of(), true);
    }

    Caller consultant(String id) {
        return new Caller(id, id, "dev-1", Map.of(office, Set.of(Caller.CONSULTANT)), Set.of(), true);
    }

    /** Waits until the deal's outbox is empty: its claim events are on the commission topic. */
    void awaitPublished(String dealId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            org.bson.Document doc = mongo.getCollection("deal_credits").find(new org.bson.Document("_id", dealId)).first();
            return doc != null && doc.getList("outbox", Object.class, List.of()).isEmpty();
        });
    }

    /** Both consultants' statements of every month with entries, read from their books (ADR 21). */
    List<ViewingStatements.Statement> statements() {
        List<ViewingStatements.Statement> all = new ArrayList<>();
        for (String consultant : List.of(wang, li)) {
            Set<YearMonth> months = new java.util.TreeSet<>(List.of(YearMonth.parse("2026-11"), YearMonth.parse("2026-12"),
                    YearMonth.parse("2027-01"), YearMonth.parse("2027-02"), YearMonth.parse("2027-06")));
            months.add(YearMonth.from(clock.instant().atZone(ZoneId.of("Asia/Shanghai"))));
            for (YearMonth month : months) {
                all.add(statements.statement(pm(), office, consultant, month));
            }
        }
        return all;
    }

    @Test
    @DisplayName("replay: two deals of one buyer (50/50 inside the protection, COMM-4 tiering on the second), a price change, a buyer change, a family link (LEAD-6), payouts, a handover, a cancellation after a payout, a claim accepted by the PM (COMM-3) and a cover (COMM-5); the data dropped and the topics delivered again from their start give the same ledgers, balances, statements, claims and decisions")
    void replayGivesTheSameLedger() {
        String leadId = "lead-" + run;
        TestEvents.publish(kafka, Topics.LEAD, leadId, office, UUID.randomUUID().toString(),
                new LeadRegistered(leadId, "dev-1", office, wang, "王先生", "WALK_IN", Instant.parse("2026-11-20T02:15:00Z"),
                        LocalDate.parse("2026-11-27")));
        await().atMost(Duration.ofSeconds(30)).until(() -> ownerships.find(leadId).isPresent());
        String a = "deal-a-" + run;
        String b = "deal-b-" + run;
        dealEvent(a, signed(a, leadId, li, "4000000.00", "2026-11-21T04:30:00Z"));
        dealEvent(b, signed(b, leadId, wang, "3000000.00", "2026-11-24T04:30:00Z"));
        dealEvent(a, new PriceChanged(a, "dev-1", office, "unit-" + a, a, li, leadId, "王先生", new BigDecimal("4100000.00"),
                new BigDecimal("4000000.00"), new BigDecimal("3800000.00"), new BigDecimal("900000.00"),
                new BigDecimal("2000000.00"), "co-" + a, "a discount approved", "u-pm", Instant.parse("2026-11-26T02:00:00Z"),
                false));
        dealEvent(a, downPayment(a, li));
        dealEvent(a, new MortgageCompleted(a, "dev-1", office, "unit-" + a, "COMMERCIAL_LOAN", new BigDecimal("2000000.00"),
                Instant.parse("2027-02-10T06:00:00Z")));
        dealEvent(a, new HandedOver(a, "dev-1", office, "unit-" + a, li, "u-pm", Instant.parse("2027-06-30T02:00:00Z")));
        dealEvent(b, downPayment(b, wang));
        dealEvent(b, new DealCancelled(b, "dev-1", office, "unit-" + b, "the buyer withdrew", "u-pm",
                Instant.parse("2027-01-05T02:00:00Z")));

        // c-wang has lines in all five months, c-li in all but January (deal b is c-wang's alone)
        assertThat(statements()).filteredOn(statement -> !statement.lines().isEmpty()).hasSize(9);
        Map<String, ViewingCredits.Ledger> beforeClaims = ledgers();
        dealEvent(a, new BuyerChanged(a, "dev-1", office, "unit-" + a, a, li, leadId, "王先生", List.of("李女士"), "李女士",
                null, "LEAD-9 check", "the buyer's wife", "co-b-" + a, "the wife joins", "u-pm",
                Instant.parse("2027-06-30T03:00:00Z"), false));
        TestEvents.publish(kafka, Topics.LEAD, leadId, office, UUID.randomUUID().toString(),
                new LeadLinked(leadId, "dev-1", office, wang, "link-" + run, "SPOUSE", "李女士", true, false, wang,
                        Instant.parse("2026-11-20T03:00:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(a).orElseThrow().allocation().ruleIds()
                .contains("LEAD-6"));
        // neither moves an amount (COMM-4 stays with the buyer; the link names LEAD-6 in the explanation)
        assertThat(ledgers()).isEqualTo(beforeClaims);

        // two deals closed an hour ago (claimable): c: c-wang's own, claimed by c-li and awarded to c-li by the PM;
        // d: c-li's (the protection long over), recorded by the PM as a cover for c-wang (COMM-5)
        String c = "deal-c-" + run;
        String d = "deal-d-" + run;
        String hourAgo = clock.instant().minus(Duration.ofHours(1)).toString();
        dealEvent(c, signed(c, leadId, wang, "1000000.00", hourAgo));
        dealEvent(d, signed(d, leadId, li, "1200000.00", hourAgo));
        String claimId = claiming.raise(consultant(li), new ClaimingCredit.RaiseClaim(c, "visit log, page 12"))
                .claim().claimId();
        claiming.decide(pm(), new ClaimingCredit.DecideClaim(c, claimId, true, List.of(), "c-li received the buyer first"));
        claiming.cover(pm(), new ClaimingCredit.RecordCover(d, wang, ClaimingCredit.CoverKind.COVERED_FOR_COLLEAGUE,
                "c-li received for c-wang"));
        awaitPublished(c);
        awaitPublished(d);
        DealCredit claimed = credits.find(c).orElseThrow();
        DealCredit covered = credits.find(d).orElseThrow();
        assertThat(claimed.nets().keySet()).containsExactly(li);
        assertThat(covered.nets().keySet()).containsExactly(wang);
        List<ClaimingCredit.ClaimOnDeal> officeClaims = claiming.ofOffice(pm(), office);
        assertThat(officeClaims).singleElement().satisfies(claim -> assertThat(claim.claim().state())
                .isEqualTo(com.anchang.commission.domain.Claim.State.ACCEPTED));

        Map<String, ViewingCredits.Ledger> before = ledgers();
        List<ViewingStatements.Statement> statementsBefore = statements();
        // a: 4,000,000 split 50/50, its price changed to 3,800,000 after b's recognition: 1,900,000 each, 3‰ = 5,700.00
        // each, all paid by the handover; b: 1,000,000 + 2,000,000 × 50% (COMM-4, a counted at 4,000,000 when b was
        // recognised) = 2,000,000 to c-wang, 6,000.00 earned, 2,400.00 paid, then reversed and clawed back
        assertThat(beforeClaims.get(wang).balance()).isEqualByComparingTo("1900000.00");
        assertThat(beforeClaims.get(wang).commission()).isEqualByComparingTo("5700.00");
        assertThat(beforeClaims.get(wang).paid()).isEqualByComparingTo("5700.00");
        assertThat(beforeClaims.get(li).paid()).isEqualByComparingTo("5700.00");
        assertThat(beforeClaims.get(wang).entries()).extracting(e -> e.kind().name())
                .contains("REVERSAL", "COMMISSION_REVERSAL", "CLAWBACK");
        // c: 1,000,000 on the buyer's 3,800,000 before it, all to c-li by the PM's decision; d: 1,200,000 on 4,800,000
        // before it: 200,000 + 1,000,000 × 50% = 700,000, all to c-wang by the cover
        assertThat(before.get(li).balance()).isEqualByComparingTo(beforeClaims.get(li).balance().add(new BigDecimal("1000000.00")));
        assertThat(before.get(wang).balance()).isEqualByComparingTo(beforeClaims.get(wang).balance().add(new BigDecimal("700000.00")));
        DealCredit cancelled = credits.find(b).orElseThrow();

        for (String collection : List.of("deal_credits", "ownership_timelines", "buyer_totals", "statement_consultants",
                "statement_months", "statement_open", "statement_league", "office_claims")) {
            mongo.remove(new Query(), collection);
        }
        assertThat(credits.find(a)).isEmpty();

        for (ConsumerRecord<Object, Object> record : fromTheStart(Topics.LEAD, Topics.TRANSACTION, Topics.COMMISSION)) {
            try {
                dispatcher.onMessage(record);
            } catch (RuntimeException poison) {
                // a record the live consumer dead-lettered (other tests publish some): dead-lettered again, skipped here
            }
        }

        assertThat(ledgers()).isEqualTo(before);
        assertThat(statements()).isEqualTo(statementsBefore);
        assertThat(credits.find(b).orElseThrow().entries()).isEqualTo(cancelled.entries());
        DealCredit claimedAgain = credits.find(c).orElseThrow();
        assertThat(claimedAgain.entries()).isEqualTo(claimed.entries());
        assertThat(claimedAgain.claims()).isEqualTo(claimed.claims());
        assertThat(claimedAgain.adjudication()).isEqualTo(claimed.adjudication());
        DealCredit coveredAgain = credits.find(d).orElseThrow();
        assertThat(coveredAgain.entries()).isEqualTo(covered.entries());
        assertThat(coveredAgain.adjudication()).isEqualTo(covered.adjudication());
        assertThat(claiming.ofOffice(pm(), office)).isEqualTo(officeClaims);
    }

    /** Every record of the topics from their start, in the order they were produced. */
    List<ConsumerRecord<Object, Object>> fromTheStart(String... topics) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<Object, Object>> found = new ArrayList<>();
        try (KafkaConsumer<Object, Object> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                assertThat(System.nanoTime()).as("reading the topics to their end").isLessThan(deadline);
                consumer.poll(Duration.ofMillis(500)).forEach(found::add);
            }
        }
        found.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
        return found;
    }
}
