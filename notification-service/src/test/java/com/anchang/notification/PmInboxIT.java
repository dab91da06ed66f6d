package com.anchang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.GoldenSamples;
import com.anchang.events.Topics;
import com.anchang.events.commission.ClaimDecided;
import com.anchang.events.commission.ClaimRaised;
import com.anchang.events.lead.LeadCollisionOpened;
import com.anchang.events.lead.LeadCollisionResolved;
import com.anchang.events.lead.LeadFollowUpDue;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestTokens;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * NOTE-6 on the real embedded broker: the golden samples of lead-service's collisions and of
 * commission-service's claims (consumer-first contracts) put an entry in the office's PM inbox, which
 * every PM of the office reads in their own inbox, and mark it done when decided; told twice, once.
 */
@ServiceIntegrationTest
class PmInboxIT {

    /** The golden samples' developer and office. */
    static final String DEVELOPER = "dev-huaxin";
    static final String OFFICE = "office-binjiang";
    static final TestTokens.Staff PM = TestTokens.staff("u-bj-pm", DEVELOPER).at(OFFICE, "PM");
    static final TestTokens.Staff SECOND_PM = TestTokens.staff("u-bj-pm-2", DEVELOPER).at(OFFICE, "PM", "CONSULTANT");
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("u-bj-consultant-1", DEVELOPER).at(OFFICE, "CONSULTANT");
    static final TestTokens.Staff OTHER_OFFICE_PM = TestTokens.staff("u-xh-pm", DEVELOPER).at("office-xihu", "PM");
    static final String INBOX = "/api/notifications/consultants/me/inbox";

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MeterRegistry meters;

    static <T extends Record> T golden(String type, int version, Class<T> kind) {
        return EventJson.read(GoldenSamples.json(type, version), kind);
    }

    double consumed(String type) {
        return meters.find("anchang.events.consumed").tag("type", type).counters().stream().mapToDouble(Counter::count)
                .sum();
    }

    List<Map<String, Object>> inbox(TestTokens.Staff who) {
        return server.as(who.token()).get(INBOX).list();
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> inbox, String kind) {
        return inbox.stream().filter(e -> kind.equals(e.get("kind"))).toList();
    }

    @Test
    @DisplayName("NOTE-6: a collision opened waits in the PM inbox of its office, once though delivered twice and told again; resolved, it is marked done")
    void collisionWaitsForThePm() {
        LeadCollisionOpened opened = golden(LeadCollisionOpened.TYPE, LeadCollisionOpened.VERSION, LeadCollisionOpened.class);
        LeadCollisionResolved resolved = golden(LeadCollisionResolved.TYPE, LeadCollisionResolved.VERSION,
                LeadCollisionResolved.class);
        String eventId = UUID.randomUUID().toString();
        double before = consumed(LeadCollisionOpened.TYPE);

        TestEvents.publish(kafka, Topics.LEAD, opened.leadId(), OFFICE, eventId, opened);
        TestEvents.publish(kafka, Topics.LEAD, opened.leadId(), OFFICE, eventId, opened); // redelivered
        TestEvents.publish(kafka, Topics.LEAD, opened.leadId(), OFFICE, UUID.randomUUID().toString(), opened); // told again

        await().until(() -> consumed(LeadCollisionOpened.TYPE) >= before + 3);
        for (TestTokens.Staff pm : List.of(PM, SECOND_PM)) {
            assertThat(ofKind(inbox(pm), "COLLISION_WAITING")).singleElement().satisfies(e -> {
                assertThat(e.get("subject")).isEqualTo(opened.collisionId());
                assertThat(e.get("officeId")).isEqualTo(OFFICE);
                assertThat((String) e.get("text")).contains(opened.leadId(), opened.challengerConsultantId());
                assertThat(e.get("doneAt")).isNull();
            });
        }
        assertThat(ofKind(inbox(CONSULTANT), "COLLISION_WAITING")).isEmpty();
        assertThat(ofKind(inbox(OTHER_OFFICE_PM), "COLLISION_WAITING")).isEmpty();

        double resolvedBefore = consumed(LeadCollisionResolved.TYPE);
        String resolvedId = UUID.randomUUID().toString();
        TestEvents.publish(kafka, Topics.LEAD, resolved.leadId(), OFFICE, resolvedId, resolved);
        TestEvents.publish(kafka, Topics.LEAD, resolved.leadId(), OFFICE, resolvedId, resolved); // redelivered

        await().until(() -> consumed(LeadCollisionResolved.TYPE) >= resolvedBefore + 2);
        assertThat(ofKind(inbox(PM), "COLLISION_WAITING")).singleElement().satisfies(e -> {
            assertThat(e.get("doneAt")).isEqualTo(resolved.resolvedAt().toString());
            assertThat((String) e.get("outcome")).contains("改判", resolved.followerConsultantId());
        });
    }

