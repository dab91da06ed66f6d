package com.anchang.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.RuleRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** UNIT-1 (status machine, 控房, cancellation) and UNIT-3 (expiry) on the unit itself. */
class UnitStatusMachineTest {

    static final Instant T0 = Instant.parse("2026-11-20T06:03:07Z");
    static final SalesControlPolicy POLICY = new SalesControlPolicy(Duration.ofHours(48));

    static Unit available() {
        return UnitTest.available();
    }

    static void refused(String rule, Runnable transition) {
        assertThatThrownBy(transition::run)
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo(rule));
    }

    @Test
    @DisplayName("UNIT-1: the PM withholds an available unit with a reason (控房), and a hold on it is refused naming UNIT-1 and the reason")
    void withholdThenHoldRefused() {
        Unit unit = available();

        UnitEvent.Withheld withheld = unit.withhold("kept for the developer", "u-pm", T0);

        assertThat(unit.status()).isEqualTo(UnitStatus.WITHHELD);
        assertThat(withheld.withholding()).isEqualTo(new Withholding("kept for the developer", "u-pm", T0));
        assertThatThrownBy(() -> unit.hold("deal-1", "c-1", "b", T0, POLICY))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("UNIT-1");
                    assertThat(e.getMessage()).isEqualTo("unit 3-1802 is withheld from sale (控房): kept for the developer");
                });
    }

    @Test
    @DisplayName("UNIT-1: a released withheld unit is AVAILABLE again and can be held")
    void releaseWithheld() {
        Unit unit = available();
        unit.withhold("r", "u-pm", T0);

        UnitEvent.Released released = unit.release("second batch", "u-pm", T0.plusSeconds(60));

        assertThat(unit.status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(unit.withholding()).isNull();
        assertThat(released.fromStatus()).isEqualTo(UnitStatus.WITHHELD);
        assertThat(released.dealId()).isNull();
        unit.hold("deal-1", "c-1", "b", T0.plusSeconds(61), POLICY);
        assertThat(unit.status()).isEqualTo(UnitStatus.HELD);
    }

    @Test
    @DisplayName("UNIT-1: only an available unit is withheld, only a withheld unit is released")
    void withholdAndReleaseRefusals() {
        Unit held = available();
        held.hold("deal-1", "c-1", "b", T0, POLICY);
        refused("UNIT-1", () -> held.withhold("r", "u-pm", T0));
        refused("UNIT-1", () -> held.release("r", "u-pm", T0));
        refused("UNIT-1", () -> available().release("r", "u-pm", T0));
        Unit withheld = available();
        withheld.withhold("r", "u-pm", T0);
        refused("UNIT-1", () -> withheld.withhold("again", "u-pm", T0));
        assertThat(held.status()).isEqualTo(UnitStatus.HELD);
    }

    @Test
    @DisplayName("UNIT-1: HELD → RESERVED → CONTRACTED for one deal; contracting an unreserved unit or another deal's is refused")
    void reserveThenContract() {
        Unit unit = available();
        unit.hold("deal-1", "c-1", "b", T0, POLICY);
        refused("UNIT-1", () -> unit.contract("deal-1", T0));
        unit.reserve("deal-1", T0);
        refused("UNIT-1", () -> unit.contract("deal-2", T0));

        UnitEvent.Contracted contracted = unit.contract("deal-1", T0.plusSeconds(3600));

        assertThat(unit.status()).isEqualTo(UnitStatus.CONTRACTED);
        assertThat(contracted.dealId()).isEqualTo("deal-1");
    }

    @Test
    @DisplayName("UNIT-1: cancelling the deal puts a held, reserved or contracted unit back on sale; another deal's cancel is refused")
    void cancellationReturnsToAvailable() {
        Consumer<Unit> held = u -> u.hold("deal-1", "c-1", "b", T0, POLICY);
        Consumer<Unit> reserved = held.andThen(u -> u.reserve("deal-1", T0));
        Consumer<Unit> contracted = reserved.andThen(u -> u.contract("deal-1", T0));
        for (Consumer<Unit> state : java.util.List.of(held, reserved, contracted)) {
            Unit unit = available();
            state.accept(unit);
            UnitStatus before = unit.status();
            refused("UNIT-1", () -> unit.cancel("deal-2", "wrong deal", "u-pm", T0));

            UnitEvent.Released released = unit.cancel("deal-1", "buyer withdrew", "u-pm", T0);

            assertThat(unit.status()).isEqualTo(UnitStatus.AVAILABLE);
            assertThat(unit.hold()).isNull();
            assertThat(unit.reservedForDeal()).isNull();
            assertThat(released.fromStatus()).isEqualTo(before);
            assertThat(released.dealId()).isEqualTo("deal-1");
        }
        refused("UNIT-1", () -> available().cancel("deal-1", "r", "u-pm", T0));
    }

    @Test
    @DisplayName("UNIT-3: a hold expires at its deadline, not before; expiring again, or after a reservation, does nothing")
    void holdExpiresOnce() {
        Unit unit = available();
        unit.hold("deal-1", "c-1", "b", T0, POLICY);
        Instant deadline = T0.plus(Duration.ofHours(48));

        assertThat(unit.expire(deadline.minusMillis(1))).isEmpty();
        UnitEvent.HoldExpired expired = unit.expire(deadline).orElseThrow();

        assertThat(unit.status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(expired.hold().dealId()).isEqualTo("deal-1");
        assertThat(unit.expire(deadline.plusSeconds(1))).isEmpty();

        Unit reserved = available();
        reserved.hold("deal-2", "c-1", "b", T0, POLICY);
        reserved.reserve("deal-2", T0);
        assertThat(reserved.expire(deadline.plusSeconds(1))).isEmpty();
        assertThat(reserved.status()).isEqualTo(UnitStatus.RESERVED);
    }
}
