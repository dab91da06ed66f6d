package com.anchang.lead.application.rotation;

import com.anchang.support.test.MovingClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.lead.domain.rotation.CallOffer;
import com.anchang.lead.domain.rotation.RotationPolicy;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ROT-10 through the use cases, time from the injected clock, which the test moves (no sleeping). */
class AnswerWindowTest {

    final MovingClock clock = new MovingClock(Instant.parse("2026-11-23T02:00:00Z"));
    final InMemoryReceptionDays days = new InMemoryReceptionDays();
    /** office-1 answers within the default 15 s; office-2's policy gives 30 s. */
    final OfficeDay officeDay = new OfficeDay(officeId -> new RotationPolicy(
            Duration.ofSeconds("office-2".equals(officeId) ? 30 : 15), ZoneId.of("Asia/Shanghai")), clock);
    final RotatingReception rotating = new RotatingReception(days, officeDay, RotationChanges.NONE);

    static Caller consultant(String userId, String officeId) {
        return new Caller(userId, userId, "dev-1", Map.of(officeId, Set.of(Caller.CONSULTANT)), Set.of(), true);
    }

    static Caller salesControl(String officeId) {
        return new Caller("u-sc", "u-sc", "dev-1", Map.of(officeId, Set.of(Caller.SALES_CONTROL)), Set.of(), true);
    }

    CallOffer ring(String officeId) {
        rotating.checkIn(consultant("a", officeId), officeId);
        rotating.checkIn(consultant("b", officeId), officeId);
        return rotating.offerCall(salesControl(officeId), officeId, "hotline").offer();
    }

    @Test
    @DisplayName("ROT-10: within the office's answer window (default 15 s) only the head may take the call; when the clock passes it, a colleague takes it and is recorded")
    void defaultWindow() {
        CallOffer offer = ring("office-1");
        assertThat(offer.offeredTo()).isEqualTo("a");

        clock.advance(Duration.ofSeconds(14));
        assertThatThrownBy(() -> rotating.takeCall(consultant("b", "office-1"), "office-1", offer.id(),
                RotatingReception.ActingFor.SELF)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.rule().id()).isEqualTo("ROT-10"));

        clock.advance(Duration.ofSeconds(1));
        RotatingReception.Change taken = rotating.takeCall(consultant("b", "office-1"), "office-1", offer.id(),
                RotatingReception.ActingFor.SELF);
        assertThat(taken.assignment().consultantId()).isEqualTo("b");
        assertThat(taken.assignment().rule().id()).isEqualTo("ROT-10");
        assertThat(taken.assignment().assignedAt()).isEqualTo(offer.offeredAt().plusSeconds(15));
        assertThat(taken.day().skips()).anyMatch(s -> s.consultantId().equals("a") && s.rule().id().equals("ROT-10"));
    }

    @Test
    @DisplayName("ROT-10: the answer window is the office's policy: 30 s at office-2, so a colleague is still refused after 20 s")
    void windowIsOfficePolicy() {
        CallOffer offer = ring("office-2");
        assertThat(offer.openAt()).isEqualTo(offer.offeredAt().plusSeconds(30));
        clock.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> rotating.takeCall(consultant("b", "office-2"), "office-2", offer.id(),
                RotatingReception.ActingFor.SELF)).isInstanceOf(RuleRefusedException.class);
        RotatingReception.Change answered = rotating.takeCall(consultant("a", "office-2"), "office-2", offer.id(),
                RotatingReception.ActingFor.SELF);
        assertThat(answered.assignment().rule().id()).isEqualTo("ROT-3");
    }
}
