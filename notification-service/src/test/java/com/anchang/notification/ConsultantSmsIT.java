package com.anchang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.Topics;
import com.anchang.events.identity.StaffContactChanged;
import com.anchang.events.lead.LeadCollisionOpened;
import com.anchang.events.lead.LeadFollowUpDue;
import com.anchang.notification.adapter.persistence.MongoConsultantInbox;
import com.anchang.notification.adapter.provider.AlibabaSmsStandIn;
import com.anchang.notification.application.TextingConsultants;
import com.anchang.notification.domain.ConsultantContacts;
import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.scheduling.PeriodicJobs;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * NOTE-6 "optionally by SMS", end to end inside notification-service: identity's staff-contact-changed and
 * lead-service's follow-up-due on the real broker, the SMS at the Alibaba stand-in (WireMock) through the
 * dispatch that sends the buyers' reminders.
 */
@ServiceIntegrationTest
class ConsultantSmsIT {

    static final String DEVELOPER = "dev-sms";
    static final String OFFICE = "office-sms-day";
    static final String NIGHT_OFFICE = "office-sms-night";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final AlibabaSmsStandIn ALIBABA = new AlibabaSmsStandIn();
    /** Now at the offices, to the minute: one office's quiet hours are hours away, the other's are now. */
    static final LocalTime NOW_THERE = LocalTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        Map.of("sms", "ALIBABA", "alibaba.access-key-id", "LTAI-sms", "alibaba.access-key-secret", "sms-secret",
                "alibaba.endpoint", ALIBABA.endpoint(), "alibaba.protocol", "http", "alibaba.sign-name", "华信置业",
                "alibaba.templates.FOLLOW_UP_DUE", "SMS_470001", "alibaba.templates.COLLISION_WAITING", "SMS_470003")
                .forEach((name, value) -> registry.add("notification.accounts." + DEVELOPER + "." + name, () -> value));
        registry.add("notification.offices." + OFFICE + ".quiet-from", () -> NOW_THERE.plusHours(6).toString());
        registry.add("notification.offices." + OFFICE + ".quiet-to", () -> NOW_THERE.plusHours(7).toString());
        registry.add("notification.offices." + NIGHT_OFFICE + ".quiet-from", () -> NOW_THERE.minusHours(1).toString());
        registry.add("notification.offices." + NIGHT_OFFICE + ".quiet-to", () -> NOW_THERE.plusHours(2).toString());
        // dispatched when the test says so, as often as it says so
        registry.add("notification.delivery.interval", () -> "1d");
        registry.add("anchang.jobs.lock-at-least-for", () -> "0s");
    }

    @AfterAll
    static void stopStandIn() {
        ALIBABA.close();
    }

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ConsultantContacts contacts;
    @Autowired
    ReminderScheduleRepository schedules;
    @Autowired
    PeriodicJobs jobs;
    @Autowired
    MeterRegistry meters;

    /** How many events of a type this service has handled. */
    double handled(String type) {
        return meters.find("anchang.events.consumed").tag("type", type).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    /** identity tells the consultant's contact; returns once this service kept it. */
    void contact(String userId, String mobile, boolean sms, long sequence) {
        TestEvents.publish(kafka, Topics.IDENTITY, userId, OFFICE, UUID.randomUUID().toString(),
                new StaffContactChanged(userId, userId, "李娜", DEVELOPER, List.of(OFFICE), Map.of(OFFICE, List.of("CONSULTANT")),
                        mobile, sms, true, sequence, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> contacts.of(userId).map(c -> c.sequence() == sequence)
                .orElse(false));
    }

    static LeadFollowUpDue followUpDue(String userId, String office, String leadId) {
        return new LeadFollowUpDue(leadId, DEVELOPER, office, userId, 1, 3, Instant.now().minusSeconds(86_400),
                LocalDate.parse("2026-12-20"), LocalDate.parse("2026-12-21"), Instant.now());
    }

    /** lead-service tells the follow-up is due; returns once the reminder is in the consultant's inbox. */
    void leadEvent(String userId, String eventId, LeadFollowUpDue event) {
        TestEvents.publish(kafka, Topics.LEAD, event.leadId(), event.officeId(), eventId, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> new MongoConsultantInbox(mongo).of(userId, 10).stream()
                .anyMatch(r -> r.id().equals(eventId)));
    }

    List<LoggedRequest> smsTo(String mobile) {
        return ALIBABA.sends().stream().filter(r -> mobile.equals(r.queryParameter("PhoneNumbers").firstValue())).toList();
    }

    Reminder sms(String eventId) {
        return schedules.find("sms-" + eventId).orElseThrow().reminders().getFirst();
    }

    @Test
    @DisplayName("NOTE-6: a consultant who chose SMS in identity gets the due follow-up by SMS as well as in the inbox: "
            + "the office's account, the FOLLOW_UP_DUE template with its parameters, the reminder's reference; once, "
            + "though lead-service's event is delivered again before and after the send")
    void followUpBySms() {
        String userId = "u-sms-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        contact(userId, "13912345678", true, 3);
        LeadFollowUpDue event = followUpDue(userId, OFFICE, "lead-sms-1");
        double before = handled(LeadFollowUpDue.TYPE);

        leadEvent(userId, eventId, event);
        leadEvent(userId, eventId, event); // redelivered before the send
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            jobs.runIfFree("reminder-dispatch");
            assertThat(smsTo("13912345678")).hasSize(1);
        });
        leadEvent(userId, eventId, event); // and after it
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(LeadFollowUpDue.TYPE) >= before + 3);
        jobs.runIfFree("reminder-dispatch");

        LoggedRequest sent = smsTo("13912345678").getFirst();
        assertThat(smsTo("13912345678")).as("once").hasSize(1);
        assertThat(sent.queryParameter("TemplateCode").firstValue()).isEqualTo("SMS_470001");
        assertThat(sent.queryParameter("SignName").firstValue()).isEqualTo("华信置业");
        assertThat(sent.queryParameter("OutId").firstValue()).isEqualTo("rem-sms-" + eventId);
        @SuppressWarnings("unchecked")
        Map<String, String> params = EventJson.read(sent.queryParameter("TemplateParam").firstValue(), Map.class);
        assertThat(params).containsExactly(Map.entry("name", "李娜"), Map.entry("lead", "lead-sms-1"),
                Map.entry("logged", "1"), Map.entry("minimum", "3"), Map.entry("protectedUntil", "2026-12-20"),
                Map.entry("releasedOn", "2026-12-21"), Map.entry("office", ""), Map.entry("phone", ""));
        assertThat(sms(eventId).status()).isEqualTo(ReminderStatus.SENT);
        assertThat(new MongoConsultantInbox(mongo).of(userId, 10)).singleElement()
                .extracting(ConsultantReminder::kind).isEqualTo(ConsultantReminder.Kind.FOLLOW_UP_DUE);
    }

    @Test
    @DisplayName("NOTE-6, LEAD-5: a collision waiting for the office's PMs goes by SMS to the PM who chose it, once "
            + "though lead-service tells it twice, with the COLLISION_WAITING template")
    void collisionToThePm() {
        String pmId = "u-pm-" + UUID.randomUUID();
        String collisionId = "col-" + UUID.randomUUID();
        TestEvents.publish(kafka, Topics.IDENTITY, pmId, OFFICE, UUID.randomUUID().toString(),
                new StaffContactChanged(pmId, pmId, "王经理", DEVELOPER, List.of(OFFICE), Map.of(OFFICE, List.of("PM")),
                        "13700000001", true, true, 2, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> contacts.pmsOf(OFFICE).stream()
                .anyMatch(c -> c.userId().equals(pmId)));
        LeadCollisionOpened opened = new LeadCollisionOpened(collisionId, "lead-sms-9", DEVELOPER, OFFICE, "u-c1", "u-c2",
                Instant.now(), LocalDate.now(SHANGHAI), LocalDate.now(SHANGHAI).plusDays(20), "u-c1");
        double before = handled(LeadCollisionOpened.TYPE);

        TestEvents.publish(kafka, Topics.LEAD, "lead-sms-9", OFFICE, UUID.randomUUID().toString(), opened);
        TestEvents.publish(kafka, Topics.LEAD, "lead-sms-9", OFFICE, UUID.randomUUID().toString(), opened); // told again
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(LeadCollisionOpened.TYPE) >= before + 2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            jobs.runIfFree("reminder-dispatch");
            assertThat(smsTo("13700000001")).hasSize(1);
        });
        jobs.runIfFree("reminder-dispatch");

        assertThat(smsTo("13700000001")).as("once").hasSize(1);
        LoggedRequest sent = smsTo("13700000001").getFirst();
        assertThat(sent.queryParameter("TemplateCode").firstValue()).isEqualTo("SMS_470003");
        assertThat(sent.queryParameter("OutId").firstValue()).isEqualTo("rem-sms-" + collisionId + "-" + pmId);
        @SuppressWarnings("unchecked")
        Map<String, String> params = EventJson.read(sent.queryParameter("TemplateParam").firstValue(), Map.class);
        assertThat(params).containsExactly(Map.entry("name", "王经理"), Map.entry("lead", "lead-sms-9"),
                Map.entry("owner", "u-c1"), Map.entry("challenger", "u-c2"), Map.entry("follower", "u-c1"),
                Map.entry("office", ""), Map.entry("phone", ""));
    }

    @Test
    @DisplayName("NOTE-6: a consultant who turned SMS reminders off (the newer contact wins over an older one told late) "
            + "gets the follow-up in the inbox only: no SMS")
    void optedOutInboxOnly() {
        String userId = "u-sms-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        contact(userId, "13912340000", false, 5);
        double contactsBefore = handled(StaffContactChanged.TYPE);
        TestEvents.publish(kafka, Topics.IDENTITY, userId, OFFICE, UUID.randomUUID().toString(),
                new StaffContactChanged(userId, userId, "李娜", DEVELOPER, List.of(OFFICE), Map.of(), "13912340000", true,
                        true, 4, Instant.now().minusSeconds(60))); // older, arriving late
        await().atMost(Duration.ofSeconds(30)).until(() -> handled(StaffContactChanged.TYPE) > contactsBefore);

        leadEvent(userId, eventId, followUpDue(userId, OFFICE, "lead-sms-2"));
        jobs.runIfFree("reminder-dispatch");

        assertThat(contacts.of(userId).orElseThrow().wantsSms()).isFalse();
        assertThat(schedules.find("sms-" + eventId)).as("no SMS planned").isEmpty();
        assertThat(smsTo("13912340000")).isEmpty();
    }

    @Test
    @DisplayName("NOTE-6, NOTE-4: a consultant's SMS due in the office's quiet hours is not sent then: it waits for their "
            + "end; the consultant turning SMS off meanwhile withdraws it")
    void quietHours() {
        String userId = "u-sms-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        contact(userId, "13912349999", true, 3);

        leadEvent(userId, eventId, followUpDue(userId, NIGHT_OFFICE, "lead-sms-3"));
        await().atMost(Duration.ofSeconds(30)).until(() -> schedules.find("sms-" + eventId).isPresent());
        jobs.runIfFree("reminder-dispatch");

        assertThat(sms(eventId).status()).isEqualTo(ReminderStatus.PLANNED);
        assertThat(sms(eventId).dueAt()).as("the end of the office's quiet hours")
                .isAfter(Instant.now().plus(Duration.ofMinutes(100)));
        assertThat(smsTo("13912349999")).isEmpty();
        assertThat(TextingConsultants.scheduleId(new MongoConsultantInbox(mongo).of(userId, 10).getFirst()))
                .isEqualTo("sms-" + eventId);

        contact(userId, "13912349999", false, 4);
        await().atMost(Duration.ofSeconds(30)).until(() -> sms(eventId).status() == ReminderStatus.CANCELLED);
    }
}
