package com.anchang.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.dashboard.domain.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordingUnitAreaTest {

    static final String OFFICE = "office-1";
    static final Instant MAY_2 = Instant.parse("2026-05-02T02:00:00Z");
    static final Instant MAY_9 = Instant.parse("2026-05-09T02:00:00Z");
    static final Period MAY = new Period(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"));

    final InMemoryOfficeFigures store = new InMemoryOfficeFigures();
    final RecordingUnitArea area = new RecordingUnitArea(new RecordingFigures(store, OfficeZones.DEFAULTS),
            new InMemoryAdditions());

    static Figures reserved(String squareMetres, String list, String price) {
        return Figures.ZERO.plus(Amount.AREA_RESERVED, new BigDecimal(squareMetres))
                .plus(Amount.LIST_RESERVED, new BigDecimal(list)).plus(Amount.PRICE_RESERVED, new BigDecimal(price));
    }

    static Figures contracted(String squareMetres, String list, String price) {
        return Figures.ZERO.plus(Amount.AREA_CONTRACTED, new BigDecimal(squareMetres))
                .plus(Amount.LIST_CONTRACTED, new BigDecimal(list)).plus(Amount.PRICE_CONTRACTED, new BigDecimal(price));
    }

    Figures onDay(Instant at) {
        return store.on(OFFICE, OfficeZones.DEFAULTS.dayOf(OFFICE, at));
    }

    Figures month() {
        return store.totals(List.of(OFFICE), MAY).get(OFFICE);
    }

    @Test
    @DisplayName("a unit reserved before inventory stated its area adds none, and its release takes none off: no day goes below zero")
    void releaseOfAUnitReservedWithoutAreaTakesNothingOff() {
        area.reserved("unit-1", "e1", "dev-1", OFFICE, MAY_2, Figures.ZERO);

        area.released("unit-1", "e2", MAY_9);

        assertThat(onDay(MAY_9).isZero()).isTrue();
        assertThat(month().isZero()).isTrue();
    }

    @Test
    @DisplayName("a unit reserved and contracted, then released: what both added is taken off on the release's day, once however often told")
    void releaseTakesOffWhatWasAdded() {
        area.reserved("unit-1", "e1", "dev-1", OFFICE, MAY_2, reserved("100.00", "3000000.00", "2900000.00"));
        area.contracted("unit-1", "e2", "dev-1", OFFICE, MAY_2, contracted("100.00", "3000000.00", "2900000.00"));

        area.released("unit-1", "e3", MAY_9);
        area.released("unit-1", "e3", MAY_9);

        assertThat(onDay(MAY_2).amount(Amount.AREA_RESERVED)).isEqualByComparingTo("100.00");
        assertThat(onDay(MAY_9).amount(Amount.AREA_RESERVED)).isEqualByComparingTo("-100.00");
        assertThat(onDay(MAY_9).amount(Amount.AREA_CONTRACTED)).isEqualByComparingTo("-100.00");
        assertThat(month().isZero()).as("the month nets to nothing").isTrue();
    }

    @Test
    @DisplayName("a unit reserved without area and contracted with it: its release takes off the contracted area only")
    void onlyTheStepThatAddedAreaIsTakenOff() {
        area.reserved("unit-1", "e1", "dev-1", OFFICE, MAY_2, Figures.ZERO);
        area.contracted("unit-1", "e2", "dev-1", OFFICE, MAY_2, contracted("88.50", "2655000.00", "2600000.00"));

        area.released("unit-1", "e3", MAY_9);

        assertThat(month().isZero()).isTrue();
        assertThat(onDay(MAY_9).amount(Amount.AREA_RESERVED)).isEqualByComparingTo("0.00");
    }

    @Test
    @DisplayName("a unit released and reserved again: the second release takes off the second reservation only")
    void reservedAgainAfterARelease() {
        area.reserved("unit-1", "e1", "dev-1", OFFICE, MAY_2, reserved("100.00", "3000000.00", "2900000.00"));
        area.released("unit-1", "e2", MAY_2);
        area.reserved("unit-1", "e3", "dev-1", OFFICE, MAY_9, reserved("100.00", "3000000.00", "2800000.00"));

        assertThat(month().amount(Amount.AREA_RESERVED)).isEqualByComparingTo("100.00");
        assertThat(month().amount(Amount.PRICE_RESERVED)).isEqualByComparingTo("2800000.00");
        area.released("unit-1", "e4", MAY_9);
        assertThat(month().isZero()).isTrue();
    }
}
