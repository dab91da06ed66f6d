package com.anchang.support.clock;

import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.scheduling.PeriodicJobs;
import com.anchang.support.security.Caller;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One service's part of the simulated platform clock (ADR 11), for the gateway's coordinator; it exists
 * only when the service started on a simulated clock, and answers the platform administrator only.
 * <ul>
 *   <li>{@code GET /api/platform/clock[?dueAfter=]}: the time here and when each periodic job is next due
 *       after that instant (default: now here);</li>
 *   <li>{@code PUT /api/platform/clock {"to"}}: moves the clock forward to that instant (an instant it has
 *       already passed leaves it where it is: it never goes back);</li>
 *   <li>{@code POST /api/platform/clock/due-work {"after", "until"}}: runs every job due after the one
 *       instant and up to the other, earliest first;</li>
 *   <li>{@code GET /api/platform/clock/settled}: whether the work that set off is done here ({@link Settling}).</li>
 * </ul>
 */
@RestController
@RequestMapping(ClockEndpoint.PATH)
public class ClockEndpoint {

    public static final String PATH = "/api/platform/clock";

    /** @param nextDue null when the job has nothing waiting */
    public record JobDue(String job, Instant nextDue) {
    }

    public record Reading(boolean simulated, Instant now, List<JobDue> jobs) {
    }

    public record MoveTo(Instant to) {
    }

    public record DueWork(Instant after, Instant until) {
    }

    public record Ran(Instant now, List<String> ran) {
    }

    private final SimulatedClock clock;
    private final Optional<PeriodicJobs> jobs;
    private final Settling settling;

    public ClockEndpoint(SimulatedClock clock, Optional<PeriodicJobs> jobs, Settling settling) {
        this.clock = clock;
        this.jobs = jobs;
        this.settling = settling;
    }

    /**
     * The time here and each job's next due instant after {@code dueAfter}. The coordinator names the
     * instant of its last step: this clock went on with real time while the step settled, and a deadline
     * in between must still be reported, not skipped as past.
     */
    @GetMapping
    public Reading read(@RequestParam(name = "dueAfter", required = false) String dueAfter, Caller caller) {
        mustAdminister(caller);
        Instant now = clock.instant();
        Instant after = dueAfter == null ? now : instant("dueAfter", dueAfter);
        List<JobDue> due = new ArrayList<>();
        jobs.ifPresent(all -> all.nextDue(after).forEach((job, at) -> due.add(new JobDue(job, at.orElse(null)))));
        return new Reading(true, now, due);
    }

    private static Instant instant(String field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an instant such as 2026-03-10T16:00:00Z, was " + text);
        }
    }

    @PutMapping
    public Reading move(@RequestBody MoveTo move, Caller caller) {
        mustAdminister(caller);
        if (move == null || move.to() == null) {
            throw new InvalidInputException("to", "is required: the instant to move the clock to");
        }
        clock.advanceTo(move.to());
        return read(null, caller);
    }

    @PostMapping("/due-work")
    public Ran runDueWork(@RequestBody DueWork work, Caller caller) {
        mustAdminister(caller);
        if (work == null || work.after() == null || work.until() == null) {
            throw new InvalidInputException(work == null || work.after() == null ? "after" : "until", "is required");
        }
        List<String> ran = jobs.map(all -> all.runDue(work.after(), work.until())).orElse(List.of());
        return new Ran(clock.instant(), ran);
    }

    @GetMapping("/settled")
    public Settling.Report settled(Caller caller) {
        mustAdminister(caller);
        return settling.report();
    }

    private static void mustAdminister(Caller caller) {
        if (!caller.roles().contains(Caller.PLATFORM_ADMIN)) {
            throw new ForbiddenException("move the platform clock", "only the platform administrator moves the platform clock");
        }
    }
}
