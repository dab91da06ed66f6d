package com.anchang.lead.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.lead.LeadCollisionOpened;
import com.anchang.events.lead.LeadCollisionResolved;
import com.anchang.events.lead.LeadFollowUpLogged;
import com.anchang.events.lead.LeadProtectionExtended;
import com.anchang.events.lead.LeadFollowUpDue;
import com.anchang.events.lead.LeadProtectionLapsing;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.LeadReassigned;
import com.anchang.events.lead.LeadReleased;
import com.anchang.lead.adapter.messaging.LeadEvents;
import com.anchang.lead.domain.Collision;
import com.anchang.lead.domain.CollisionEvent;
import com.anchang.lead.domain.FollowUp;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.messaging.EventJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The golden samples: what lead-service produces serialises to them. */
class LeadContractsTest {

    static final JsonMapper JSON = new JsonMapper();

    @Test
    @DisplayName("LeadRegistered v1 serialises to its golden sample, the protection window computed by the default policy (LEAD-3)")
    void leadRegisteredMatchesGolden() {
        Lead lead = golden();

        String json = EventJson.write(LeadEvents.toContract(new LeadEvent.Registered(lead)));

        assertThat(JSON.readTree(json))
                .isEqualTo(JSON.readTree(GoldenSamples.json(LeadRegistered.TYPE, LeadRegistered.VERSION)));
    }

    static Lead golden() {
        Instant registeredAt = Instant.parse("2026-11-20T02:15:00Z");
        ProtectionPolicy policy = ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"));
        return Lead.restore("lead-5b1f2c0e", "dev-huaxin", "office-binjiang", "u-bj-consultant-1", "王先生",
                MobileNumber.parse("13812345678"), LeadSource.WALK_IN, Needs.NONE, registeredAt, registeredAt,
                policy.protectedUntil(registeredAt, LeadSource.WALK_IN), List.of(), null, null, null, List.of(), null,
                false, 0);
    }

    static void assertGolden(Record contract, String type, int version) {
        assertThat(JSON.readTree(EventJson.write(contract))).isEqualTo(JSON.readTree(GoldenSamples.json(type, version)));
    }

    @Test
    @DisplayName("LEAD-4/LEAD-3: LeadFollowUpLogged v1 and LeadProtectionExtended v1 serialise to their golden samples (no note, LEAD-10)")
    void followUpEventsMatchGolden() {
        Lead lead = golden();
        FollowUp followUp = new FollowUp("follow-up-2f9c1d7a", Instant.parse("2026-11-23T03:30:00Z"),
                "u-bj-consultant-1", FollowUp.Channel.PHONE, true, "客户电话 13812345678", null, true,
                LocalDate.of(2026, 11, 30));

        assertGolden(LeadEvents.toContract(new LeadEvent.FollowUpLogged(lead, followUp)), LeadFollowUpLogged.TYPE,
                LeadFollowUpLogged.VERSION);
        assertGolden(LeadEvents.toContract(new LeadEvent.ProtectionExtended(lead, followUp, LocalDate.of(2026, 11, 27))),
                LeadProtectionExtended.TYPE, LeadProtectionExtended.VERSION);
    }

    @Test
    @DisplayName("LEAD-3/LEAD-11: LeadReleased v1 and LeadProtectionLapsing v1 serialise to their golden samples, with the window that ended")
    void lapseEventsMatchGolden() {
        Lead lead = golden();

        assertGolden(LeadEvents.toContract(new LeadEvent.ProtectionLapsing(lead, Instant.parse("2026-11-27T01:00:00Z"))),
                LeadProtectionLapsing.TYPE, LeadProtectionLapsing.VERSION);
        assertGolden(LeadEvents.toContract(new LeadEvent.Released(lead, Instant.parse("2026-11-27T16:05:00Z"),
                lead.ownerConsultantId(), lead.ownedSince(), lead.protectedUntil())), LeadReleased.TYPE,
                LeadReleased.VERSION);
    }

    @Test
    @DisplayName("LEAD-11/LEAD-12: LeadFollowUpDue v1 serialises to its golden sample: the owner's follow-ups against the minimum, the window")
    void followUpDueMatchesGolden() {
        Lead lead = golden();
        ProtectionPolicy policy = ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"));

        assertGolden(LeadEvents.toContract(lead.remindIfFollowUpDue(Instant.parse("2026-11-25T01:00:00Z"), policy, 3,
                3).orElseThrow()), LeadFollowUpDue.TYPE, LeadFollowUpDue.VERSION);
    }

