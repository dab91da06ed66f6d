package com.anchang.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadFollowUpLogged;
import com.anchang.events.lead.LeadProtectionExtended;
import com.anchang.events.lead.LeadFollowUpDue;
import com.anchang.events.lead.LeadProtectionLapsing;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.LeadReleased;
import com.anchang.lead.application.ReleasingLapsedLeads;
import com.anchang.lead.domain.LapseCalendar;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.scheduling.PeriodicJobs;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/** LEAD-3, LEAD-4, LEAD-11 through the running service: follow-ups, the countdown, the lapse job. */
@ServiceIntegrationTest
class LeadProtectionIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    LeadRepository leads;
    @Autowired
    LapseCalendar calendar;
    @Autowired
    ProtectionPolicies policies;
    @Autowired
    ReleasingLapsedLeads lapse;
    @Autowired
    PeriodicJobs jobs;

    static Map<String, Object> followUp(String channel, boolean effective, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", channel, "effective", effective));
        if (note != null) {
            body.put("note", note);
        }
        return body;
    }

    /** A lead of consultant {@code owner} registered {@code daysAgo} days ago, written as registration writes it. */
    Lead registeredDaysAgo(String owner, String officeId, int daysAgo) {
        ProtectionPolicy policy = policies.forOffice(officeId);
        LeadEvent.Registered registered = Lead.register("dev-1", officeId, owner, "李女士",
                MobileNumber.parse(LeadFixture.freshMobile()), LeadSource.WALK_IN, Needs.NONE,
                Instant.now().minus(Duration.ofDays(daysAgo)), policy);
        Lead lead = registered.lead();
        calendar.schedule("dev-1", officeId, ProtectionPolicy.releasedOn(lead.protectedUntil()), lead.id());
        leads.insert(lead, List.of(registered));
        return lead;
    }

    Answer log(String token, String leadId, Map<String, Object> body) {
        return server.as(token).call("POST", "/api/leads/" + leadId + "/follow-ups", body);
    }

    static Instant noonShanghai(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(SHANGHAI).toInstant();
    }

    @Test
    @DisplayName("LEAD-4/LEAD-3: the owner's effective follow-up is appended (201) and restarts the 7 days from today, shown in the lead's countdown and published as lead.follow-up-logged and lead.protection-extended; the PM logs too; the page is append-only, oldest first")
    void followUpExtends() {
        String office = "office-follow";
        String owner = LeadStaff.consultant("c-follow", office);
        Lead lead = registeredDaysAgo("c-follow", office, 3);
        LocalDate today = LocalDate.now(SHANGHAI);

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Answer logged = log(owner, lead.id(), followUp("PHONE", true, "客户约周六看房"));

            assertThat(logged.status()).isEqualTo(201);
            Map<?, ?> entry = (Map<?, ?>) logged.map().get("followUp");
            assertThat(entry.get("loggedBy")).isEqualTo("c-follow");
            assertThat(entry.get("countedForProtection")).isEqualTo(true);
            Map<?, ?> protection = (Map<?, ?>) logged.map().get("protection");
            assertThat(protection.get("status")).isEqualTo("PROTECTED");
            assertThat(LocalDate.parse((String) protection.get("protectedUntil"))).isIn(today.plusDays(7),
                    today.plusDays(8));
            assertThat(((Number) protection.get("daysLeft")).intValue()).isIn(7, 8);

            Answer view = server.as(owner).get("/api/leads/" + lead.id());
            assertThat(((Map<?, ?>) view.map().get("protection")).get("protectedUntil"))
                    .isEqualTo(protection.get("protectedUntil"));

            List<ConsumerRecord<String, String>> events = capture.awaitCount(r -> lead.id().equals(r.key())
                    && !LeadRegistered.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)), 2);
            LeadFollowUpLogged followUpLogged = EventJson.read(only(events, LeadFollowUpLogged.TYPE).value(),
                    LeadFollowUpLogged.class);
            assertThat(followUpLogged.followUpId()).isEqualTo(entry.get("followUpId"));
            assertThat(followUpLogged.channel()).isEqualTo("PHONE");
            assertThat(only(events, LeadFollowUpLogged.TYPE).value()).doesNotContain("周六");
            LeadProtectionExtended extended = EventJson.read(only(events, LeadProtectionExtended.TYPE).value(),
                    LeadProtectionExtended.class);
            assertThat(extended.previousProtectedUntil()).isEqualTo(lead.protectedUntil());
            assertThat(extended.protectedUntil().toString()).isEqualTo(protection.get("protectedUntil"));
            assertThat(extended.ownerConsultantId()).isEqualTo("c-follow");
        }

        Answer byPm = log(LeadStaff.pm(office), lead.id(), followUp("VISIT", false, null));
        assertThat(byPm.status()).isEqualTo(201);
        String first = (String) ((Map<?, ?>) log(owner, lead.id(), followUp("WECHAT", true, "a")).map().get("followUp"))
                .get("followUpId");
        Map<String, Object> correction = followUp("WECHAT", false, "更正: 客户未回复");
        correction.put("corrects", first);
        assertThat(log(owner, lead.id(), correction).status()).isEqualTo(201);

        Answer page = server.as(LeadStaff.pm(office)).get("/api/leads/" + lead.id() + "/follow-ups");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.list()).extracting(e -> e.get("loggedBy"))
                .containsExactly("c-follow", "u-pm-" + office, "c-follow", "c-follow");
        assertThat(page.list().get(3)).containsEntry("corrects", first).containsEntry("countedForProtection", false);
    }

    static ConsumerRecord<String, String> only(List<ConsumerRecord<String, String>> records, String type) {
        List<ConsumerRecord<String, String>> ofType = records.stream()
                .filter(r -> type.equals(EventCapture.header(r, EventHeaders.TYPE))).toList();
        assertThat(ofType).as(type).hasSize(1);
        return ofType.getFirst();
    }

    @Test
    @DisplayName("LEAD-4: a colleague consultant, sales control and head office may not log a follow-up (403 naming the action), another office's staff get 404, bad input 400 naming the field; the page is unchanged")
    void whoMayLog() {
        String office = "office-follow-2";
        Lead lead = registeredDaysAgo("c-own", office, 1);

        Answer colleague = log(LeadStaff.consultant("c-other", office), lead.id(), followUp("PHONE", true, null));
        assertThat(colleague.status()).isEqualTo(403);
        assertThat(colleague.map().get("action")).isEqualTo("log a follow-up");
        assertThat(log(TestTokens.staff("u-sc", "dev-1").at(office, "SALES_CONTROL").token(), lead.id(),
                followUp("PHONE", true, null)).status()).isEqualTo(403);
        assertThat(log(LeadFixture.HEAD_OFFICE, lead.id(), followUp("PHONE", true, null)).status()).isEqualTo(403);
        Answer away = log(LeadStaff.consultant("c-own", "office-9"), lead.id(), followUp("PHONE", true, null));
        assertThat(away.status()).isEqualTo(404);
        assertThat(away.map().get("kind")).isEqualTo("lead");

        String owner = LeadStaff.consultant("c-own", office);
        Answer unknown = log(owner, "lead-nope", followUp("PHONE", true, null));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.map().get("kind")).isEqualTo("lead");
        Answer badChannel = log(owner, lead.id(), followUp("PIGEON", true, null));
        assertThat(badChannel.status()).isEqualTo(400);
        assertThat(badChannel.map().get("field")).isEqualTo("channel");
        Map<String, Object> noEffective = new HashMap<>(Map.of("channel", "PHONE"));
        Answer missing = log(owner, lead.id(), noEffective);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.map().get("field")).isEqualTo("effective");
        Map<String, Object> badCorrection = followUp("PHONE", true, null);
        badCorrection.put("corrects", "follow-up-nope");
        Answer corrects = log(owner, lead.id(), badCorrection);
        assertThat(corrects.status()).isEqualTo(400);
        assertThat(corrects.map().get("field")).isEqualTo("corrects");
        Map<String, Object> edit = followUp("PHONE", true, null);
        edit.put("followUpId", "follow-up-1");
        assertThat(log(owner, lead.id(), edit).map().get("field")).isEqualTo("followUpId");

        assertThat(server.as(owner).get("/api/leads/" + lead.id() + "/follow-ups").list()).isEmpty();
        assertThat(server.as(LeadStaff.consultant("c-other", office)).get("/api/leads/" + lead.id() + "/follow-ups").status())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("LEAD-3: a lead whose protection has ended cannot be followed up (409 naming LEAD-3, nothing appended); its countdown says LAPSED until the job releases it")
    void lapsedLeadRefusesFollowUps() {
        String office = "office-lapsed";
        Lead lead = registeredDaysAgo("c-late", office, 9);
        String owner = LeadStaff.consultant("c-late", office);

        Answer refused = log(owner, lead.id(), followUp("PHONE", true, null));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.map().get("rule")).isEqualTo("LEAD-3");
        assertThat(((Map<?, ?>) server.as(owner).get("/api/leads/" + lead.id()).map().get("protection")).get("status"))
                .isIn("LAPSED", "RELEASED");
        assertThat(leads.find(lead.id()).orElseThrow().followUps()).isEmpty();
    }

    @Test
    @DisplayName("LEAD-3/LEAD-11: the lapse job, run twice and by two instances at once, reminds each owner once on the last protected day and releases each lead once on the release day, one event each; a lead followed up in time is not released")
    void lapseJobIsIdempotent() throws Exception {
        String office = "office-lapse-" + System.nanoTime();
        List<Lead> due = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            due.add(registeredDaysAgo("c-lapse-" + (i % 3), office, 0));
        }
        Lead kept = registeredDaysAgo("c-keeper", office, 0);
        LocalDate lastDay = due.getFirst().protectedUntil();
        assertThat(due).allSatisfy(l -> assertThat(l.protectedUntil()).isEqualTo(lastDay));
        LapseCalendar.Office where = new LapseCalendar.Office("dev-1", office);
        Set<String> ids = due.stream().map(Lead::id).collect(Collectors.toSet());

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            // the last protected day: reminders, by two instances at once, then once more
            int reminded = concurrently(() -> lapse.runOffice(where, noonShanghai(lastDay)).reminded())
                    + lapse.runOffice(where, noonShanghai(lastDay)).reminded();
            assertThat(reminded).isEqualTo(13);
            // the keeper follows up on the last day (the job would otherwise release it tomorrow)
            Lead keeper = leads.find(kept.id()).orElseThrow();
            keeper.logFollowUp("c-keeper", com.anchang.lead.domain.FollowUp.Channel.VISIT, true, null, null,
                    noonShanghai(lastDay), policies.forOffice(office));
            LocalDate moved = ProtectionPolicy.releasedOn(keeper.protectedUntil());
            calendar.schedule("dev-1", office, moved, keeper.id());
            leads.save(keeper, List.of());
            calendar.unschedule("dev-1", office, lastDay.plusDays(1), keeper.id());

            // the release day, two instances at once, then again, then the day after
            Instant releaseDay = noonShanghai(lastDay.plusDays(1));
            int released = concurrently(() -> lapse.runOffice(where, releaseDay).released())
                    + lapse.runOffice(where, releaseDay).released()
                    + lapse.runOffice(where, releaseDay.plus(Duration.ofDays(1))).released();
            assertThat(released).isEqualTo(12);
            assertThat(due).allSatisfy(l -> assertThat(leads.find(l.id()).orElseThrow().released()).isTrue());
            assertThat(leads.find(kept.id()).orElseThrow().released()).isFalse();
            assertThat(calendar.dueOn("dev-1", office, lastDay.plusDays(1))).isEmpty();
            assertThat(calendar.dueOn("dev-1", office, moved)).containsExactly(kept.id());

            // every outbox drained: all events are on the broker; then read them all
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("leads")
                    .countDocuments(new Document("officeId", office).append("outbox.0", new Document("$exists", true)))
                    == 0);
            List<ConsumerRecord<String, String>> releases = capture.awaitCount(
                    r -> LeadReleased.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)) && ids.contains(r.key()), 12);
            List<ConsumerRecord<String, String>> reminders = capture.awaitCount(
                    r -> LeadProtectionLapsing.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))
                            && r.value().contains(office), 13);
            assertThat(releases).extracting(ConsumerRecord::key).doesNotHaveDuplicates().hasSize(12);
            assertThat(reminders).extracting(ConsumerRecord::key).doesNotHaveDuplicates().hasSize(13);
            LeadReleased event = EventJson.read(releases.getFirst().value(), LeadReleased.class);
            assertThat(event.protectedUntil()).isEqualTo(lastDay);
            assertThat(event.releasedOn()).isEqualTo(lastDay.plusDays(1));
            assertThat(event.formerOwnerConsultantId()).startsWith("c-lapse-");
        }
    }

    @Test
    @DisplayName("LEAD-3: the lapse job is the periodic job lead-lapse, run at the service's clock: a due run releases a lead whose protection ended, in any office")
    void lapseJobRunsAsPeriodicJob() {
        Lead lapsed = registeredDaysAgo("c-gone", "office-lapse-job-" + System.nanoTime(), 9);

        // asked here as its schedule asks (a run of the schedule itself may hold the lock a few seconds)
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            jobs.runIfFree("lead-lapse");
            return leads.find(lapsed.id()).orElseThrow().released();
        });
    }

    @Test
    @DisplayName("LEAD-3/LEAD-11 on the simulated clock (ADR 11): the lapse job names the start of the next office day as its next work, when releases and reminders fall due")
    void lapseJobNamesTheNextOfficeDay() {
        registeredDaysAgo("c-next-day", "office-next-day-" + System.nanoTime(), 0);

        assertThat(jobs.nextDue(Instant.parse("2026-03-09T15:59:00Z")).get("lead-lapse"))
                .contains(Instant.parse("2026-03-09T16:00:00Z"));
        assertThat(jobs.nextDue(Instant.parse("2026-03-09T16:00:00Z")).get("lead-lapse"))
                .as("at the start of a day: the next one").contains(Instant.parse("2026-03-10T16:00:00Z"));
    }

    /** Runs the step in two threads released at the same instant; the sum of what they did. */
    @Test
    @DisplayName("LEAD-11/LEAD-12: the lapse job, run twice and by two instances at once three office days before the "
            + "release day, tells each owner once that a follow-up is due (one lead.follow-up-due each, 0 of the visit "
            + "minimum 3); the days before and after tell nothing")
    void followUpDueOncePerWindow() throws Exception {
        String office = "office-follow-up-" + System.nanoTime();
        List<Lead> registered = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            registered.add(registeredDaysAgo("c-due-" + (i % 2), office, 0));
        }
        LocalDate releaseDay = ProtectionPolicy.releasedOn(registered.getFirst().protectedUntil());
        LapseCalendar.Office where = new LapseCalendar.Office("dev-1", office);
        Set<String> ids = registered.stream().map(Lead::id).collect(Collectors.toSet());

        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            int early = lapse.runOffice(where, noonShanghai(releaseDay.minusDays(4))).reminded();
            int told = concurrently(() -> lapse.runOffice(where, noonShanghai(releaseDay.minusDays(3))).reminded())
                    + lapse.runOffice(where, noonShanghai(releaseDay.minusDays(3))).reminded();
            int later = lapse.runOffice(where, noonShanghai(releaseDay.minusDays(2))).reminded();

            assertThat(early).isZero();
            assertThat(told).isEqualTo(6);
            assertThat(later).isZero();
            List<ConsumerRecord<String, String>> due = capture.awaitCount(
                    r -> LeadFollowUpDue.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)) && ids.contains(r.key()), 6);
            assertThat(due).extracting(ConsumerRecord::key).doesNotHaveDuplicates().hasSize(6);
            LeadFollowUpDue event = EventJson.read(due.getFirst().value(), LeadFollowUpDue.class);
            assertThat(event.followUpsLogged()).isZero();
            assertThat(event.minimumFollowUps()).isEqualTo(3);
            assertThat(event.releasedOn()).isEqualTo(releaseDay);
            assertThat(event.ownerConsultantId()).startsWith("c-due-");
        }
    }

    static int concurrently(Callable<Integer> step) throws Exception {
        return LeadFixture.simultaneously(List.of(step, step)).stream().mapToInt(Integer::intValue).sum();
    }
}
