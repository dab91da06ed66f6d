package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.test.Aggregates;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A lead is rebuilt from storage through {@link Lead#restore} only; afterwards its state changes by the rules. */
class LeadRestoreTest {

    static final Instant REGISTERED = Instant.parse("2026-11-20T02:15:00Z");
    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    @Test
    @DisplayName("LEAD-11/LEAD-6/LEAD-7: the aggregates offer no public setter or with-method and no public constructor: stage, links and registration change only through the rules")
    void noBackDoor() {
        Aggregates.assertNoBackDoor(Lead.class, ReceptionDay.class, Collision.class);
    }

    @Test
    @DisplayName("LEAD-6/LEAD-7/LEAD-11: a restored lead holds its stored stage, links, registration and page as stored, and appends only what is new")
    void restoreRoundTrips() {
        MobileNumber mobile = MobileNumber.parse("13812345678");
        LeadLink spouse = new LeadLink("link-1", LeadLink.Relation.SPOUSE, "李女士", MobileNumber.parse("13900001111"),
                false, "c-1", Instant.parse("2026-11-21T03:00:00Z"));
        FollowUp call = new FollowUp("follow-up-1", Instant.parse("2026-11-22T03:00:00Z"), "c-1",
                FollowUp.Channel.PHONE, true, null, null, true, LocalDate.of(2026, 11, 29));
        Registration referral = new Registration(Registration.Kind.REFERRAL, "lead-old", null,
                Registration.Consent.SIGNED_FORM);
        Needs needs = new Needs(new BigDecimal("3000000.00"), "3室2厅", new BigDecimal("120.5"));

        Lead lead = Lead.restore("lead-1", "dev-1", "office-1", "c-1", "王先生", mobile, LeadSource.REFERRAL, needs,
                REGISTERED, Instant.parse("2026-11-21T00:00:00Z"), LocalDate.of(2026, 11, 29), List.of(call), null,
                LocalDate.of(2026, 11, 28), LeadStage.NEGOTIATING, List.of(spouse), referral, true, 7);

        assertThat(lead.id()).isEqualTo("lead-1");
        assertThat(lead.developerId()).isEqualTo("dev-1");
        assertThat(lead.officeId()).isEqualTo("office-1");
        assertThat(lead.ownerConsultantId()).isEqualTo("c-1");
        assertThat(lead.customerName()).isEqualTo("王先生");
        assertThat(lead.mobile()).isEqualTo(mobile);
        assertThat(lead.source()).isEqualTo(LeadSource.REFERRAL);
        assertThat(lead.needs()).isEqualTo(needs);
        assertThat(lead.registeredAt()).isEqualTo(REGISTERED);
        assertThat(lead.ownedSince()).isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(lead.followUps()).containsExactly(call);
        assertThat(lead.newFollowUps()).isEmpty();
        assertThat(lead.released()).isFalse();
        assertThat(lead.lapseReminderFor()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(lead.stage()).isEqualTo(LeadStage.NEGOTIATING);
        assertThat(lead.links()).containsExactly(spouse);
        assertThat(lead.newLinks()).isEmpty();
        assertThat(lead.registration()).isEqualTo(referral);
        assertThat(lead.retired()).isTrue();
        assertThat(lead.version()).isEqualTo(7);
    }

    @Test
    @DisplayName("LEAD-11/LEAD-7: what storage left out restores as a plain registration at stage NEW, and its stage then moves only as the rule allows")
    void defaultsThenRules() {
        Lead lead = Lead.restore("lead-1", "dev-1", "office-1", "c-1", "王先生", MobileNumber.parse("13812345678"),
                LeadSource.WALK_IN, null, REGISTERED, null, LocalDate.of(2026, 11, 27), null, null, null, null, null,
                null, false, 0);

        assertThat(lead.stage()).isEqualTo(LeadStage.NEW);
        assertThat(lead.registration()).isEqualTo(Registration.PLAIN);
        assertThat(lead.ownedSince()).isEqualTo(REGISTERED);
        assertThat(lead.links()).isEmpty();
        assertThat(lead.needs()).isEqualTo(Needs.NONE);
        assertThatThrownBy(() -> lead.moveTo(LeadStage.CONTRACTED, "c-1", NOW))
                .isInstanceOf(RuleRefusedException.class);
        assertThat(lead.stage()).isEqualTo(LeadStage.NEW);
    }
}
