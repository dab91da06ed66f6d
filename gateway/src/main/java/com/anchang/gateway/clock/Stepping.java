package com.anchang.gateway.clock;

import com.anchang.support.clock.SimulatedClock.ClockBackwardsException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Moves the simulated clock of every process of the platform together (ADR 11), doing on the way what the
 * same real time would have done. From now to the target it steps: each step goes to the earliest
 * instant at which some service's periodic job is next due (never further than {@code maxStep}, never
 * past the target), moves every clock there, runs the jobs due by then in every service, and waits until
 * every service has settled — its consumers caught up, its outbox published, twice in a row with no
 * work done in between — before the next step. So the work due at an instant runs at that instant, and
 * what it sets off (events, the work of their consumers) is done before anything later happens.
 *
 * <p>Time never goes back: a target before the platform's present is refused. One move at a time (the
 * caller serialises).
 */
public final class Stepping {

    /** One process whose clock is moved: a service through its clock API, or the gateway itself. */
    public interface Participant {

        String name();

        /**
         * Its time now, and when each of its periodic jobs is next due after {@code dueAfter} (null: after its
         * own now; a job with nothing waiting is absent). A service's simulated clock goes on with real time
         * between two steps, so after a step the work is asked for from the step's instant: a deadline that
         * fell between the step and the service's now while it settled still gets its own step.
         */
        Reading read(Instant dueAfter);

        /** Moves its clock forward to {@code instant} (one it has passed already leaves it). */
        void moveTo(Instant instant);

        /** Runs its jobs due after {@code after} and up to {@code until}, earliest first; their names. */
        List<String> runDueWork(Instant after, Instant until);

        Settled settled();
    }

    public record Reading(Instant now, Map<String, Instant> nextDue) {
    }

    /**
     * @param activity work done so far; the same in two settled answers means nothing happened in between
     * @param waitingFor what it still waits for, when not settled
     */
    public record Settled(boolean settled, long activity, String waitingFor) {
    }

    /** A job run at a step. */
    public record JobRun(Instant at, String participant, String job) {
    }

    /** What a move did. */
    public record Move(Instant from, Instant to, int steps, List<JobRun> runs) {
    }

    /** A service still busy when the time for settling ran out. */
    public static final class NotSettledException extends RuntimeException {
        NotSettledException(String message) {
            super(message);
        }
    }

    /** How the stepping waits between two questions whether everything settled. */
    @FunctionalInterface
    public interface Pause {
        void pause();
    }

    private final List<Participant> participants;
    private final Duration maxStep;
    private final Duration settleTimeout;
    private final Pause pause;
    private final LongSupplier nanos;
    private final Executor calls;

    /**
     * @param maxStep the longest step, even when no job is due sooner
     * @param settleTimeout how long a step waits for every service to settle before the move fails
     * @param nanos a monotonic time source for that wait
     * @param calls runs the calls of one phase (read, move, run, settled?) to every participant: all of a
     *     phase are done before the next phase starts, so they may run at once
     */
    public Stepping(List<Participant> participants, Duration maxStep, Duration settleTimeout, Pause pause,
            LongSupplier nanos, Executor calls) {
        this.participants = List.copyOf(participants);
        this.maxStep = maxStep;
        this.settleTimeout = settleTimeout;
        this.pause = pause;
        this.nanos = nanos;
        this.calls = calls;
    }

    /** The platform's time: the latest any participant reads. */
    public Instant now() {
        return latest(read(null));
    }

    /** Moves every clock to {@code target}, step by step; refuses a target before the platform's time. */
    public Move moveTo(Instant target) {
        List<Reading> readings = read(null);
        Instant from = latest(readings);
        if (target.isBefore(from)) {
            throw new ClockBackwardsException(from, target);
        }
        return steps(from, target, readings);
    }

    /** Moves every clock {@code by} ahead of the platform's time, step by step. */
    public Move advanceBy(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock never goes back: advance by a positive duration, not " + by);
        }
        List<Reading> readings = read(null);
        Instant from = latest(readings);
        return steps(from, from.plus(by), readings);
    }

    private Move steps(Instant from, Instant target, List<Reading> readings) {
        List<JobRun> runs = new ArrayList<>();
        Instant at = from;
        int steps = 0;
        while (true) {
            Instant next = nextStep(at, target, readings);
            Instant after = at;
            each(participant -> {
                participant.moveTo(next);
                return next;
            });
            List<List<String>> ran = each(participant -> participant.runDueWork(after, next));
            for (int i = 0; i < participants.size(); i++) {
                for (String job : ran.get(i)) {
                    runs.add(new JobRun(next, participants.get(i).name(), job));
                }
            }
            awaitSettled();
            steps++;
            if (!next.isBefore(target)) {
                return new Move(from, next, steps, runs);
            }
            at = next;
            readings = read(at);
        }
    }

    /** The earliest of: the target, {@code maxStep} ahead, and every job's next due instant after {@code at}. */
    private Instant nextStep(Instant at, Instant target, List<Reading> readings) {
        Instant next = target;
        Instant longest = at.plus(maxStep);
        if (longest.isBefore(next)) {
            next = longest;
        }
        for (Reading reading : readings) {
            for (Instant due : reading.nextDue().values()) {
                if (due.isAfter(at) && due.isBefore(next)) {
                    next = due;
                }
            }
        }
        return next;
    }

    /** Until every participant is settled twice in a row with no work done between the two answers. */
    private void awaitSettled() {
        long deadline = nanos.getAsLong() + settleTimeout.toNanos();
        List<Settled> previous = null;
        while (true) {
            List<Settled> now = each(Participant::settled);
            if (now.stream().allMatch(Settled::settled)) {
                if (previous != null && activity(previous).equals(activity(now))) {
                    return;
                }
                previous = now;
            } else {
                previous = null;
                if (nanos.getAsLong() - deadline > 0) {
                    throw new NotSettledException(busy(now) + " did not settle within " + settleTimeout.toSeconds() + " s");
                }
            }
            pause.pause();
        }
    }

    private static List<Long> activity(List<Settled> answers) {
        return answers.stream().map(Settled::activity).toList();
    }

    private String busy(List<Settled> answers) {
        List<String> busy = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (!answers.get(i).settled()) {
                busy.add(participants.get(i).name() + " (" + answers.get(i).waitingFor() + ")");
            }
        }
        return String.join(", ", busy);
    }

    private List<Reading> read(Instant dueAfter) {
        return each(participant -> participant.read(dueAfter));
    }

    /** One call to every participant, all at once on {@code calls}; their answers in the participants' order. */
    private <T> List<T> each(Function<Participant, T> call) {
        List<CompletableFuture<T>> answers = participants.stream()
                .map(participant -> CompletableFuture.supplyAsync(() -> call.apply(participant), calls)).toList();
        List<T> all = new ArrayList<>(answers.size());
        for (CompletableFuture<T> answer : answers) {
            try {
                all.add(answer.join());
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw e;
            }
        }
        return all;
    }

    private static Instant latest(List<Reading> readings) {
        return readings.stream().map(Reading::now).max(Comparator.naturalOrder()).orElseThrow();
    }
}
