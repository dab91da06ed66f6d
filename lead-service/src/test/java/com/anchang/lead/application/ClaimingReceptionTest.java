package com.anchang.lead.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.lead.application.rotation.InMemoryReceptionDays;
import com.anchang.lead.application.rotation.OfficeDay;
import com.anchang.lead.application.rotation.RotatingReception;
import com.anchang.lead.application.rotation.RotatingReception.ActingFor;
import com.anchang.lead.application.rotation.RotationChanges;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.lead.domain.Registration;
import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.CoverKind;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.RotationPolicy;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import com.anchang.support.test.MovingClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LEAD-2 (首接制, no log, no claim): a registration names the reception the rotation logged for its consultant. */
class ClaimingReceptionTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final MovingClock clock = new MovingClock(Instant.parse("2026-11-23T02:00:00Z"));
    final InMemoryReceptionDays days = new InMemoryReceptionDays();
    final RotatingReception rotating = new RotatingReception(days,
            new OfficeDay(officeId -> new RotationPolicy(Duration.ofSeconds(15), SHANGHAI), clock), RotationChanges.NONE);
    final ClaimingReception claiming = new ClaimingReception(days);

    static Caller consultant(String userId) {
        return new Caller(userId, userId, "dev-1", Map.of("office-1", Set.of(Caller.CONSULTANT)), Set.of(), true);
    }

    /** a and b check in; the desk gives the next walk-in, which goes to a (ROT-3). */
    Assignment walkInForA() {
        rotating.checkIn(consultant("a"), "office-1");
        rotating.checkIn(consultant("b"), "office-1");
        return rotating.next(consultant("a"), "office-1", Queue.WALK_IN, "walk-in").assignment();
    }

    static String refusedRule(Runnable claim) {
        try {
            claim.run();
        } catch (RuleRefusedException e) {
            return e.rule().id();
        }
        throw new AssertionError("the claim was accepted");
    }

    @Test
    @DisplayName("LEAD-2: a customer registered from the walk-in the rotation gave the consultant is linked to that logged reception")
    void linkedToTheReception() {
        Assignment walkIn = walkInForA();
        assertThat(walkIn.consultantId()).isEqualTo("a");

        String claimed = claiming.claim(consultant("a"), "office-1", walkIn.id());
        Lead lead = Lead.register("dev-1", "office-1", "a", "王先生", MobileNumber.parse("13812345678"),
                LeadSource.WALK_IN, Needs.NONE, clock.instant(), ProtectionPolicy.inactivity(7, SHANGHAI),
                new Registration(Registration.Kind.REGISTRATION, null, null, Registration.Consent.VERBAL)
                        .fromReception(claimed), null).getFirst().lead();

        assertThat(lead.registration().receptionId()).isEqualTo(walkIn.id());
        assertThat(lead.ownerConsultantId()).isEqualTo("a");
    }

    @Test
    @DisplayName("LEAD-2: no log, no claim: a reception the office never logged, one of another day, or a colleague's, is refused naming LEAD-2")
    void noLogNoClaim() {
        Assignment walkIn = walkInForA();

        assertThat(refusedRule(() -> claiming.claim(consultant("b"), "office-1", walkIn.id()))).isEqualTo("LEAD-2");
        assertThat(refusedRule(() -> claiming.claim(consultant("a"), "office-1", "2026-11-23-r99"))).isEqualTo("LEAD-2");
        assertThat(refusedRule(() -> claiming.claim(consultant("a"), "office-1", "2026-11-22-r1"))).isEqualTo("LEAD-2");
        assertThat(refusedRule(() -> claiming.claim(consultant("a"), "office-1", "not-a-reception"))).isEqualTo("LEAD-2");
        assertThat(refusedRule(() -> claiming.claim(consultant("a"), "office-2", walkIn.id()))).isEqualTo("LEAD-2");
    }

    @Test
    @DisplayName("LEAD-2 with ROT-7: the visitor handed to the owner they already had is the owner's to register from the owner's reception, not the receiver's")
    void handedOver() {
        Assignment walkIn = walkInForA();
        Assignment owners = rotating.handToOwner(consultant("a"), "office-1", "b", ActingFor.SELF).assignment();

        assertThatThrownBy(() -> claiming.claim(consultant("a"), "office-1", walkIn.id()))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("LEAD-2");
                    assertThat(e.getMessage()).contains("ROT-7");
                });
        assertThat(claiming.claim(consultant("b"), "office-1", owners.id())).isEqualTo(owners.id());
    }

    @Test
    @DisplayName("LEAD-2 with ROT-8: covering for a colleague's customer gives no claim on them; a visitor taken for no buyer still may be registered by whoever received them")
    void covered() {
        Assignment walkIn = walkInForA();
        rotating.cover(consultant("a"), "office-1", CoverKind.COLLEAGUES_CUSTOMER, ActingFor.SELF);

        assertThat(refusedRule(() -> claiming.claim(consultant("a"), "office-1", walkIn.id()))).isEqualTo("LEAD-2");

        rotating.finish(consultant("a"), "office-1", "left", ActingFor.SELF);
        Assignment next = rotating.next(consultant("a"), "office-1", Queue.WALK_IN, "walk-in").assignment();
        rotating.cover(consultant(next.consultantId()), "office-1", CoverKind.NOT_A_BUYER, ActingFor.SELF);
        assertThat(claiming.claim(consultant(next.consultantId()), "office-1", next.id())).isEqualTo(next.id());
    }
}
