package com.anchang.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.notification.application.DeliveryChannel.SendResult;
import com.anchang.notification.domain.Attempt;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.DeliveryPolicy;
import com.anchang.notification.domain.DeliveryRates;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderEvent;
import com.anchang.notification.domain.TestPolicies;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DispatchingRemindersTest {

    static final Instant PLANNED_AT = Instant.parse("2026-11-21T03:30:00Z");
    /** 10:00 in Shanghai, 5 days before the due date 2026-12-21. */
    static final Instant DUE = Instant.parse("2026-12-16T02:00:00Z");
    static final DeliveryPolicy POLICY = new DeliveryPolicy(Duration.ofMinutes(2), 3, Duration.ofMinutes(1),
            Duration.ofMinutes(10), Duration.ofHours(24));

    final InMemoryDelivery.Schedules schedules = new InMemoryDelivery.Schedules();
    final InMemoryDelivery.Queue queue = new InMemoryDelivery.Queue();
    final InMemoryDelivery.Messages messages = new InMemoryDelivery.Messages();
    final InMemoryDelivery.Rates rates = new InMemoryDelivery.Rates();
    final InMemoryDelivery.ScriptedChannel sms = new InMemoryDelivery.ScriptedChannel(Channel.SMS, "ALIBABA");
    final InMemoryDelivery.ScriptedChannel wechat = new InMemoryDelivery.ScriptedChannel(Channel.WECHAT, "WECHAT");
    final DeliveryChannels channels = (developer, office) -> Map.of(Channel.SMS, sms, Channel.WECHAT, wechat);
    final DispatchingReminders instanceA = instance("instance-a");
    final DispatchingReminders instanceB = instance("instance-b");
    final RecordingReceipts receipts = new RecordingReceipts(schedules, messages, queue, rates, office -> TestPolicies.DEFAULT);
    String reminderId;

    DispatchingReminders instance(String name) {
        return new DispatchingReminders(schedules, queue, channels, messages, rates, POLICY, office -> TestPolicies.DEFAULT, name,
                Duration.ofMinutes(1), 2);
    }

    @BeforeEach
    void aPlannedReminder() {
        plan(new Recipient("王先生", "13812345678", "o-wang-openid", Channel.SMS, Set.of()));
    }

    void plan(Recipient recipient) {
        schedules.byDeal.clear();
        queue.entries.clear();
        ReminderSchedule schedule = ReminderSchedule.forDownPayment("deal-1", "dev-1", "office-1", "unit-3-1802",
                recipient, LocalDate.parse("2026-12-21"),
                TestPolicies.policy(List.of(5), LocalTime.of(10, 0), ZoneId.of("Asia/Shanghai")), PLANNED_AT);
        reminderId = schedule.reminders().getFirst().id();
        queue.enter("deal-1", reminderId, schedule.reminders().getFirst().dueAt());
        schedules.insert(schedule, "evt-1");
    }

    Reminder reminder() {
        return schedules.find("deal-1").orElseThrow().reminder(reminderId).orElseThrow();
    }

    List<String> attempts() {
        return reminder().delivery().attempts().stream().map(a -> a.channel() + " " + a.outcome()).toList();
    }

    @Test
    @DisplayName("NOTE-3, NOTE-4: the buyer's channel goes first with the reminder's reference; the provider's receipt makes it DELIVERED, a redelivered receipt changes nothing")
    void sentThenDelivered() {
        assertThat(instanceA.run(DUE.minusSeconds(1)).idle()).as("not due yet").isTrue();

        DispatchingReminders.Run run = instanceA.run(DUE);

        assertThat(run.sent()).isEqualTo(1);
        assertThat(sms.sends).containsExactly(reminderId);
        assertThat(wechat.sends).isEmpty();
        assertThat(reminder().status()).isEqualTo(ReminderStatus.SENT);
        assertThat(reminder().delivery().messageId()).isEqualTo("msg-1");
        assertThat(instanceA.run(DUE.plusSeconds(60)).idle()).as("nothing sent twice").isTrue();

        RecordingReceipts.Receipt delivered = new RecordingReceipts.Receipt("ALIBABA", "msg-1", true, "DELIVERED", DUE);
        assertThat(receipts.record(delivered, DUE)).isEqualTo(RecordingReceipts.Outcome.RECORDED);
        assertThat(receipts.record(delivered, DUE)).isEqualTo(RecordingReceipts.Outcome.ALREADY_RECORDED);
        assertThat(reminder().status()).isEqualTo(ReminderStatus.DELIVERED);
        assertThat(instanceA.run(DUE.plus(Duration.ofDays(2))).unanswered()).as("delivered: never unanswered").isZero();
    }

    @Test
    @DisplayName("NOTE-3: a wrong template on SMS is a permanent failure: WeChat, the fallback, is tried at once with the same reference")
    void wrongTemplateFallsBack() {
        sms.answering(new SendResult.Refused("isv.SMS_TEMPLATE_ILLEGAL", "模板不合法"));

        instanceA.run(DUE);

        assertThat(wechat.sends).containsExactly(reminderId);
        assertThat(reminder().status()).isEqualTo(ReminderStatus.SENT);
        assertThat(reminder().delivery().sentBy()).isEqualTo(Channel.WECHAT);
        assertThat(attempts()).containsExactly("SMS REFUSED", "WECHAT ACCEPTED");
    }

    @Test
    @DisplayName("NOTE-3, NOTE-5: both channels refused: UNDELIVERABLE, one escalation event naming the channels tried and why")
    void bothFailedIsEscalated() {
        sms.answering(new SendResult.Refused("isv.SMS_TEMPLATE_ILLEGAL", "模板不合法"));
        wechat.answering(new SendResult.Refused("43004", "require subscribe"));

        DispatchingReminders.Run run = instanceA.run(DUE);

        assertThat(run.undeliverable()).isEqualTo(1);
        assertThat(reminder().status()).isEqualTo(ReminderStatus.UNDELIVERABLE);
        assertThat(schedules.outbox).singleElement().isInstanceOfSatisfying(ReminderEvent.Undeliverable.class,
                e -> assertThat(e.reminder().delivery().attempts()).extracting(Attempt::toString).containsExactly(
                        "SMS: isv.SMS_TEMPLATE_ILLEGAL 模板不合法", "WECHAT: 43004 require subscribe"));
        assertThat(instanceA.run(DUE.plusSeconds(600)).idle()).as("escalated once").isTrue();
        assertThat(schedules.outbox).hasSize(1);
    }

    @Test
    @DisplayName("NOTE-3: a throttled SMS falls back to WeChat at once; throttled there too, it is retried later with backoff, never dropped")
    void throttledIsRetriedLater() {
        sms.answering(new SendResult.Throttled("isv.BUSINESS_LIMIT_CONTROL", "触发天级流控Permits:50"));
        wechat.answering(new SendResult.Throttled("45009", "reach max api daily quota limit"));

        assertThat(instanceA.run(DUE).retried()).isEqualTo(1);

        assertThat(reminder().status()).isEqualTo(ReminderStatus.PLANNED);
        assertThat(reminder().nextAttemptAt()).isEqualTo(DUE.plus(Duration.ofMinutes(2)));
        assertThat(instanceA.run(DUE.plusSeconds(90)).idle()).as("not before its backoff").isTrue();
        assertThat(instanceA.run(DUE.plus(Duration.ofMinutes(2))).sent()).isEqualTo(1);
        assertThat(sms.sends).containsExactly(reminderId, reminderId);
        assertThat(reminder().delivery().sentBy()).isEqualTo(Channel.SMS);
    }

    @Test
    @DisplayName("NOTE-3: a 5xx is retried on the same channel with doubling backoff; after attempts-per-channel it has failed and the fallback is tried")
    void transientFailuresRetriedWithBackoff() {
        sms.answering(new SendResult.Transient("HTTP 503", "Service Unavailable"),
                new SendResult.Transient("isp.SYSTEM_ERROR", "系统错误"), new SendResult.Transient("HTTP 502", "Bad Gateway"));

        instanceA.run(DUE);
        assertThat(reminder().nextAttemptAt()).isEqualTo(DUE.plus(Duration.ofMinutes(1)));
        instanceA.run(DUE.plus(Duration.ofMinutes(1)));
        assertThat(reminder().nextAttemptAt()).isEqualTo(DUE.plus(Duration.ofMinutes(3)));
        assertThat(wechat.sends).isEmpty();
        instanceA.run(DUE.plus(Duration.ofMinutes(3)));

        assertThat(attempts()).containsExactly("SMS TRANSIENT", "SMS TRANSIENT", "SMS GAVE_UP", "WECHAT ACCEPTED");
        assertThat(reminder().status()).isEqualTo(ReminderStatus.SENT);
    }

    @Test
    @DisplayName("NOTE-4: an SMS retried after a 5xx at 20:59:30 in Shanghai is not sent in the quiet hours (21:00-08:00) but at 08:00")
    void retryOutsideQuietHours() {
        sms.answering(new SendResult.Transient("HTTP 503", "Service Unavailable"));
        Instant evening = Instant.parse("2026-12-16T12:59:30Z");

        assertThat(instanceA.run(evening).retried()).isEqualTo(1);

        assertThat(reminder().nextAttemptAt()).isEqualTo(Instant.parse("2026-12-17T00:00:00Z"));
        assertThat(instanceA.run(Instant.parse("2026-12-16T13:30:00Z")).idle()).as("nothing at night").isTrue();
        assertThat(instanceA.run(Instant.parse("2026-12-17T00:00:00Z")).sent()).isEqualTo(1);
        assertThat(sms.sends).containsExactly(reminderId, reminderId);
    }

    @Test
    @DisplayName("NOTE-4: a timeout may have sent it: the retry first asks the provider for the reference and, found, records it without sending again")
    void unknownOutcomeIsAskedAboutFirst() {
        sms.answering(new SendResult.Unknown("read timed out"));

        instanceA.run(DUE);
        assertThat(reminder().status()).isEqualTo(ReminderStatus.PLANNED);
        instanceA.run(DUE.plus(Duration.ofMinutes(1)));

        assertThat(sms.sends).as("sent once").containsExactly(reminderId);
        assertThat(reminder().status()).isEqualTo(ReminderStatus.SENT);
        assertThat(reminder().delivery().messageId()).isEqualTo("found-" + reminderId);
        assertThat(attempts()).containsExactly("SMS UNKNOWN", "SMS FOUND_SENT");
    }

    @Test
    @DisplayName("NOTE-4: an instance that dies holding a claim: until its lease lapses nobody sends; then another instance takes it over and sends with the same reference")
    void lapsedLeaseIsTakenOver() {
        // instance A claims and dies before the provider is called
        ReminderSchedule schedule = schedules.find("deal-1").orElseThrow();
        schedules.save(schedule.change(reminderId, r -> r.claim("instance-a", DUE, POLICY.lease(), Channel.SMS)));

        DispatchingReminders.Run during = instanceB.run(DUE.plusSeconds(60));
        assertThat(during.pending()).isEqualTo(1);
        assertThat(sms.sends).isEmpty();

        instanceB.run(DUE.plus(POLICY.lease()));

        assertThat(sms.sends).containsExactly(reminderId);
        assertThat(reminder().status()).isEqualTo(ReminderStatus.SENT);
        assertThat(reminder().delivery().claims()).isEqualTo(2);
    }

    @Test
    @DisplayName("NOTE-4: an instance that dies after the provider accepted it: the instance taking over finds it there and does not send it again")
    void diedAfterTheProviderAccepted() {
        ReminderSchedule schedule = schedules.find("deal-1").orElseThrow();
        schedules.save(schedule.change(reminderId, r -> r.claim("instance-a", DUE, POLICY.lease(), Channel.SMS)));
        sms.send(Outgoing.of(schedule, schedule.reminder(reminderId).orElseThrow(), TestPolicies.DEFAULT)); // instance A's send, then it died

        instanceB.run(DUE.plus(POLICY.lease()));

        assertThat(sms.sends).as("one SMS").containsExactly(reminderId);
        assertThat(reminder().status()).isEqualTo(ReminderStatus.SENT);
        assertThat(attempts()).containsExactly("SMS FOUND_SENT");
    }

    @Test
    @DisplayName("NOTE-5: sent and no receipt within the office's wait: UNANSWERED, escalated once")
    void noReceiptInTimeIsEscalated() {
        instanceA.run(DUE);

        assertThat(instanceA.run(DUE.plus(Duration.ofHours(23))).unanswered()).isZero();
        assertThat(instanceA.run(DUE.plus(Duration.ofHours(24))).unanswered()).isEqualTo(1);

        assertThat(reminder().status()).isEqualTo(ReminderStatus.UNANSWERED);
        assertThat(schedules.outbox).extracting(e -> e.getClass().getSimpleName()).as("told sent, then escalated once")
                .containsExactly("Progressed", "Unanswered");
        assertThat(receipts.record(new RecordingReceipts.Receipt("ALIBABA", "msg-1", true, "DELIVERED", DUE), DUE))
                .as("a receipt after the escalation changes nothing").isEqualTo(RecordingReceipts.Outcome.ALREADY_RECORDED);
    }

    @Test
    @DisplayName("NOTE-3: a receipt saying the SMS did not arrive makes it FAILED and the fallback channel is tried at the next run")
    void failedReceiptFallsBack() {
        instanceA.run(DUE);
        receipts.record(new RecordingReceipts.Receipt("ALIBABA", "msg-1", false, "MK:0000 空号", DUE.plusSeconds(30)),
                DUE.plusSeconds(30));
        assertThat(reminder().status()).isEqualTo(ReminderStatus.FAILED);

        instanceA.run(DUE.plusSeconds(60));

        assertThat(wechat.sends).containsExactly(reminderId);
        assertThat(attempts()).containsExactly("SMS ACCEPTED", "SMS NOT_DELIVERED", "WECHAT ACCEPTED");
    }

    @Test
    @DisplayName("NOTE-3: a buyer who opted out of SMS is reminded by WeChat only; one without a WeChat open id who opted out of SMS cannot be reached: escalated")
    void optedOut() {
        plan(new Recipient("王先生", "13812345678", "o-wang-openid", Channel.SMS, Set.of(Channel.SMS)));
        instanceA.run(DUE);
        assertThat(sms.sends).isEmpty();
        assertThat(wechat.sends).containsExactly(reminderId);

        plan(new Recipient("王先生", "13812345678", null, Channel.SMS, Set.of(Channel.SMS)));
        assertThat(instanceA.run(DUE).undeliverable()).isEqualTo(1);
        assertThat(schedules.outbox).filteredOn(e -> !(e instanceof ReminderEvent.Progressed)).singleElement()
                .isInstanceOf(ReminderEvent.Undeliverable.class);
    }

    @Test
    @DisplayName("NOTE-3 delivery rates: the office's day counts the SMS sent and failed (a redelivered receipt once), the WeChat fallback sent and delivered")
    void deliveryRatesCountEachResultOnce() {
        instanceA.run(DUE);
        RecordingReceipts.Receipt failed = new RecordingReceipts.Receipt("ALIBABA", "msg-1", false, "MK:0000 空号",
                DUE.plusSeconds(30));
        receipts.record(failed, DUE.plusSeconds(30));
        receipts.record(failed, DUE.plusSeconds(90));
        instanceA.run(DUE.plusSeconds(60));
        receipts.record(new RecordingReceipts.Receipt("WECHAT", "msg-1", true, "success", DUE.plusSeconds(70)),
                DUE.plusSeconds(70));
        receipts.record(new RecordingReceipts.Receipt("WECHAT", "msg-1", true, "success", DUE.plusSeconds(70)),
                DUE.plusSeconds(80));

        LocalDate day = LocalDate.parse("2026-12-16");
        assertThat(rates.of("office-1", day.minusDays(1), day.plusDays(1))).containsExactly(
                new DeliveryRates.Counts("office-1", day, Channel.SMS, 1, 0, 1),
                new DeliveryRates.Counts("office-1", day, Channel.WECHAT, 1, 1, 0));
        assertThat(rates.offices("dev-1")).containsExactly("office-1");
    }

    @Test
    @DisplayName("NOTE-4: a page due on a channel that sends in bulk is claimed, sent and recorded together, each reminder once; one held by another instance is left to it, one refused falls back alone")
    void aPageSentTogether() {
        sms.inBulk();
        queue.onePage = true;
        for (int d = 2; d <= 6; d++) {
            ReminderSchedule schedule = ReminderSchedule.forDownPayment("deal-" + d, "dev-1", "office-1", "unit-" + d,
                    new Recipient("买家" + d, "1381234567" + d, "o-openid-" + d, Channel.SMS, Set.of()),
                    LocalDate.parse("2026-12-21"), TestPolicies.policy(List.of(5), LocalTime.of(10, 0),
                            ZoneId.of("Asia/Shanghai")), PLANNED_AT);
            queue.enter(schedule.dealId(), schedule.reminders().getFirst().id(), schedule.reminders().getFirst().dueAt());
            schedules.insert(schedule, "evt-" + d);
        }
        queue.enter("deal-1", reminderId, DUE); // the same reminder entered twice (a retry into the same minute)
        ReminderSchedule held = schedules.find("deal-6").orElseThrow();
        String heldId = held.reminders().getFirst().id();
        schedules.save(held.change(heldId, r -> r.claim("instance-b", DUE, POLICY.lease(), Channel.SMS)));
        sms.answering(new SendResult.Accepted("msg-a"), new SendResult.Throttled("isv.BUSINESS_LIMIT_CONTROL", "流控"));

        DispatchingReminders.Run run = instanceA.run(DUE);

        assertThat(run.sent()).isEqualTo(5);
        assertThat(run.pending()).as("deal-6, held by instance-b").isEqualTo(1);
        assertThat(sms.pages).singleElement().satisfies(page -> assertThat(page).hasSize(5).doesNotContain(heldId));
        assertThat(sms.sends).hasSize(5).doesNotHaveDuplicates();
        assertThat(wechat.sends).as("the throttled one alone, on the fallback").hasSize(1);
        for (int d = 1; d <= 5; d++) {
            assertThat(schedules.find("deal-" + d).orElseThrow().reminders().getFirst().status())
                    .isEqualTo(ReminderStatus.SENT);
        }
        assertThat(schedules.find("deal-6").orElseThrow().reminders().getFirst().delivery().claimedBy())
                .isEqualTo("instance-b");
        assertThat(instanceA.run(DUE.plusSeconds(60)).sent()).as("nothing sent twice").isZero();
        assertThat(messages.sent).hasSize(5);
    }

    @Test
    @DisplayName("NOTE-4: pages of a bucket dispatched two at once, by two instances at the same time, with a reminder entered "
            + "twice on two pages: every reminder sent once, and nothing sent at the next run")
    void pagesAtOnceSendEachReminderOnce() throws Exception {
        sms.inBulk();
        List<String> ids = new java.util.ArrayList<>(List.of(reminderId));
        for (int d = 2; d <= 12; d++) {
            ReminderSchedule schedule = ReminderSchedule.forDownPayment("deal-" + d, "dev-1", "office-1", "unit-" + d,
                    new Recipient("买家" + d, "138123456" + (10 + d), "o-openid-" + d, Channel.SMS, Set.of()),
                    LocalDate.parse("2026-12-21"), TestPolicies.policy(List.of(5), LocalTime.of(10, 0),
                            ZoneId.of("Asia/Shanghai")), PLANNED_AT);
            ids.add(schedule.reminders().getFirst().id());
            queue.enter(schedule.dealId(), schedule.reminders().getFirst().id(), schedule.reminders().getFirst().dueAt());
            schedules.insert(schedule, "evt-" + d);
        }
        queue.enter("deal-1", reminderId, DUE); // on a page of its own beside the first
        DispatchingReminders a = new DispatchingReminders(schedules, queue, channels, messages, rates, POLICY,
                office -> TestPolicies.DEFAULT, "instance-a", Duration.ofMinutes(1), 2, 2);
        DispatchingReminders b = new DispatchingReminders(schedules, queue, channels, messages, rates, POLICY,
                office -> TestPolicies.DEFAULT, "instance-b", Duration.ofMinutes(1), 2, 2);

        try (var both = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var runA = both.submit(() -> a.run(DUE));
            var runB = both.submit(() -> b.run(DUE));
            assertThat(runA.get().sent() + runB.get().sent()).isEqualTo(12);
        }
        a.run(DUE.plusSeconds(120 + 60));
        b.run(DUE.plusSeconds(120 + 60));

        assertThat(sms.sends).as("each reference once at the provider").hasSize(12).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ids);
        for (int d = 1; d <= 12; d++) {
            assertThat(schedules.find("deal-" + d).orElseThrow().reminders().getFirst().status())
                    .isEqualTo(ReminderStatus.SENT);
        }
    }
}
