package com.anchang.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeriodTest {

    static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    @DisplayName("the previous period is the same number of days just before: 1-30 Nov (30 days) compares with 2-31 Oct")
    void previous() {
        Period november = period("2026-11-01", "2026-11-30");

        assertThat(november.days()).isEqualTo(30);
        assertThat(november.previous()).isEqualTo(period("2026-10-02", "2026-10-31"));
        assertThat(period("2026-11-20", "2026-11-20").previous()).isEqualTo(period("2026-11-19", "2026-11-19"));
    }

    @Test
    @DisplayName("a period names the months it touches, both ends included, across a year's end")
    void months() {
        assertThat(period("2026-11-30", "2027-01-01").months())
                .containsExactly(YearMonth.of(2026, 11), YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        assertThat(period("2026-11-30", "2027-01-01").contains(LocalDate.parse("2027-01-01"))).isTrue();
        assertThat(period("2026-11-30", "2027-01-01").contains(LocalDate.parse("2027-01-02"))).isFalse();
    }

    @Test
    @DisplayName("a period that ends before it starts does not exist")
    void backwards() {
        assertThatThrownBy(() -> period("2026-11-02", "2026-11-01")).isInstanceOf(IllegalArgumentException.class);
    }
}
