package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FollowUpMinimumsTest {

    static final ProtectionPolicy POLICY = ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"));
    static final Instant T0 = Instant.parse("2026-11-20T02:15:00Z");
    static final FollowUpMinimums DEFAULT = new FollowUpMinimums(2, 3);

    static Lead lead(String owner, LeadSource source, String mobile) {
        return Lead.register("dev-1", "office-1", owner, "客户", MobileNumber.parse(mobile), source, Needs.NONE, T0,
                POLICY).lead();
    }

    static void followUps(Lead lead, String by, boolean effective, int n) {
        for (int i = 0; i < n; i++) {
            lead.logFollowUp(by, FollowUp.Channel.PHONE, effective, null, null, T0.plusSeconds(3600L * (i + 1)), POLICY);
        }
    }

    @Test
    @DisplayName("LEAD-12: a phone lead needs 2 and a visit lead 3 effective follow-ups by its owner; unanswered calls, the PM's entries and corrections do not count; released leads are not the owner's any more")
    void figures() {
        Lead phoneDone = lead("c-1", LeadSource.PHONE, "13800000001");
        followUps(phoneDone, "c-1", true, 2);
        Lead phoneShort = lead("c-1", LeadSource.PHONE, "13800000002");
        followUps(phoneShort, "c-1", true, 1);
        followUps(phoneShort, "c-1", false, 3);
        Lead visitShort = lead("c-1", LeadSource.WALK_IN, "13800000003");
        followUps(visitShort, "c-1", true, 2);
        followUps(visitShort, "u-pm", true, 2);
        Lead visitDone = lead("c-2", LeadSource.REFERRAL, "13800000004");
        followUps(visitDone, "c-2", true, 3);
        Lead released = lead("c-2", LeadSource.PHONE, "13800000005");
        released.releaseIfLapsed(Instant.parse("2026-12-30T00:00:00Z"), POLICY);

        List<FollowUpMinimums.Figure> figures = DEFAULT.figures(List.of(phoneDone, phoneShort, visitShort, visitDone,
                released));

        assertThat(figures).containsExactly(new FollowUpMinimums.Figure("c-1", 2, 1, 1, 0),
                new FollowUpMinimums.Figure("c-2", 0, 0, 1, 1));
        assertThat(new FollowUpMinimums(1, 1).required(LeadSource.CHANNEL)).isEqualTo(1);
    }
}
