package com.anchang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.anchang.events.Topics;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentRescheduled;
import com.anchang.events.transaction.InstalmentPlanSet;
import com.anchang.events.transaction.MortgageAppointmentSet;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceIntegrationTest
class NotificationServiceIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-1", "dev-1").at("office-1", "CONSULTANT");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-1", "dev-1").at("office-1", "PM");
    static final TestTokens.Staff OTHER_OFFICE = TestTokens.staff("u-pm-2", "dev-1")
            .at("office-2", "CONSULTANT", "SALES_CONTROL", "FINANCE", "PM");
    /** Head office of another developer, with every role at an office of its own. */
    static final TestTokens.Staff OTHER_DEVELOPER = TestTokens.staff("u-hq-9", "dev-9")
            .at("office-9", "CONSULTANT", "SALES_CONTROL", "FINANCE", "PM").withRoles("HEAD_OFFICE");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    static DepositReceived deposit(String dealId, LocalDate due) {
        return new DepositReceived(dealId, "dev-1", "office-1", "unit-3-1802", "c-1", "lead-1", "王先生", "13812345678",
                new BigDecimal("50000.00"), Instant.now(), due);
    }

    double depositsConsumed() {
        var counter = meters.find("anchang.events.consumed").tag("type", DepositReceived.TYPE).tag("outcome", "applied")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("NOTE-1, NOTE-3: a received deposit plans two SMS reminders to the buyer, 5 and 2 days before the due date at 10:00 Shanghai")
    void depositPlansReminders() {
        String dealId = "deal-" + UUID.randomUUID();
        LocalDate due = LocalDate.now(SHANGHAI).plusDays(30);

        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(), deposit(dealId, due));

        String path = "/api/notifications/deals/" + dealId + "/reminders";
        TestHttp consultant = server.as(CONSULTANT.token());
        await().until(() -> consultant.get(path).status() == 200);
        Map<String, Object> schedule = consultant.get(path).map();
        assertThat(schedule).containsEntry("dealId", dealId).containsEntry("officeId", "office-1")
                .containsEntry("recipient", "138****5678").containsEntry("downPaymentDueDate", due.toString());
        List<Map<String, Object>> reminders = (List<Map<String, Object>>) schedule.get("reminders");
        assertThat(reminders).hasSize(2);
        assertThat(reminders).extracting(r -> r.get("daysBefore")).containsExactly(5, 2);
        assertThat(reminders).extracting(r -> Instant.parse((String) r.get("dueAt"))).containsExactly(
                due.minusDays(5).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant(),
                due.minusDays(2).atTime(LocalTime.of(10, 0)).atZone(SHANGHAI).toInstant());
        assertThat(reminders).allSatisfy(r -> assertThat(r).containsEntry("kind", "DOWN_PAYMENT")
                .containsEntry("channel", "SMS").containsEntry("status", "PLANNED"));
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("NOTE-2, NOTE-4: over the broker and the store, the mortgage appointment plans T-7/T-3/T-1, a due date moved twice re-plans, a cancelled deal cancels all")
    void dealEventsPlanMoveAndCancel() {
        String dealId = "deal-" + UUID.randomUUID();
        LocalDate due = LocalDate.now(SHANGHAI).plusDays(30);
        Instant appointment = due.plusDays(20).atTime(9, 30).atZone(SHANGHAI).toInstant();
        String path = "/api/notifications/deals/" + dealId + "/reminders";
        TestHttp pm = server.as(PM.token());
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(), deposit(dealId, due));
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                new SubscriptionSigned(dealId, "dev-1", "office-1", "unit-3-1802", "3-1802", "c-1", "lead-1", "王先生",
                        "13812345678", "SMS", new BigDecimal("3200000.00"), new BigDecimal("50000.00"),
                        new BigDecimal("910000.00"), due, "COMMERCIAL_LOAN", new BigDecimal("2240000.00"), "BUYER",
                        Instant.now()));
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                new MortgageAppointmentSet(dealId, "dev-1", "office-1", "unit-3-1802", "3-1802", "王先生", "13812345678",
                        "SMS", "中国建设银行滨江支行", "滨江区江南大道 88 号", appointment, List.of("身份证", "户口本"), "c-1",
                        Instant.now()));
        for (int move = 1; move <= 2; move++) {
            TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                    new DownPaymentRescheduled(dealId, "dev-1", "office-1", "unit-3-1802", "3-1802", "王先生",
                            "13812345678", "SMS", due.plusDays(move - 1), due.plusDays(move), "the buyer asked", "u-pm-1",
                            Instant.now()));
        }

        await().until(() -> pm.get(path).status() == 200
                && due.plusDays(2).toString().equals(pm.get(path).map().get("downPaymentDueDate")));
        List<Map<String, Object>> reminders = (List<Map<String, Object>>) pm.get(path).map().get("reminders");
        assertThat(reminders).filteredOn(r -> "MORTGAGE".equals(r.get("kind"))).extracting(r -> r.get("daysBefore"))
                .containsExactly(7, 3, 1);
        // NOTE-1: the text, kept with the schedule: the amount in figures and 大写 the signed subscription told
        assertThat(reminders).filteredOn(r -> "PLANNED".equals(r.get("status")) && "DOWN_PAYMENT".equals(r.get("kind")))
                .allSatisfy(r -> assertThat((String) r.get("text")).contains("3-1802首付款¥910,000.00(人民币玖拾壹万元整)"));
        assertThat(reminders).filteredOn(r -> "DOWN_PAYMENT".equals(r.get("kind")) && "CANCELLED".equals(r.get("status")))
                .hasSize(4);
        assertThat(reminders).filteredOn(r -> "PLANNED".equals(r.get("status")))
                .extracting(r -> Instant.parse((String) r.get("dueAt"))).contains(
                        due.plusDays(2).minusDays(5).atTime(10, 0).atZone(SHANGHAI).toInstant(),
                        due.plusDays(2).minusDays(2).atTime(10, 0).atZone(SHANGHAI).toInstant());

        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                new DealCancelled(dealId, "dev-1", "office-1", "unit-3-1802", "the buyer withdrew", "u-pm-1", Instant.now()));

        await().untilAsserted(() -> assertThat((List<Map<String, Object>>) pm.get(path).map().get("reminders"))
                .extracting(r -> r.get("status")).containsOnly("CANCELLED"));
    }

    static InstalmentPlanSet instalments(String dealId, LocalDate first, String firstOwed, LocalDate second) {
        return new InstalmentPlanSet(dealId, "dev-1", "office-1", "unit-3-1802", "3-1802", "王先生", "13812345678", "SMS",
                List.of(new InstalmentPlanSet.Instalment(1, first, new BigDecimal("700000.00"), new BigDecimal(firstOwed)),
                        new InstalmentPlanSet.Instalment(2, second, new BigDecimal("840000.00"),
                                new BigDecimal("840000.00"))), "SUBSCRIPTION_SIGNED", Instant.now());
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("NOTE-1, NOTE-4 分期付款: over the broker and the store, the instalment plan reminds T-5/T-2 before each "
            + "instalment owed, saying which and how much; one paid is withdrawn; the cancelled deal cancels the rest")
    void instalmentPlanPlansMovesAndCancels() {
        String dealId = "deal-" + UUID.randomUUID();
        LocalDate first = LocalDate.now(SHANGHAI).plusDays(40);
        LocalDate second = first.plusMonths(2);
        String path = "/api/notifications/deals/" + dealId + "/reminders";
        TestHttp pm = server.as(PM.token());

        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                instalments(dealId, first, "700000.00", second));

        await().until(() -> pm.get(path).status() == 200);
        List<Map<String, Object>> reminders = (List<Map<String, Object>>) pm.get(path).map().get("reminders");
        assertThat(reminders).allSatisfy(r -> assertThat(r).containsEntry("kind", "INSTALMENT")
                .containsEntry("status", "PLANNED"));
        assertThat(reminders).extracting(r -> r.get("about"), r -> Instant.parse((String) r.get("dueAt"))).containsExactly(
                tuple(first.toString(), first.minusDays(5).atTime(10, 0).atZone(SHANGHAI).toInstant()),
                tuple(first.toString(), first.minusDays(2).atTime(10, 0).atZone(SHANGHAI).toInstant()),
                tuple(second.toString(), second.minusDays(5).atTime(10, 0).atZone(SHANGHAI).toInstant()),
                tuple(second.toString(), second.minusDays(2).atTime(10, 0).atZone(SHANGHAI).toInstant()));
        assertThat((String) reminders.get(2).get("text")).contains("3-1802第2期房款¥840,000.00(人民币捌拾肆万元整)将于" + second);

        // the first instalment paid: told whole again, its reminders withdrawn, the second's kept
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                instalments(dealId, first, "0.00", second));
        await().untilAsserted(() -> assertThat((List<Map<String, Object>>) pm.get(path).map().get("reminders"))
                .extracting(r -> r.get("about"), r -> r.get("status")).containsExactly(
                        tuple(first.toString(), "CANCELLED"), tuple(first.toString(), "CANCELLED"),
                        tuple(second.toString(), "PLANNED"), tuple(second.toString(), "PLANNED")));
        assertThat((List<Map<String, Object>>) pm.get(path).map().get("instalments"))
                .extracting(i -> new BigDecimal(i.get("owed").toString()).stripTrailingZeros().toPlainString())
                .containsExactly("0", "840000");

        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                new DealCancelled(dealId, "dev-1", "office-1", "unit-3-1802", "the buyer withdrew", "u-pm-1", Instant.now()));
        await().untilAsserted(() -> assertThat((List<Map<String, Object>>) pm.get(path).map().get("reminders"))
                .extracting(r -> r.get("status")).containsOnly("CANCELLED"));
    }

    @Test
    @DisplayName("the same deposit event delivered twice plans one schedule, applied once")
    void redeliveryPlansOnce() {
        String dealId = "deal-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        DepositReceived event = deposit(dealId, LocalDate.now(SHANGHAI).plusDays(20));
        double before = depositsConsumed();

        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", eventId, event);
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", eventId, event);

        await().until(() -> depositsConsumed() >= before + 2);
        List<Document> stored = mongo.getCollection("reminder_schedules").find(new Document("_id", dealId))
                .into(new java.util.ArrayList<>());
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().getList("appliedEventIds", String.class)).containsExactly(eventId);
        assertThat(stored.getFirst().getList("reminders", Document.class)).hasSize(2);
    }

    @Test
    @DisplayName("a malformed deposit event, or one without a due date, goes to the dead-letter topic; no reminders for a deal never seen")
    void malformedGoesToDeadLetter() {
        String dealId = "deal-" + UUID.randomUUID();
        try (EventCapture deadLetters = new EventCapture(brokers, Topics.deadLetter("notification-service"))) {
            send(dealId + "-garbled", "{\"dealId\": \"" + dealId + "\", \"downPaymentDueDate\": ");
            send(dealId, "{\"dealId\":\"" + dealId + "\",\"developerId\":\"dev-1\",\"officeId\":\"office-1\","
                    + "\"buyerMobile\":\"13812345678\"}");

            assertThat(deadLetters.awaitCount(r -> r.key() != null && r.key().startsWith(dealId), 2))
                    .extracting(r -> r.key()).containsExactlyInAnyOrder(dealId + "-garbled", dealId);
        }
        assertThat(server.as(PM.token()).get("/api/notifications/deals/" + dealId + "/reminders").status()).isEqualTo(404);
        assertThat(server.get("/v3/api-docs").map().get("paths").toString())
                .contains("/api/notifications/deals/{dealId}/reminders");
    }

    @Test
    @DisplayName("office isolation: another office's or another developer's reminders answer 404 as if there were none; without a token 401")
    void otherOfficesAndDevelopersSeeNothing() {
        String dealId = "deal-" + UUID.randomUUID();
        String path = "/api/notifications/deals/" + dealId + "/reminders";
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, "office-1", UUID.randomUUID().toString(),
                deposit(dealId, LocalDate.now(SHANGHAI).plusDays(30)));
        await().until(() -> mongo.getCollection("reminder_schedules").countDocuments(new Document("_id", dealId)) == 1);

        assertThat(server.as(PM.token()).get(path).map()).containsEntry("recipient", "138****5678");
        for (TestTokens.Staff outsider : List.of(OTHER_OFFICE, OTHER_DEVELOPER)) {
            TestHttp.Answer answer = server.as(outsider.token()).get(path);
            assertThat(answer.status()).as(outsider.userId()).isEqualTo(404);
            assertThat(answer.map()).containsEntry("kind", "reminder schedule of deal").containsEntry("id", dealId);
            assertThat(answer.text()).doesNotContain("5678");
        }
        assertThat(server.get(path).status()).isEqualTo(401);
    }

    /** Publishes a raw payload with a DepositReceived v1 envelope, as a broken producer would. */
    private void send(String key, String payload) {
        TestEvents.publishRaw(kafka, Topics.TRANSACTION, key, "office-1", DepositReceived.TYPE, DepositReceived.VERSION,
                payload);
    }
}
