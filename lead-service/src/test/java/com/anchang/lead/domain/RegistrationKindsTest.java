package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LEAD-7: returning buyers and referral / proxy-viewer pre-registration on the domain. */
class RegistrationKindsTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ProtectionPolicy SEED_000 = ProtectionPolicy.inactivity(7, SHANGHAI);
    static final MobileNumber MOBILE = MobileNumber.parse("13812345678");

    static Instant shanghai(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }

    static Lead contracted() {
        Lead lead = Lead.register("dev-1", "office-1", "c-1", "王先生", MOBILE, LeadSource.WALK_IN, Needs.NONE,
                shanghai("2026-03-01T10:00:00"), SEED_000).lead();
        lead.moveTo(LeadStage.DEPOSIT, "c-1", shanghai("2026-03-02T10:00:00"));
        lead.moveTo(LeadStage.CONTRACTED, "c-1", shanghai("2026-03-20T10:00:00"));
        return lead;
    }

    @Test
    @DisplayName("LEAD-7: a returning buyer (their lead contracted) is a new, separate lead owned and protected for the consultant who registers them, naming the first lead; published as registered + returning buyer")
    void returningBuyerIsANewLead() {
        Lead first = contracted();
        Instant now = shanghai("2026-11-20T10:00:00");

        List<LeadEvent> events = Lead.register("dev-1", "office-1", "c-2", "王先生", MOBILE, LeadSource.WALK_IN,
                Needs.NONE, now, SEED_000, Registration.PLAIN, first);

        Lead second = events.getFirst().lead();
        assertThat(first.boughtBefore()).isTrue();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.ownerConsultantId()).isEqualTo("c-2");
        assertThat(second.stage()).isEqualTo(LeadStage.NEW);
        assertThat(second.protectedUntil()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(second.registration().previousLeadId()).isEqualTo(first.id());
        assertThat(second.registration().preRegistered()).isFalse();
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isInstanceOfSatisfying(LeadEvent.ReturningBuyerRegistered.class, e -> {
            assertThat(e.previousLeadId()).isEqualTo(first.id());
            assertThat(e.previousOwnerConsultantId()).isEqualTo("c-1");
        });
    }

    @Test
    @DisplayName("LEAD-7: only a contracted lead makes a returning buyer; a lead at any other stage does not")
    void onlyAContractedLeadIsBoughtBefore() {
        Lead lead = Lead.register("dev-1", "office-1", "c-1", "王先生", MOBILE, LeadSource.WALK_IN, Needs.NONE,
                shanghai("2026-03-01T10:00:00"), SEED_000).lead();
        lead.moveTo(LeadStage.DEPOSIT, "c-1", shanghai("2026-03-02T10:00:00"));

        assertThat(lead.boughtBefore()).isFalse();
        assertThatThrownBy(() -> Lead.register("dev-1", "office-1", "c-2", "王先生", MOBILE, LeadSource.WALK_IN,
                Needs.NONE, shanghai("2026-03-03T10:00:00"), SEED_000, Registration.PLAIN, lead))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("LEAD-7 + LEAD-5: a referral pre-registration is owned and protected like a registration, marked pre-registered with its referrer; a colleague who registers the customer later collides and the rule gives the customer to the pre-registering consultant")
    void preRegistrationWinsTheCollision() {
        Instant before = shanghai("2026-11-20T10:00:00");
        List<LeadEvent> events = Lead.register("dev-1", "office-1", "c-1", "刘女士", MOBILE, LeadSource.REFERRAL,
                Needs.NONE, before, SEED_000, new Registration(Registration.Kind.REFERRAL, "lead-old-buyer", null), null);
        Lead pre = events.getFirst().lead();

        assertThat(pre.registration().preRegistered()).isTrue();
        assertThat(pre.registration().referredByLeadId()).isEqualTo("lead-old-buyer");
        assertThat(events).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Registered", "PreRegistered");
        Collision collision = Collision.open(pre, "c-2", shanghai("2026-11-22T15:00:00"), SEED_000).collision();
        assertThat(collision.decision().followerConsultantId()).isEqualTo("c-1");
    }

    @Test
    @DisplayName("LEAD-7: a proxy viewer's principal is pre-registered (the viewer's lead optional); a plain registration is not pre-registered")
    void proxyViewer() {
        Lead principal = Lead.register("dev-1", "office-1", "c-1", "陈先生", MOBILE, LeadSource.WALK_IN, Needs.NONE,
                shanghai("2026-11-20T10:00:00"), SEED_000, new Registration(Registration.Kind.PROXY_VIEWER, null, null),
                null).getFirst().lead();
        assertThat(principal.registration().preRegistered()).isTrue();
        assertThat(principal.registration().kind()).isEqualTo(Registration.Kind.PROXY_VIEWER);
        assertThat(Registration.PLAIN.preRegistered()).isFalse();
    }
}
