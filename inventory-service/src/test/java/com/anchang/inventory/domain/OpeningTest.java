package com.anchang.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpeningTest {

    static final Instant OPENS = Instant.parse("2026-11-22T02:00:00Z");
    static final SalesControlPolicy POLICY = new SalesControlPolicy(Duration.ofHours(48), 2);

    @Test
    @DisplayName("OPEN-1: a unit of an opening takes no hold before the opening's time, naming the opening; at the time it does")
    void noHoldBeforeOpening() {
        Unit unit = UnitTest.available();
        unit.includeIn("opn-1", OPENS);

        assertThatThrownBy(() -> unit.hold("deal-1", "c-1", "b", OPENS.minusMillis(1), POLICY))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("OPEN-1");
                    assertThat(e.getMessage()).isEqualTo("unit 3-1802 goes on sale in opening opn-1 at 2026-11-22 02:00:00 UTC, not before");
                });
        unit.hold("deal-1", "c-1", "b", OPENS, POLICY, "opn-1|b|1");
        assertThat(unit.hold().quotaSlot()).isEqualTo("opn-1|b|1");
    }

    @Test
    @DisplayName("OPEN-1: a withheld unit joins an opening as available; a held unit, or one of another opening, is refused")
    void whoJoinsAnOpening() {
        Unit withheld = UnitTest.available();
        withheld.withhold("for the opening", "u-pm", OPENS.minusSeconds(86400));
        withheld.includeIn("opn-1", OPENS);
        assertThat(withheld.status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(withheld.onSaleFrom()).isEqualTo(OPENS);

        Unit held = UnitTest.available();
        held.hold("deal-1", "c-1", "b", OPENS, POLICY);
        assertThatThrownBy(() -> held.includeIn("opn-1", OPENS)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.rule().id()).isEqualTo("OPEN-1"));
        assertThatThrownBy(() -> withheld.includeIn("opn-2", OPENS)).hasMessageContaining("already in opening opn-1");
    }

    @Test
    @DisplayName("OPEN-2: an opening names each unit once and lets each buyer hold at least one")
    void openingInput() {
        assertThatThrownBy(() -> Opening.open("d", "o", "首开", List.of("u1", "u1"), OPENS, 2, "u-pm", OPENS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("unitIds"));
        assertThatThrownBy(() -> Opening.open("d", "o", "首开", List.of("u1"), OPENS, 0, "u-pm", OPENS))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("quotaPerBuyer"));
        assertThat(Opening.open("d", "o", "首开", List.of("u1", "u2"), OPENS, 2, "u-pm", OPENS).id()).startsWith("opn-");
    }
}
