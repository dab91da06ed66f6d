package com.anchang.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.test.Aggregates;
import com.anchang.support.problem.RuleRefusedException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UnitTest {

    static final Instant T0 = Instant.parse("2026-11-20T06:03:07Z");
    static final SalesControlPolicy POLICY = new SalesControlPolicy(Duration.ofHours(48));

    static Unit available() {
        return Unit.catalogue("dev-1", "office-1", "proj-1", "bld-1", "3",
                new UnitSpec(18, 2, "3室2厅2卫", new BigDecimal("118.50"), new BigDecimal("95.20"), "南",
                        new BigDecimal("3256800.00")));
    }

    static Unit withStatus(UnitStatus status) {
        Unit u = available();
        return Unit.restore(u.id(), u.developerId(), u.officeId(), u.projectId(), u.buildingId(), u.code(), u.spec(), status,
                null, null, 0);
    }

    @Test
    @DisplayName("UNIT-1: a catalogued unit is AVAILABLE and named building-floor-number")
    void cataloguedUnitIsAvailable() {
        Unit unit = available();
        assertThat(unit.status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(unit.code()).isEqualTo("3-1802");
        assertThat(unit.id()).isEqualTo("bld-1-1802");
        assertThat(unit.spec().pricePerSquareMetre()).isEqualByComparingTo("27483.54");
    }

    @Test
    @DisplayName("UNIT-2: the first deposit holds the unit for its deal until the office's hold lifetime lapses")
    void firstDepositHolds() {
        Unit unit = available();

        UnitEvent.Held held = unit.hold("deal-1", "c-1", "王先生", T0, POLICY);

        assertThat(unit.status()).isEqualTo(UnitStatus.HELD);
        assertThat(held.hold().dealId()).isEqualTo("deal-1");
        assertThat(held.hold().expiresAt()).isEqualTo(T0.plus(Duration.ofHours(48)));
    }

    @Test
    @DisplayName("UNIT-2: a second deposit on a held unit is refused, naming when it was held")
    void secondDepositRefused() {
        Unit unit = available();
        unit.hold("deal-1", "c-1", "王先生", T0, POLICY);

        assertThatThrownBy(() -> unit.hold("deal-2", "c-2", "李女士", T0.plusSeconds(1), POLICY))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("UNIT-2");
                    assertThat(e.getMessage()).isEqualTo("unit 3-1802 was held by another deal at 2026-11-20 06:03:07 UTC");
                });
        assertThat(unit.hold().dealId()).isEqualTo("deal-1");
    }

    @Test
    @DisplayName("UNIT-1: a withheld unit (控房) cannot be held")
    void withheldCannotBeHeld() {
        assertThatThrownBy(() -> withStatus(UnitStatus.WITHHELD).hold("deal-1", "c-1", "b", T0, POLICY))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("UNIT-1"));
    }

    @Test
    @DisplayName("UNIT-2: a reserved or contracted unit is never held again")
    void reservedOrContractedCannotBeHeld() {
        for (UnitStatus status : new UnitStatus[] {UnitStatus.RESERVED, UnitStatus.CONTRACTED}) {
            assertThatThrownBy(() -> withStatus(status).hold("deal-9", "c-1", "b", T0, POLICY))
                    .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("UNIT-2"));
        }
    }

    @Test
    @DisplayName("UNIT-1: the formal deposit of the holding deal reserves the unit; another deal's is refused")
    void reserveOnlyForHoldingDeal() {
        Unit unit = available();
        unit.hold("deal-1", "c-1", "王先生", T0, POLICY);

        assertThatThrownBy(() -> unit.reserve("deal-2", T0))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("UNIT-2"));
        unit.reserve("deal-1", T0.plusSeconds(60));

        assertThat(unit.status()).isEqualTo(UnitStatus.RESERVED);
        assertThat(unit.reservedForDeal()).isEqualTo("deal-1");
    }

    @Test
    @DisplayName("UNIT-2: an available unit cannot be reserved without a hold")
    void noReserveWithoutHold() {
        assertThatThrownBy(() -> available().reserve("deal-1", T0)).isInstanceOf(RuleRefusedException.class);
    }

    @Test
    @DisplayName("a price list with two lines for one unit is refused")
    void duplicateUnitRefused() {
        UnitSpec spec = available().spec();
        assertThatThrownBy(() -> Building.catalogue("d", "o", "p", "3", java.util.List.of(spec, spec)))
                .hasMessageContaining("duplicates unit 2 on floor 18");
    }

    @Test
    @DisplayName("UNIT-1/UNIT-2: a unit is rebuilt from storage by Unit.restore only; no public constructor or setter puts a status in place past the rules")
    void rebuiltOnlyByRestore() {
        Aggregates.assertNoBackDoor(Unit.class);
    }
}
