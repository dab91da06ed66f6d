package com.anchang.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscountTest {

    static final Instant T0 = Instant.parse("2026-11-20T06:03:07Z");

    static Unit held() {
        Unit unit = UnitTest.available();
        unit.hold("deal-1", "c-1", "王先生", T0, new SalesControlPolicy(Duration.ofHours(48)));
        return unit;
    }

    static void refused(String rule, Runnable r) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo(rule));
    }

    @Test
    @DisplayName("UNIT-4: a requested discount waits; the PM's approval attaches it to the hold with who, when and why, and the deal's price drops")
    void approvedDiscountAttachesToHold() {
        Unit unit = held();
        unit.requestDiscount("deal-1", new BigDecimal("30000.00"), "full payment", "c-1", T0.plusSeconds(60));
        assertThat(unit.dealPrice()).isEqualByComparingTo("3256800.00");

        UnitEvent.DiscountApproved approved = unit.approveDiscount("u-pm", "ok this month", T0.plusSeconds(120));

        Discount d = unit.hold().discount();
        assertThat(d.decision()).isEqualTo(Discount.Decision.APPROVED);
        assertThat(d.decidedBy()).isEqualTo("u-pm");
        assertThat(d.decidedAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(d.requestedBy()).isEqualTo("c-1");
        assertThat(approved.dealId()).isEqualTo("deal-1");
        assertThat(unit.dealPrice()).isEqualByComparingTo("3226800.00");
        refused("UNIT-4", () -> unit.requestDiscount("deal-1", new BigDecimal("1.00"), "more", "c-1", T0));
        refused("UNIT-4", () -> unit.rejectDiscount("u-pm", "changed my mind", T0));
    }

    @Test
    @DisplayName("UNIT-4: a rejected discount leaves the list price; a new one may be asked for")
    void rejectedDiscount() {
        Unit unit = held();
        unit.requestDiscount("deal-1", new BigDecimal("30000.00"), "r", "c-1", T0);

        unit.rejectDiscount("u-pm", "too much", T0.plusSeconds(1));

        assertThat(unit.hold().discount().decision()).isEqualTo(Discount.Decision.REJECTED);
        assertThat(unit.dealPrice()).isEqualByComparingTo("3256800.00");
        unit.requestDiscount("deal-1", new BigDecimal("10000.00"), "less", "c-1", T0.plusSeconds(2));
        assertThat(unit.hold().discount().decision()).isEqualTo(Discount.Decision.PENDING);
    }

    @Test
    @DisplayName("UNIT-4: no discount without a hold of that deal, none to decide without a request, none that leaves no price")
    void refusals() {
        refused("UNIT-4", () -> UnitTest.available().requestDiscount("deal-1", BigDecimal.TEN, "r", "c-1", T0));
        refused("UNIT-4", () -> held().requestDiscount("deal-2", BigDecimal.TEN, "r", "c-1", T0));
        refused("UNIT-4", () -> held().approveDiscount("u-pm", "r", T0));
        assertThatThrownBy(() -> held().requestDiscount("deal-1", new BigDecimal("3256800.00"), "r", "c-1", T0))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("list price"));
        assertThatThrownBy(() -> held().requestDiscount("deal-1", new BigDecimal("-1.00"), "r", "c-1", T0))
                .isInstanceOf(InvalidInputException.class);
    }
}
