package com.anchang.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.Topics;
import com.anchang.events.inventory.DiscountApproved;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.inventory.UnitReleased;
import com.anchang.events.inventory.UnitReserved;
import com.anchang.events.inventory.UnitsImported;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.ReceptionAssigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
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
import com.anchang.dashboard.adapter.persistence.ReadModelShape;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * The read model is rebuilt as the operations note says (ADR 17, ADR 24): stop consuming, drop the database,
 * delete the consumer group, consume again from the start of the topics — as {@link ReadModelShape} does when
 * the service starts on a store of an older shape.
 */
@ServiceIntegrationTest
class DashboardRebuildIT {

    static final TestTokens.Staff HEAD_OFFICE = TestTokens.staff("u-hq-7", "dev-7").withRoles("HEAD_OFFICE");

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ConcurrentMessageListenerContainer<Object, Object> consumer;
    @Autowired
    ReadModelShape shape;

    static String id() {
        return UUID.randomUUID().toString();
    }

    /** Three offices' weeks of receptions, leads, deposits, subscriptions, a discount, a swap and a cancellation, some of it delivered twice. */
    void publishThreeOfficesWeeks() {
        for (int o = 1; o <= 3; o++) {
            String office = "office-7" + o;
            TestEvents.publish(kafka, Topics.INVENTORY, office + "-bldg-1", office, id(), new UnitsImported(office + "-bldg-1",
                    "dev-7", office, "proj-7", "1", 40, "u-pm", Instant.parse("2026-11-10T02:00:00Z")));
            for (int d = 0; d < 7; d++) {
                LocalDate day = LocalDate.parse("2026-11-16").plusDays(d);
                Instant noon = day.atTime(4, 0).toInstant(java.time.ZoneOffset.UTC);
                for (int r = 0; r < o + d; r++) {
                    TestEvents.publish(kafka, Topics.LEAD, office + ":" + day, office, id(), new ReceptionAssigned(
                            id(), "dev-7", office, day, "c-" + r, r % 3 == 0 ? "PHONE" : "WALK_IN", "ROT-3", 1, noon, null));
                }
                String lead = "lead-" + id();
                String leadEvent = id();
                LeadRegistered registered = new LeadRegistered(lead, "dev-7", office, "c-1", "王先生", "WALK_IN", noon,
                        day.plusDays(7));
                TestEvents.publish(kafka, Topics.LEAD, lead, office, leadEvent, registered);
                TestEvents.publish(kafka, Topics.LEAD, lead, office, leadEvent, registered);
                String deal = "deal-" + id();
                TestEvents.publish(kafka, Topics.TRANSACTION, deal, office, id(), new DepositReceived(deal, "dev-7", office,
                        "unit-" + d, "c-1", lead, "王先生", "13812345678", new BigDecimal("50000.00"), noon,
                        day.plusDays(30)));
                TestEvents.publish(kafka, Topics.TRANSACTION, deal, office, id(), new SubscriptionSigned(deal, "dev-7", office,
                        "unit-" + d, "1-10" + d, "c-1", lead, "王先生", "13812345678", "SMS", new BigDecimal("3000000.00"),
                        new BigDecimal("50000.00"), new BigDecimal("850000.00"), day.plusDays(30), "COMMERCIAL_LOAN",
                        new BigDecimal("2100000.00"), "BUYER", noon.plusSeconds(3600)));
                String unit = office + "-unit-" + d;
                TestEvents.publish(kafka, Topics.INVENTORY, unit, office, id(), new UnitHeld(unit, "dev-7", office,
                        office + "-bldg-1", "1-10" + d, deal, "c-1", "王先生", new BigDecimal("3000000.00"), noon,
                        noon.plusSeconds(86400)));
                TestEvents.publish(kafka, Topics.INVENTORY, unit, office, id(), new UnitReserved(unit, "dev-7", office,
                        "1-10" + d, deal, noon.plusSeconds(60)));
                if (d == 3) {
                    TestEvents.publish(kafka, Topics.INVENTORY, unit, office, id(), new UnitReleased(unit, "dev-7", office,
                            office + "-bldg-1", "1-10" + d, "RESERVED", deal, "deal cancelled", "u-pm",
                            noon.plusSeconds(7200)));
                }
                if (d == 2) {
                    TestEvents.publish(kafka, Topics.INVENTORY, "unit-" + d, office, id(), new DiscountApproved("unit-" + d,
                            "dev-7", office, "1-10" + d, deal, new BigDecimal("3020000.00"), new BigDecimal("20000.00"),
                            new BigDecimal("3000000.00"), "c-1", noon, "pays in full", "u-pm", noon, "ok"));
                    TestEvents.publish(kafka, Topics.TRANSACTION, deal, office, id(), new UnitSwapped(deal, "dev-7", office,
                            "unit-" + d, "1-10" + d, "unit-9" + d, "1-90" + d, "SUBSCRIPTION_SIGNED", "c-1", lead, "王先生",
                            "13812345678", "SMS", new BigDecimal("3100000.00"), new BigDecimal("3000000.00"),
                            new BigDecimal("3100000.00"), "co-" + d, "higher floor", "u-pm", noon.plusSeconds(5400), false));
                }
                if (d == 3) {
                    TestEvents.publish(kafka, Topics.TRANSACTION, deal, office, id(), new DealCancelled(deal, "dev-7", office,
                            "unit-" + d, "buyer withdrew", "u-pm", noon.plusSeconds(7200), "c-1", lead,
                            "SUBSCRIPTION_SIGNED", List.of(), List.of(new DealCancelled.Refund("R-1", "FORMAL_DEPOSIT",
                                    new BigDecimal("50000.00"), new BigDecimal("50000.00"), BigDecimal.ZERO.setScale(2),
                                    "TRANSFER"))));
                }
            }
        }
    }

