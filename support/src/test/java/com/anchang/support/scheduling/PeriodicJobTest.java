package com.anchang.support.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.test.MovingClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.SimpleTriggerContext;

class PeriodicJobTest {

    static final PeriodicJob.Body NOTHING = now -> "";

    @Test
    @DisplayName("an interval job is due at the multiples of its interval, the same instants on every instance; after a run, at the next multiple after it ended")
    void dueAtMultiplesOfTheInterval() {
        MovingClock clock = new MovingClock(Instant.parse("2026-03-01T04:00:07.250Z"));
        PeriodicJob job = PeriodicJob.every("hold-expiry", Duration.ofSeconds(15), NOTHING);

        Instant first = job.trigger().nextExecution(new SimpleTriggerContext(clock));
        SimpleTriggerContext afterLongRun = new SimpleTriggerContext(clock);
        afterLongRun.update(first, first, Instant.parse("2026-03-01T04:00:31Z"));

        assertThat(first).isEqualTo("2026-03-01T04:00:15Z");
        assertThat(job.trigger().nextExecution(afterLongRun)).isEqualTo("2026-03-01T04:00:45Z");
    }

    @Test
    @DisplayName("a job also due at start runs at once, then at the multiples of its interval")
    void alsoAtStart() {
        MovingClock clock = new MovingClock(Instant.parse("2026-03-01T04:00:07Z"));
        PeriodicJob job = PeriodicJob.every("price-list-roll-forward", Duration.ofSeconds(30), NOTHING).alsoAtStart();
        SimpleTriggerContext afterFirst = new SimpleTriggerContext(clock);
        afterFirst.update(clock.instant(), clock.instant(), Instant.parse("2026-03-01T04:00:08Z"));

        assertThat(job.trigger().nextExecution(new SimpleTriggerContext(clock))).isEqualTo("2026-03-01T04:00:07Z");
        assertThat(job.trigger().nextExecution(afterFirst)).isEqualTo("2026-03-01T04:00:30Z");
    }

    @Test
    @DisplayName("a cron job is due when its expression matches in its zone (an office's morning)")
    void cronInZone() {
        MovingClock clock = new MovingClock(Instant.parse("2026-03-01T02:00:00Z"));
        PeriodicJob job = PeriodicJob.cron("payment-reminders", "0 0 9 * * *", ZoneId.of("Asia/Shanghai"), NOTHING);

        assertThat(job.trigger().nextExecution(new SimpleTriggerContext(clock))).isEqualTo("2026-03-02T01:00:00Z");
    }

    @Test
    @DisplayName("the body is a plain call at the time it is given; a bad name, interval or cron expression is refused at start")
    void bodyAndRefusals() {
        PeriodicJob job = PeriodicJob.every("echo", Duration.ofMinutes(1), now -> "ran at " + now);

        assertThat(job.runAt(Instant.parse("2026-03-01T00:00:00Z"))).isEqualTo("ran at 2026-03-01T00:00:00Z");
        assertThat(PeriodicJob.every("quiet", Duration.ofMinutes(1), now -> null).runAt(Instant.EPOCH)).isEmpty();
        assertThatThrownBy(() -> PeriodicJob.every("Hold Expiry", Duration.ofMinutes(1), NOTHING)).hasMessageContaining("name");
        assertThatThrownBy(() -> PeriodicJob.every("x", Duration.ZERO, NOTHING)).hasMessageContaining("interval");
        assertThatThrownBy(() -> PeriodicJob.cron("x", "every morning", ZoneId.of("UTC"), NOTHING))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("for the simulated clock's steps a job is next due at its next slot, or where it names its next work (none: not due)")
    void nextDueForTheSimulatedClock() {
        Instant now = Instant.parse("2026-03-02T01:00:07Z");
        PeriodicJob sweep = PeriodicJob.every("hold-expiry", Duration.ofSeconds(15), NOTHING);
        PeriodicJob daily = PeriodicJob.cron("reminders", "0 0 10 * * *", ZoneId.of("Asia/Shanghai"), NOTHING);
        PeriodicJob deadline = sweep.withNextWork(at -> Optional.of(Instant.parse("2026-03-03T01:00:00Z")));
        PeriodicJob idle = sweep.withNextWork(at -> Optional.empty());
        PeriodicJob late = sweep.withNextWork(at -> Optional.of(at.minusSeconds(60)));

        assertThat(sweep.nextDueAfter(now)).contains(Instant.parse("2026-03-02T01:00:15Z"));
        assertThat(daily.nextDueAfter(now)).contains(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(deadline.nextDueAfter(now)).contains(Instant.parse("2026-03-03T01:00:00Z"));
        assertThat(idle.nextDueAfter(now)).isEmpty();
        assertThat(late.nextDueAfter(now)).as("work named in the past: the next slot").contains(Instant.parse("2026-03-02T01:00:15Z"));
        assertThat(deadline.alsoAtStart().nextDueAfter(now)).as("kept by alsoAtStart").contains(Instant.parse("2026-03-03T01:00:00Z"));
    }
}