    @Test
    @DisplayName("LEAD-3/5/8: LeadReassigned v1 carries the new owner and window; LeadCollisionOpened/Resolved v1 the decision and the PM's resolution")
    void ownershipEventsMatchGolden() {
        ProtectionPolicy policy = ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"));
        Lead released = golden();
        released.releaseIfLapsed(Instant.parse("2026-11-28T01:00:00Z"), policy);
        LeadEvent reassigned = released.reRegister("u-bj-consultant-2", "王先生", LeadSource.WALK_IN, Needs.NONE,
                Instant.parse("2026-11-29T06:00:00Z"), policy).getLast();
        assertGolden(LeadEvents.toContract(reassigned), LeadReassigned.TYPE, LeadReassigned.VERSION);

        Lead lead = golden();
        Collision collision = Collision.open(lead, "u-bj-consultant-2", Instant.parse("2026-11-23T03:00:00Z"), policy)
                .collision();
        assertGolden(LeadEvents.toContract(new CollisionEvent.Opened(collision)), LeadCollisionOpened.TYPE,
                LeadCollisionOpened.VERSION);
        CollisionEvent resolved = collision.resolve("u-bj-pm", "u-bj-consultant-2", "客户要求由第二位顾问跟进",
                Instant.parse("2026-11-23T05:00:00Z"));
        assertGolden(LeadEvents.toContract(resolved), LeadCollisionResolved.TYPE, LeadCollisionResolved.VERSION);
    }

    @Test
    @DisplayName("LEAD-11: LeadStageChanged v1 serialises to its golden sample")
    void stageChangedMatchesGolden() {
        Lead lead = golden();
        assertGolden(LeadEvents.toContract(lead.moveTo(com.anchang.lead.domain.LeadStage.INTENTION, "u-bj-consultant-1",
                Instant.parse("2026-11-24T08:00:00Z"))), com.anchang.events.lead.LeadStageChanged.TYPE,
                com.anchang.events.lead.LeadStageChanged.VERSION);
    }

    @Test
    @DisplayName("LEAD-6: LeadLinked v1 serialises to its golden sample: lead, owner, relation, same customer or not (no mobile, LEAD-10)")
    void linkedMatchesGolden() {
        Lead lead = golden();
        com.anchang.lead.domain.LeadLink link = new com.anchang.lead.domain.LeadLink("link-7d3e9a41",
                com.anchang.lead.domain.LeadLink.Relation.SPOUSE, "李女士", MobileNumber.parse("13912345678"), false,
                "u-bj-consultant-1", Instant.parse("2026-11-21T03:00:00Z"));
        assertGolden(LeadEvents.toContract(new LeadEvent.Linked(lead, link)), com.anchang.events.lead.LeadLinked.TYPE,
                com.anchang.events.lead.LeadLinked.VERSION);
    }

    @Test
    @DisplayName("LEAD-7: LeadReturningBuyerRegistered v1 and LeadPreRegistered v1 serialise to their golden samples")
    void registrationKindsMatchGolden() {
        ProtectionPolicy policy = ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"));
        Lead lead = Lead.restore("lead-8c2d4e6f", "dev-huaxin", "office-binjiang", "u-bj-consultant-2", "王先生",
                MobileNumber.parse("13812345678"), LeadSource.REFERRAL, Needs.NONE,
                Instant.parse("2026-11-20T02:15:00Z"), null, LocalDate.of(2026, 11, 27), List.of(), null, null, null,
                List.of(), new com.anchang.lead.domain.Registration(com.anchang.lead.domain.Registration.Kind.REFERRAL,
                        "lead-5b1f2c0e", null), false, 0);
        assertGolden(LeadEvents.toContract(new LeadEvent.ReturningBuyerRegistered(lead, "lead-5b1f2c0e",
                "u-bj-consultant-1")), com.anchang.events.lead.LeadReturningBuyerRegistered.TYPE,
                com.anchang.events.lead.LeadReturningBuyerRegistered.VERSION);
        assertGolden(LeadEvents.toContract(new LeadEvent.PreRegistered(lead)),
                com.anchang.events.lead.LeadPreRegistered.TYPE, com.anchang.events.lead.LeadPreRegistered.VERSION);
        assertThat(policy.protectedUntil(lead.registeredAt(), LeadSource.REFERRAL)).isEqualTo(lead.protectedUntil());
    }

    @Test
    @DisplayName("LEAD-9: LeadViolationRecorded v1 serialises to its golden sample: offender and rightful owner (no evidence text, LEAD-10)")
    void violationMatchesGolden() {
        ProtectionPolicy policy = ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"));
        Collision collision = Collision.open(golden(), "u-bj-consultant-2", Instant.parse("2026-11-23T03:00:00Z"),
                policy).collision();
        collision.resolve("u-bj-pm", null, null, Instant.parse("2026-11-23T05:00:00Z"));
        com.anchang.lead.domain.Violation violation = com.anchang.lead.domain.Violation.fromCollision(collision,
                com.anchang.lead.domain.Violation.Kind.GRABBING, "u-bj-pm", Instant.parse("2026-11-23T05:00:00Z"),
                LocalDate.of(2026, 11, 23));
        assertGolden(LeadEvents.toContract(violation), com.anchang.events.lead.LeadViolationRecorded.TYPE,
                com.anchang.events.lead.LeadViolationRecorded.VERSION);
    }
}