    Map<String, Object> developerDashboard() {
        return server.as(HEAD_OFFICE.token()).get("/api/dashboards/developers/dev-7?from=2026-11-16&to=2026-11-22").map();
    }

    /** The developer's down payments due, aged as of 2027-01-31 (every one overdue), with the deals behind them. */
    @SuppressWarnings("unchecked")
    Map<String, Object> receivables() {
        return (Map<String, Object>) server.as(HEAD_OFFICE.token())
                .get("/api/dashboards/developers/dev-7/receivables?asOf=2027-01-31").map().get("receivables");
    }

    /** One of the developer's tables over the three offices' week: consultants, leads, discounts. */
    Map<String, Object> table(String name) {
        return server.as(HEAD_OFFICE.token()).get("/api/dashboards/developers/dev-7/" + name
                + "?from=2026-11-16&to=2026-11-22").map();
    }

    /** The developer's sell-through, summed over its offices. */
    @SuppressWarnings("unchecked")
    Map<String, Object> sellThrough() {
        return (Map<String, Object>) server.as(HEAD_OFFICE.token()).get("/api/dashboards/developers/dev-7/sell-through").map()
                .get("sellThrough");
    }

    @SuppressWarnings("unchecked")
    static List<Long> steps(Map<String, Object> dashboard) {
        Map<String, Object> funnel = (Map<String, Object>) dashboard.get("funnel");
        return ((List<Map<String, Object>>) funnel.get("steps")).stream().map(s -> ((Number) s.get("count")).longValue())
                .toList();
    }

    @Test
    @DisplayName("a store marked with the current shape is kept as it is when the service starts")
    void currentShapeIsKept() {
        String kept = "kept-" + id();
        mongo.getDb().getCollection("office_days").insertOne(new org.bson.Document("_id", kept));

        shape.rebuildIfOlder();

        assertThat(shape.found()).isEqualTo(ReadModelShape.CURRENT);
        assertThat(mongo.getDb().getCollection("office_days").countDocuments(
                com.mongodb.client.model.Filters.eq("_id", kept))).isEqualTo(1);
        mongo.getDb().getCollection("office_days").deleteOne(com.mongodb.client.model.Filters.eq("_id", kept));
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("dropping the database and replaying the topics from the start gives the same figures, office by office, and the same tables: sell-through, receivables, consultants, leads, discounts")
    void rebuild() throws Exception {
        publishThreeOfficesWeeks();
        // receptions: office n has n + d on day d, so 7 × (1 + 2 + 3) + 3 × (0 + ... + 6) = 105; a lead, a deposit and a
        // subscription per office day (21 each); one cancellation per office
        await().atMost(Duration.ofSeconds(60)).until(() -> steps(developerDashboard()).equals(List.of(105L, 21L, 0L, 21L, 21L, 0L))
                && ((Number) ((Map<?, ?>) developerDashboard().get("funnel")).get("cancellations")).intValue() == 3);
        await().atMost(Duration.ofSeconds(60)).until(() -> sellThrough().get("sold").equals(18));
        // the down payments (850,000 each, due 30 days after the subscription) of the 18 deals not cancelled
        Map<String, Object> receivablesBefore = receivables();
        assertThat((Map<String, Object>) receivablesBefore.get("overdue")).containsEntry("count", 18);
        Map<String, Object> sellThroughBefore = sellThrough();
        assertThat(sellThroughBefore).containsEntry("onSale", 120).containsEntry("sellThroughPercent", 15.0);
        Map<String, Object> before = developerDashboard();
        Map<String, Object> consultantsBefore = table("consultants");
        assertThat((List<?>) ((Map<?, ?>) consultantsBefore.get("consultants")).get("rows")).isNotEmpty();
        Map<String, Object> leadsBefore = table("leads");
        assertThat((List<?>) leadsBefore.get("leads")).hasSize(21);
        Map<String, Object> discountsBefore = table("discounts");
        assertThat(((Map<?, ?>) before.get("funnel")).get("netSubscriptions")).isEqualTo(18);
        // net subscribed: 21 × 3,000,000 − 3 cancelled × 3,000,000 + 3 swaps × 100,000
        Map<?, ?> subscribed = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) before.get("funnel")).get("sales")).get("subscribed");
        assertThat(new BigDecimal(subscribed.get("netAmount").toString())).isEqualByComparingTo("54300000.00");

        // the store as an older version of the service left it: the documents without the mark of their shape
        consumer.stop();
        mongo.getDb().getCollection("read_model").drop();
        assertThat(shape.found()).isEqualTo(1);
        shape.rebuildIfOlder(); // what the service does when it starts, before its consumer
        assertThat(shape.found()).isEqualTo(ReadModelShape.CURRENT);
        assertThat(server.as(HEAD_OFFICE.token()).get("/api/dashboards/developers/dev-7?from=2026-11-16&to=2026-11-22")
                .map().get("offices")).asList().isEmpty();
        consumer.start();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(developerDashboard()).isEqualTo(before));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(sellThrough()).isEqualTo(sellThroughBefore));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(receivables()).isEqualTo(receivablesBefore));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(table("consultants")).isEqualTo(consultantsBefore);
            assertThat(table("leads")).isEqualTo(leadsBefore);
            assertThat(table("discounts")).isEqualTo(discountsBefore);
        });
    }
}
