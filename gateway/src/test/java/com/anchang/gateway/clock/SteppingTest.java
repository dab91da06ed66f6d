package com.anchang.gateway.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.clock.SimulatedClock;
import com.anchang.support.scheduling.PeriodicJob;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The coordinator's stepping (ADR 11) over services simulated in memory, with the platform's own job types. */
class SteppingTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant START = at("2026-03-02T09:00+08:00");

    /** The services are asked at once, as the gateway asks them. */
    static final Executor AT_ONCE = Executors.newVirtualThreadPerTaskExecutor();

    /** Everything that happened, in order: "service/job@instant" runs and "service handled ..." work. */
    final List<String> log = Collections.synchronizedList(new ArrayList<>());

    static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    static String shanghai(Instant instant) {
        return instant.atZone(SHANGHAI).toOffsetDateTime().toString();
    }

    /**
     * A service: its own simulated clock (real time standing still unless {@code settlingTakes} says how much
     * passes each time it is asked whether it settled, so it reads exactly what it was moved to), its
     * periodic jobs; each run leaves {@code followUp} polls of work (its events being consumed) for
     * {@code consumer}, which is busy until it has handled them.
     */
    class Service implements Stepping.Participant {

        final String name;
        final AtomicLong realNanos = new AtomicLong();
        final SimulatedClock clock = SimulatedClock.startingAt(START, realNanos::get);
        Duration settlingTakes = Duration.ZERO;
        final Map<String, PeriodicJob> jobs = new LinkedHashMap<>();
        int followUp;
        Service consumer;
        int pending;
        long activity;

        Service(String name, PeriodicJob... jobs) {
            this.name = name;
            for (PeriodicJob job : jobs) {
                this.jobs.put(job.name(), job);
            }
        }

        PeriodicJob job(String jobName) {
            return PeriodicJob.every(jobName, Duration.ofSeconds(15), now -> {
                log.add(name + "/" + jobName + "@" + shanghai(now));
                return "";
            });
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Stepping.Reading read(Instant dueAfter) {
            Instant after = dueAfter == null ? clock.instant() : dueAfter;
            Map<String, Instant> due = new LinkedHashMap<>();
            jobs.forEach((jobName, job) -> job.nextDueAfter(after).ifPresent(at -> due.put(jobName, at)));
            return new Stepping.Reading(clock.instant(), due);
        }

        @Override
        public void moveTo(Instant instant) {
            clock.advanceTo(instant);
        }

        @Override
        public List<String> runDueWork(Instant after, Instant until) {
            List<String> ran = new ArrayList<>();
            jobs.values().stream()
                    .filter(job -> job.nextDueAfter(after).filter(at -> !at.isAfter(until)).isPresent())
                    .sorted(java.util.Comparator.comparing(job -> job.nextDueAfter(after).orElseThrow()))
                    .forEach(job -> {
                        job.runAt(clock.instant());
                        ran.add(job.name());
                        activity++;
                        if (consumer != null) {
                            consumer.pending += followUp;
                        }
                    });
            return ran;
        }

        @Override
        public Stepping.Settled settled() {
            realNanos.addAndGet(settlingTakes.toNanos());
            if (pending > 0) {
                pending--;
                activity++;
                if (pending == 0) {
                    log.add(name + " handled the events of " + shanghai(clock.instant()));
                }
                return new Stepping.Settled(false, activity, "records not yet consumed");
            }
            return new Stepping.Settled(true, activity, "");
        }
    }

    PeriodicJob daily(String service, String name, String cron) {
        return PeriodicJob.cron(name, cron, SHANGHAI, now -> {
            log.add(service + "/" + name + "@" + shanghai(now));
            return "";
        });
    }

    static Stepping stepping(Duration maxStep, Stepping.Participant... services) {
        return new Stepping(List.of(services), maxStep, Duration.ofSeconds(5), () -> { }, System::nanoTime, AT_ONCE);
    }

    @Test
    @DisplayName("a 7-day advance runs each daily job 7 times, in the order of their instants, each reading its own instant; a sweep with nothing waiting never runs")
    void sevenDaysOfDailyJobs() {
        Service lead = new Service("lead-service");
        lead.jobs.put("lead-lapse", daily("lead-service", "lead-lapse", "0 0 0 * * *"));
        Service inventory = new Service("inventory-service");
        inventory.jobs.put("morning", daily("inventory-service", "morning", "0 0 10 * * *"));
        inventory.jobs.put("hold-expiry", inventory.job("hold-expiry").withNextWork(now -> Optional.empty()));

        Stepping.Move move = stepping(Duration.ofDays(1), lead, inventory).advanceBy(Duration.ofDays(7));

        List<String> expected = new ArrayList<>();
        for (int day = 2; day <= 8; day++) {
            expected.add("inventory-service/morning@2026-03-0" + day + "T10:00+08:00");
            expected.add("lead-service/lead-lapse@2026-03-0" + (day + 1) + "T00:00+08:00");
        }
        assertThat(log).containsExactlyElementsOf(expected);
        assertThat(move.runs()).hasSize(14).extracting(Stepping.JobRun::at).isSorted();
        assertThat(move.from()).isEqualTo(START);
        assertThat(move.to()).isEqualTo(START.plus(Duration.ofDays(7)));
        assertThat(lead.clock.instant()).isEqualTo(move.to());
        assertThat(inventory.clock.instant()).isEqualTo(move.to());
        assertThat(move.steps()).as("one step per due instant, then the target").isEqualTo(15);
    }

    @Test
    @DisplayName("a job that names its next work (a hold's deadline) gets a step of its own at exactly that instant; its 15-second slots are no steps")
    void aDeadlineIsAStep() {
        Instant deadline = START.plus(Duration.ofHours(24));
        Service inventory = new Service("inventory-service");
        inventory.jobs.put("hold-expiry", inventory.job("hold-expiry")
                .withNextWork(now -> now.isBefore(deadline) ? Optional.of(deadline) : Optional.empty()));

        Stepping.Move move = stepping(Duration.ofDays(1), inventory).advanceBy(Duration.ofHours(24).plusMinutes(1));

        assertThat(log).containsExactly("inventory-service/hold-expiry@" + shanghai(deadline));
        assertThat(move.steps()).isEqualTo(2);
    }

    @Test
    @DisplayName("UNIT-3 a deadline 3.5 s after a midnight job still gets its own step when the services' clocks ran on for seconds while that step settled (under load)")
    void aDeadlineSoonAfterABusyStep() {
        Instant midnight = at("2026-03-03T00:00+08:00");
        Instant deadline = midnight.plusMillis(3_505);
        Service lead = new Service("lead-service");
        lead.jobs.put("lead-lapse", daily("lead-service", "lead-lapse", "0 0 0 * * *"));
        Service inventory = new Service("inventory-service");
        inventory.settlingTakes = Duration.ofSeconds(2);
        inventory.jobs.put("hold-expiry", inventory.job("hold-expiry")
                .withNextWork(now -> now.isBefore(deadline) ? Optional.of(deadline) : Optional.empty()));

        Stepping.Move move = stepping(Duration.ofDays(1), lead, inventory).moveTo(midnight.plusSeconds(10));

        assertThat(inventory.clock.instant()).as("its clock ran on past the deadline while settling")
                .isAfter(deadline);
        assertThat(move.runs()).extracting(Stepping.JobRun::job, Stepping.JobRun::at).containsExactly(
                org.assertj.core.groups.Tuple.tuple("lead-lapse", midnight),
                org.assertj.core.groups.Tuple.tuple("hold-expiry", deadline));
    }

    @Test
    @DisplayName("the clock never goes back: a target before the platform's present is refused and no clock moves; every step is later than the one before")
    void neverBackwards() {
        Service lead = new Service("lead-service");
        Service inventory = new Service("inventory-service");
        inventory.clock.set(START.plusSeconds(30));
        Stepping stepping = stepping(Duration.ofHours(6), lead, inventory);

        assertThatThrownBy(() -> stepping.moveTo(START.plusSeconds(10)))
                .isInstanceOf(SimulatedClock.ClockBackwardsException.class)
                .hasMessageContaining("never goes back");
        assertThat(lead.clock.instant()).isEqualTo(START);

        List<Instant> seen = new ArrayList<>();
        Service watcher = new Service("watcher") {
            @Override
            public void moveTo(Instant instant) {
                seen.add(instant);
                super.moveTo(instant);
            }
        };
        stepping(Duration.ofHours(6), lead, inventory, watcher).moveTo(START.plus(Duration.ofDays(1)));
        assertThat(seen).hasSize(4).isSortedAccordingTo(Instant::compareTo).doesNotHaveDuplicates()
                .first().isEqualTo(START.plusSeconds(30).plus(Duration.ofHours(6)));
        assertThat(stepping.now()).as("the platform's time: the latest clock").isEqualTo(START.plus(Duration.ofDays(1)));
    }

    @Test
    @DisplayName("the next step waits until every service has settled: the events a step's job set off are handled before any later job runs")
    void nextStepWaitsForTheWorkOfTheLast() {
        Service lead = new Service("lead-service");
        lead.jobs.put("lead-lapse", daily("lead-service", "lead-lapse", "0 0 0 * * *"));
        Service commission = new Service("commission-service");
        lead.consumer = commission;
        lead.followUp = 3;

        stepping(Duration.ofDays(1), lead, commission).advanceBy(Duration.ofDays(2));

        assertThat(log).containsExactly(
                "lead-service/lead-lapse@2026-03-03T00:00+08:00",
                "commission-service handled the events of 2026-03-03T00:00+08:00",
                "lead-service/lead-lapse@2026-03-04T00:00+08:00",
                "commission-service handled the events of 2026-03-04T00:00+08:00");
    }

    @Test
    @DisplayName("without due jobs a step is at most the longest step; a service that never settles stops the move and is named")
    void longestStepAndNotSettling() {
        Service quiet = new Service("notification-service");
        assertThat(stepping(Duration.ofDays(1), quiet).advanceBy(Duration.ofDays(3)).steps()).isEqualTo(3);

        Service stuck = new Service("transaction-service");
        stuck.pending = Integer.MAX_VALUE;
        AtomicLong nanos = new AtomicLong();
        Stepping impatient = new Stepping(List.of(quiet, stuck), Duration.ofDays(1), Duration.ofSeconds(5),
                () -> nanos.addAndGet(Duration.ofSeconds(1).toNanos()), nanos::get, Runnable::run);

        assertThatThrownBy(() -> impatient.advanceBy(Duration.ofHours(1)))
                .isInstanceOf(Stepping.NotSettledException.class)
                .hasMessageContaining("transaction-service (records not yet consumed)");
    }
}
