package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.lead.domain.rotation.CallOffer;
import com.anchang.support.problem.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** LEAD-9: violations on the domain. */
class ViolationTest {

    static final ProtectionPolicy SEED_000 = ProtectionPolicy.inactivity(7, ZoneId.of("Asia/Shanghai"));
    static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @Test
    @DisplayName("ROT-10 + LEAD-9: a call is grabbed by the one it was offered to only if they declined it and take it at or after the window opens")
    void grabbedCall() {
        CallOffer offer = new CallOffer("2026-11-23-c1", "a", NOW, NOW.plusSeconds(15), 1, "why", List.of(), "hotline");

        assertThat(offer.grabbedBy("a", NOW.plusSeconds(20))).isFalse();
        CallOffer declined = offer.declined(NOW.plusSeconds(2));
        assertThat(declined.declined(NOW.plusSeconds(9)).declinedAt()).isEqualTo(NOW.plusSeconds(2));
        assertThat(declined.grabbedBy("a", NOW.plusSeconds(14))).isFalse();
        assertThat(declined.grabbedBy("a", NOW.plusSeconds(15))).isTrue();
        assertThat(declined.grabbedBy("b", NOW.plusSeconds(20))).isFalse();
    }

    @Test
    @DisplayName("LEAD-5 + LEAD-9: a violation recorded with a collision's resolution is against the consultant who lost; the credit goes to the follower named; one per collision")
    void fromCollision() {
        Lead lead = Lead.register("dev-1", "office-1", "c-1", "王先生", MobileNumber.parse("13812345678"),
                LeadSource.WALK_IN, Needs.NONE, NOW.minusSeconds(86_400), SEED_000).lead();
        Collision confirmed = Collision.open(lead, "c-2", NOW, SEED_000).collision();
        confirmed.resolve("u-pm", null, null, NOW);
        Violation grabbing = Violation.fromCollision(confirmed, Violation.Kind.GRABBING, "u-pm", NOW, DAY);
        assertThat(grabbing.offenderConsultantId()).isEqualTo("c-2");
        assertThat(grabbing.rightfulOwnerConsultantId()).isEqualTo("c-1");
        assertThat(grabbing.leadId()).isEqualTo(lead.id());
        assertThat(grabbing.id()).isEqualTo("violation-" + confirmed.id());

        Collision overridden = Collision.open(lead, "c-2", NOW, SEED_000).collision();
        overridden.resolve("u-pm", "c-2", "原顾问改名抢客", NOW);
        Violation renaming = Violation.fromCollision(overridden, Violation.Kind.RENAMING, "u-pm", NOW, DAY);
        assertThat(renaming.offenderConsultantId()).isEqualTo("c-1");
        assertThat(renaming.rightfulOwnerConsultantId()).isEqualTo("c-2");
        assertThat(renaming.evidence()).contains("原顾问改名抢客");
    }

    @Test
    @DisplayName("LEAD-9: a violation recorded by hand needs evidence and an offender who is not the rightful owner (400 naming the field)")
    void byPm() {
        assertThatThrownBy(() -> Violation.byPm("dev-1", "office-1", "lead-1", "c-2", "c-1",
                Violation.Kind.UNIT_FLIPPING, " ", "u-pm", NOW, DAY, "violation-1"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("evidence"));
        assertThatThrownBy(() -> Violation.byPm("dev-1", "office-1", "lead-1", "c-1", "c-1",
                Violation.Kind.UNIT_FLIPPING, "炒房号", "u-pm", NOW, DAY, "violation-1"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("rightfulOwner"));
        Violation v = Violation.byPm("dev-1", "office-1", "lead-1", "c-2", "c-1", Violation.Kind.UNIT_FLIPPING,
                " 转卖房号给外部客户 ", "u-pm", NOW, DAY, "violation-1");
        assertThat(v.evidence()).isEqualTo("转卖房号给外部客户");
        assertThat(v.origin()).isEqualTo("PM");
    }
}