    @Test
    @DisplayName("NOTE-6: a claim on a deal's credit waits in the PM inbox of its office, once though delivered twice; decided, it is marked done")
    void claimWaitsForThePm() {
        ClaimRaised raised = golden(ClaimRaised.TYPE, ClaimRaised.VERSION, ClaimRaised.class);
        ClaimDecided decided = golden(ClaimDecided.TYPE, ClaimDecided.VERSION, ClaimDecided.class);
        String eventId = UUID.randomUUID().toString();
        double before = consumed(ClaimRaised.TYPE);

        TestEvents.publish(kafka, Topics.COMMISSION, raised.dealId(), OFFICE, eventId, raised);
        TestEvents.publish(kafka, Topics.COMMISSION, raised.dealId(), OFFICE, eventId, raised); // redelivered

        await().until(() -> consumed(ClaimRaised.TYPE) >= before + 2);
        assertThat(ofKind(inbox(PM), "CLAIM_WAITING")).singleElement().satisfies(e -> {
            assertThat(e.get("subject")).isEqualTo(raised.claimId());
            assertThat((String) e.get("text")).contains(raised.claimantConsultantId(), raised.dealId());
            assertThat(e.get("doneAt")).isNull();
        });
        assertThat(ofKind(inbox(CONSULTANT), "CLAIM_WAITING")).isEmpty();

        double decidedBefore = consumed(ClaimDecided.TYPE);
        TestEvents.publish(kafka, Topics.COMMISSION, decided.dealId(), OFFICE, UUID.randomUUID().toString(), decided);

        await().until(() -> consumed(ClaimDecided.TYPE) >= decidedBefore + 1);
        assertThat(ofKind(inbox(SECOND_PM), "CLAIM_WAITING")).singleElement().satisfies(e -> {
            assertThat(e.get("doneAt")).isEqualTo(decided.decidedAt().toString());
            assertThat((String) e.get("outcome")).startsWith("已接受").contains(decided.reason());
        });
    }

    @Test
    @DisplayName("NOTE-6, LEAD-11/LEAD-12: a follow-up due (the golden lead.follow-up-due) is one reminder in its owner's inbox, "
            + "though delivered twice, with the follow-ups against the minimum and the release day; nobody else's")
    void followUpDueInTheOwnersInbox() {
        LeadFollowUpDue due = golden(LeadFollowUpDue.TYPE, LeadFollowUpDue.VERSION, LeadFollowUpDue.class);
        String eventId = UUID.randomUUID().toString();
        double before = consumed(LeadFollowUpDue.TYPE);

        TestEvents.publish(kafka, Topics.LEAD, due.leadId(), OFFICE, eventId, due);
        TestEvents.publish(kafka, Topics.LEAD, due.leadId(), OFFICE, eventId, due); // redelivered

        await().until(() -> consumed(LeadFollowUpDue.TYPE) >= before + 2);
        assertThat(ofKind(inbox(CONSULTANT), "FOLLOW_UP_DUE")).singleElement().satisfies(e -> {
            assertThat(e.get("id")).isEqualTo(eventId);
            assertThat(e.get("subject")).isEqualTo(due.leadId());
            assertThat((String) e.get("text")).contains(due.leadId(), "已跟进 0 次,至少需 3 次", due.releasedOn().toString());
            assertThat(e.get("doneAt")).isNull();
        });
        assertThat(ofKind(inbox(PM), "FOLLOW_UP_DUE")).isEmpty();
    }
}
