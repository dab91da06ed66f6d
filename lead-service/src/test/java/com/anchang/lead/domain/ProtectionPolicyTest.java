package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProtectionPolicyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ProtectionPolicy SEED_000 = new ProtectionPolicy(7, SHANGHAI);

    static Instant shanghai(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }

    @Test
    @DisplayName("LEAD-3: registered at 23:59 Shanghai on the 20th, the clock starts on the 21st: protected through the 27th, released on the 28th")
    void lateEveningRegistration() {
        Instant registeredAt = shanghai("2026-11-20T23:59:00");

        assertThat(SEED_000.protectedUntil(registeredAt)).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(SEED_000.releasedOn(registeredAt)).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    @DisplayName("LEAD-3: registered at 00:01 Shanghai on the 21st (still the 20th in UTC), protected through the 28th")
    void justAfterMidnightRegistration() {
        Instant registeredAt = shanghai("2026-11-21T00:01:00");
        assertThat(registeredAt).isEqualTo(Instant.parse("2026-11-20T16:01:00Z"));

        assertThat(SEED_000.protectedUntil(registeredAt)).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(SEED_000.releasedOn(registeredAt)).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    @DisplayName("LEAD-3: the lead is protected until 23:59:59 of day 7 (office zone) and released at 00:00 of day 8")
    void dayBoundaries() {
        Instant registeredAt = shanghai("2026-11-20T10:15:00");

        assertThat(SEED_000.protects(registeredAt, shanghai("2026-11-27T23:59:59"))).isTrue();
        assertThat(SEED_000.protects(registeredAt, shanghai("2026-11-28T00:00:00"))).isFalse();
    }

    @Test
    @DisplayName("LEAD-3: an office with another policy (seed 002, 15 days for phone leads) protects longer")
    void otherOfficePolicy() {
        ProtectionPolicy fifteenDays = new ProtectionPolicy(15, SHANGHAI);
        assertThat(fifteenDays.protectedUntil(shanghai("2026-11-20T10:15:00"))).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    @DisplayName("LEAD-3: a policy without protection days is refused")
    void needsAtLeastOneDay() {
        assertThatThrownBy(() -> new ProtectionPolicy(0, SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
    }
}
