package com.anchang.support.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SimulatedClockTest {

    static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    /** Real time, as the clock measures it, moved by the test. */
    final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    void realTimePasses(Duration elapsed) {
        nanos.addAndGet(elapsed.toNanos());
    }

    @Test
    @DisplayName("a simulated clock reads its start, then runs forward at the pace of real time")
    void runsForwardFromItsStart() {
        SimulatedClock clock = SimulatedClock.startingAt(START, nanos::get);
        assertThat(clock.instant()).isEqualTo(START);

        realTimePasses(Duration.ofSeconds(90));

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(90));
    }

    @Test
    @DisplayName("set moves the clock forward and it runs on from there; an earlier instant is refused: time never goes back")
    void setNeverBackwards() {
        SimulatedClock clock = SimulatedClock.startingAt(START, nanos::get);
        clock.set(START.plus(Duration.ofDays(7)));
        realTimePasses(Duration.ofMinutes(1));

        assertThat(clock.instant()).isEqualTo(START.plus(Duration.ofDays(7)).plusSeconds(60));
        assertThatThrownBy(() -> clock.set(START.plus(Duration.ofDays(7))))
                .isInstanceOf(SimulatedClock.ClockBackwardsException.class)
                .hasMessageContaining("never goes back")
                .satisfies(e -> assertThat(((SimulatedClock.ClockBackwardsException) e).now())
                        .isEqualTo(START.plus(Duration.ofDays(7)).plusSeconds(60)));
        assertThat(clock.instant()).as("unchanged by the refusal").isEqualTo(START.plus(Duration.ofDays(7)).plusSeconds(60));
    }

    @Test
    @DisplayName("advanceTo moves forward to an instant ahead and leaves the clock where it is for one already passed")
    void advanceToLeavesAPassedInstant() {
        SimulatedClock clock = SimulatedClock.startingAt(START, nanos::get);
        realTimePasses(Duration.ofSeconds(5));

        assertThat(clock.advanceTo(START.plusSeconds(1))).isEqualTo(START.plusSeconds(5));
        assertThat(clock.advanceTo(START.plusSeconds(3600))).isEqualTo(START.plusSeconds(3600));
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(3600));
    }

    @Test
    @DisplayName("a zone view of the clock is the same timeline: moving one moves the other")
    void zoneViewsShareTheTimeline() {
        SimulatedClock clock = SimulatedClock.startingAt(START, nanos::get);
        Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));

        clock.set(START.plusSeconds(600));

        assertThat(shanghai.instant()).isEqualTo(START.plusSeconds(600));
        assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(java.time.LocalTime.now(shanghai)).isEqualTo(java.time.LocalTime.of(9, 10));
    }

    @Test
    @DisplayName("a process starting later on the same platform clock reads the platform's time, not the start")
    void continuingFromARealInstant() {
        Instant realStart = Instant.parse("2026-12-05T10:00:00Z");

        SimulatedClock later = SimulatedClock.continuing(START, realStart, realStart.plusSeconds(25));

        assertThat(Duration.between(START.plusSeconds(25), later.instant())).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    @DisplayName("the security clock is the application's clock, except beside a simulated one: then the machine's")
    void securityClockBeside() {
        Clock machine = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneId.of("UTC"));
        Clock fixed = Clock.fixed(START, ZoneId.of("UTC"));

        assertThat(SecurityClock.beside(fixed, machine).clock()).isSameAs(fixed);
        assertThat(SecurityClock.beside(SimulatedClock.startingAt(START, nanos::get), machine).clock()).isSameAs(machine);
    }
}
