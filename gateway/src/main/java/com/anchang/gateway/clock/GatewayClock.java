package com.anchang.gateway.clock;

import com.anchang.support.clock.ClockState;
import com.anchang.support.clock.SimulatedClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The gateway's own clock as a participant of a move (ADR 11). It has no jobs and nothing to settle;
 * after every move it writes the platform's time to the state file, from which a service started later
 * resumes.
 */
final class GatewayClock implements Stepping.Participant {

    private final SimulatedClock clock;
    private final Path stateFile;
    private final Clock machine;

    /**
     * @param stateFile the platform's clock state (null: none kept)
     * @param machine the machine's clock, for the real instant of the state
     */
    GatewayClock(SimulatedClock clock, Path stateFile, Clock machine) {
        this.clock = clock;
        this.stateFile = stateFile;
        this.machine = machine;
    }

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public Stepping.Reading read(Instant dueAfter) {
        return new Stepping.Reading(clock.instant(), Map.of());
    }

    @Override
    public void moveTo(Instant instant) {
        clock.advanceTo(instant);
        if (stateFile != null) {
            new ClockState(clock.instant(), machine.instant()).write(stateFile);
        }
    }

    @Override
    public List<String> runDueWork(Instant after, Instant until) {
        return List.of();
    }

    @Override
    public Stepping.Settled settled() {
        return new Stepping.Settled(true, 0, "");
    }
}
