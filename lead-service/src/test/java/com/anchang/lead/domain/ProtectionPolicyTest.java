package com.anchang.lead.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProtectionPolicyTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ProtectionPolicy SEED_000 = ProtectionPolicy.inactivity(7, SHANGHAI);
    static final ProtectionPolicy SEED_002 = ProtectionPolicy.window(15, 30, 30, SHANGHAI);

    static Instant shanghai(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
    }

    @Test
    @DisplayName("LEAD-3: registered at 23:59 Shanghai on the 20th, the clock starts on the 21st: protected through the 27th, released on the 28th")
    void lateEveningRegistration() {
        Instant registeredAt = shanghai("2026-11-20T23:59:00");

        LocalDate until = SEED_000.protectedUntil(registeredAt, LeadSource.WALK_IN);
        assertThat(until).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(ProtectionPolicy.releasedOn(until)).isEqualTo(LocalDate.of(2026, 11, 28));
    }

    @Test
    @DisplayName("LEAD-3: registered at 00:01 Shanghai on the 21st (still the 20th in UTC), protected through the 28th")
    void justAfterMidnightRegistration() {
        Instant registeredAt = shanghai("2026-11-21T00:01:00");
        assertThat(registeredAt).isEqualTo(Instant.parse("2026-11-20T16:01:00Z"));

        LocalDate until = SEED_000.protectedUntil(registeredAt, LeadSource.WALK_IN);
        assertThat(until).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(ProtectionPolicy.releasedOn(until)).isEqualTo(LocalDate.of(2026, 11, 29));
    }

    @Test
    @DisplayName("LEAD-3: the lead is protected until 23:59:59 of day 7 (office zone) and released at 00:00 of day 8, which is 16:00 UTC of day 7")
    void dayBoundaries() {
        LocalDate until = SEED_000.protectedUntil(shanghai("2026-11-20T10:15:00"), LeadSource.WALK_IN);

        assertThat(SEED_000.protects(until, shanghai("2026-11-27T23:59:59"))).isTrue();
        assertThat(SEED_000.protects(until, Instant.parse("2026-11-27T15:59:59Z"))).isTrue();
        assertThat(SEED_000.protects(until, shanghai("2026-11-28T00:00:00"))).isFalse();
        assertThat(SEED_000.protects(until, Instant.parse("2026-11-27T16:00:00Z"))).isFalse();
    }

    @Test
    @DisplayName("LEAD-3: the countdown counts whole office days after today: 7 on the registration day, 0 on the last protected day, -1 on the release day")
    void daysLeft() {
        LocalDate until = SEED_000.protectedUntil(shanghai("2026-11-20T10:15:00"), LeadSource.WALK_IN);

        assertThat(SEED_000.daysLeft(until, shanghai("2026-11-20T23:59:59"))).isEqualTo(7);
        assertThat(SEED_000.daysLeft(until, shanghai("2026-11-27T00:00:00"))).isZero();
        assertThat(SEED_000.daysLeft(until, shanghai("2026-11-28T00:00:00"))).isEqualTo(-1);
    }

    @Test
    @DisplayName("LEAD-3 seed 000: a counted follow-up restarts the 7 days from the day after it, never shortening the window")
    void inactivityRestartsAfterAFollowUp() {
        LocalDate until = LocalDate.of(2026, 11, 27);

        assertThat(SEED_000.extendedUntil(until, shanghai("2026-11-25T09:00:00"), false))
                .isEqualTo(LocalDate.of(2026, 12, 2));
        // 23:30 UTC on the 24th is already the 25th in Shanghai
        assertThat(SEED_000.extendedUntil(until, Instant.parse("2026-11-24T23:30:00Z"), false))
                .isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(SEED_000.extendedUntil(LocalDate.of(2026, 12, 30), shanghai("2026-11-25T09:00:00"), false))
                .isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    @DisplayName("LEAD-3 seed 002: phone leads are protected 15 days, visit leads 30 days; each counted follow-up adds 30 days, once per office day")
    void seed002Windows() {
        Instant registeredAt = shanghai("2026-11-20T10:15:00");

        assertThat(SEED_002.protectedUntil(registeredAt, LeadSource.PHONE)).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(SEED_002.protectedUntil(registeredAt, LeadSource.WALK_IN)).isEqualTo(LocalDate.of(2026, 12, 20));
        assertThat(SEED_002.extendedUntil(LocalDate.of(2026, 12, 5), shanghai("2026-11-22T10:00:00"), false))
                .isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(SEED_002.extendedUntil(LocalDate.of(2026, 12, 5), shanghai("2026-11-22T10:00:00"), true))
                .isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    @DisplayName("LEAD-3: effective follow-ups count; an unanswered call counts only where the office's policy flag says so; another channel's ineffective follow-up never does")
    void whatCounts() {
        ProtectionPolicy counting = SEED_000.countingUnansweredCalls(true);

        assertThat(SEED_000.counts(FollowUp.Channel.WECHAT, true)).isTrue();
        assertThat(SEED_000.counts(FollowUp.Channel.PHONE, false)).isFalse();
        assertThat(counting.counts(FollowUp.Channel.PHONE, false)).isTrue();
        assertThat(counting.counts(FollowUp.Channel.WECHAT, false)).isFalse();
    }

    @Test
    @DisplayName("LEAD-3: an office with another zone counts its own days (a registration at 20:00 UTC is the next day in Shanghai, the same day in London)")
    void zoneIsOfficePolicy() {
        Instant registeredAt = Instant.parse("2026-11-20T20:00:00Z");
        ProtectionPolicy london = ProtectionPolicy.inactivity(7, ZoneId.of("Europe/London"));

        assertThat(SEED_000.protectedUntil(registeredAt, LeadSource.WALK_IN)).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(london.protectedUntil(registeredAt, LeadSource.WALK_IN)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    @DisplayName("LEAD-3: a policy without protection days is refused")
    void needsAtLeastOneDay() {
        assertThatThrownBy(() -> ProtectionPolicy.inactivity(0, SHANGHAI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProtectionPolicy.window(15, 30, 0, SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
