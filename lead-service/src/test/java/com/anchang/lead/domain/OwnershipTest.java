package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LEAD-3 (released leads go to the next receiver), LEAD-5 (collisions), LEAD-8 (reassignment) on the domain. */
class OwnershipTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ProtectionPolicy SEED_000 = ProtectionPolicy.inactivity(7, SHANGHAI);

    static Instant shanghai(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }

    static Lead lead() {
        return Lead.register("dev-1", "office-1", "c-1", "王先生", MobileNumber.parse("13812345678"),
                LeadSource.WALK_IN, Needs.NONE, shanghai("2026-11-20T10:00:00"), SEED_000).lead();
    }

    @Test
    @DisplayName("LEAD-3: a released lead registered by the next receiver becomes theirs on the same lead, with a new window from today, the page kept; the event carries the new owner and window")
    void reRegistrationAfterRelease() {
        Lead lead = lead();
        lead.logFollowUp("c-1", FollowUp.Channel.PHONE, false, null, null, shanghai("2026-11-21T10:00:00"), SEED_000);
        lead.releaseIfLapsed(shanghai("2026-11-28T00:05:00"), SEED_000);

        List<LeadEvent> events = lead.reRegister("c-2", "王", LeadSource.PHONE, Needs.NONE,
                shanghai("2026-11-29T14:00:00"), SEED_000);

        assertThat(events).singleElement().isInstanceOfSatisfying(LeadEvent.Reassigned.class, e -> {
            assertThat(e.previousOwnerConsultantId()).isEqualTo("c-1");
            assertThat(e.reason()).isEqualTo(LeadEvent.Reassigned.Reason.RE_REGISTERED);
        });
        assertThat(lead.ownerConsultantId()).isEqualTo("c-2");
        assertThat(lead.released()).isFalse();
        assertThat(lead.ownedSince()).isEqualTo(shanghai("2026-11-29T14:00:00"));
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(lead.followUps()).hasSize(1);
        assertThat(lead.registeredAt()).isEqualTo(shanghai("2026-11-20T10:00:00"));
    }

    @Test
    @DisplayName("LEAD-3: a lead lapsed at 00:00 Shanghai but not yet released by the job is released and reassigned in one change (released event with the old owner's window, then the reassignment)")
    void reRegistrationOfALapsedLead() {
        Lead lead = lead();

        List<LeadEvent> events = lead.reRegister("c-2", "王", LeadSource.WALK_IN, Needs.NONE,
                Instant.parse("2026-11-27T16:00:00Z"), SEED_000);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(LeadEvent.Released.class, e -> {
            assertThat(e.formerOwnerConsultantId()).isEqualTo("c-1");
            assertThat(e.protectedUntil()).isEqualTo(LocalDate.of(2026, 11, 27));
        });
        assertThat(events.get(1)).isInstanceOf(LeadEvent.Reassigned.class);
        assertThat(lead.ownerConsultantId()).isEqualTo("c-2");
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    @DisplayName("LEAD-5: a lead still protected at 23:59:59 of its last day (15:59:59 UTC) is not re-registered: that is a collision")
    void protectedLeadIsNotReRegistered() {
        Lead lead = lead();
        Instant lastSecond = Instant.parse("2026-11-27T15:59:59Z");

        assertThat(lead.protectsOwnerAt(lastSecond, SEED_000)).isTrue();
        assertThatThrownBy(() -> lead.reRegister("c-2", "王", LeadSource.WALK_IN, Needs.NONE, lastSecond, SEED_000))
                .isInstanceOf(IllegalStateException.class);
        assertThat(lead.ownerConsultantId()).isEqualTo("c-1");
    }

    @Test
    @DisplayName("LEAD-5: a collision is decided by the rule (the earlier registration, protected when the later one happened, wins) with an evidence timeline of registrations, follow-ups and the protection window, in time order")
    void collisionDecidedByTheRule() {
        Lead lead = lead();
        lead.logFollowUp("c-1", FollowUp.Channel.VISIT, true, "看了样板间", null, shanghai("2026-11-22T15:00:00"),
                SEED_000);
        Instant later = shanghai("2026-11-24T11:00:00");

        Collision collision = Collision.open(lead, "c-2", later, SEED_000).collision();

        assertThat(collision.id()).isEqualTo(Collision.idOf(lead.id(), "c-2", LocalDate.of(2026, 11, 24)));
        assertThat(collision.status()).isEqualTo(Collision.Status.OPEN);
        assertThat(collision.decision().followerConsultantId()).isEqualTo("c-1");
        assertThat(collision.decision().reason()).startsWith("LEAD-5").contains("protected until 2026-11-29");
        assertThat(collision.ownerProtectedUntil()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(collision.timeline()).extracting(Collision.Evidence::kind).containsExactly(
                Collision.Evidence.Kind.REGISTERED, Collision.Evidence.Kind.FOLLOW_UP,
                Collision.Evidence.Kind.PROTECTION_WINDOW, Collision.Evidence.Kind.SECOND_REGISTRATION);
        assertThat(collision.timeline().toString()).doesNotContain("样板间", "13812345678");
        assertThat(collision.overdue(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(collision.overdue(LocalDate.of(2026, 11, 25))).isTrue();
    }

    @Test
    @DisplayName("LEAD-5: the PM confirms the rule's follower, or overrides it only with a reason and only for one of the two consultants; a resolved collision is not resolved again")
    void resolution() {
        Instant later = shanghai("2026-11-24T11:00:00");
        Collision confirmed = Collision.open(lead(), "c-2", later, SEED_000).collision();
        confirmed.resolve("u-pm", null, null, later.plusSeconds(600));
        assertThat(confirmed.resolution().followerConsultantId()).isEqualTo("c-1");
        assertThat(confirmed.resolution().overridden()).isFalse();
        assertThat(confirmed.status()).isEqualTo(Collision.Status.RESOLVED);
        assertThatThrownBy(() -> confirmed.resolve("u-pm", "c-2", "x", later.plusSeconds(900)))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("LEAD-5"));

        Collision overridden = Collision.open(lead(), "c-2", later, SEED_000).collision();
        assertThatThrownBy(() -> overridden.resolve("u-pm", "c-2", " ", later))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> overridden.resolve("u-pm", "c-9", "x", later))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("followerConsultantId"));
        assertThat(overridden.status()).isEqualTo(Collision.Status.OPEN);
        overridden.resolve("u-pm", "c-2", "客户要求换顾问", later);
        assertThat(overridden.resolution().overridden()).isTrue();
        assertThat(overridden.resolution().reason()).isEqualTo("客户要求换顾问");
    }

    @Test
    @DisplayName("LEAD-8: the PM reassigns a lead to another consultant with a new window; reassigning it to its protected owner is refused naming LEAD-8")
    void reassignment() {
        Lead lead = lead();
        Instant now = shanghai("2026-11-23T09:00:00");

        LeadEvent.Reassigned event = lead.reassign("c-3", LeadEvent.Reassigned.Reason.PM_REASSIGNMENT, "u-pm", now,
                SEED_000);

        assertThat(event.previousOwnerConsultantId()).isEqualTo("c-1");
        assertThat(event.by()).isEqualTo("u-pm");
        assertThat(lead.ownerConsultantId()).isEqualTo("c-3");
        assertThat(lead.protectedUntil()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> lead.reassign("c-3", LeadEvent.Reassigned.Reason.PM_REASSIGNMENT, "u-pm", now,
                SEED_000)).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.rule().id()).isEqualTo("LEAD-8"));
    }

    @Test
    @DisplayName("LEAD-5: resolving a resolved collision again naming the same follower is a repeat (completed, not refused); naming the other, or the rule's after an override, is not")
    void repeatedResolution() {
        Instant later = shanghai("2026-11-24T11:00:00");
        Collision collision = Collision.open(lead(), "c-2", later, SEED_000).collision();
        assertThat(collision.repeats("c-2")).isFalse();
        collision.resolve("u-pm", "c-2", "客户要求换顾问", later);

        assertThat(collision.repeats("c-2")).isTrue();
        assertThat(collision.repeats("c-1")).isFalse();
        assertThat(collision.repeats(null)).isFalse();

        Collision confirmed = Collision.open(lead(), "c-2", later, SEED_000).collision();
        confirmed.resolve("u-pm", null, null, later);
        assertThat(confirmed.repeats(null)).isTrue();
        assertThat(confirmed.repeats("c-1")).isTrue();
    }
}
