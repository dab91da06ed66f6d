package com.anchang.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.platform.EmbeddedPlatform;
import com.anchang.platform.PlatformConfig;
import com.anchang.platform.bench.OpeningRushBenchmark;
import com.anchang.platform.reliability.DayOfOffices.Day;
import com.anchang.platform.reliability.Reconciler.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A small day of offices (three, a fixed seed) on the embedded platform on its simulated clock, then the books
 * reconciled across the services (ADR 33). Ports offset by 30000.
 */
class DayOfOfficesE2E {

    static PlatformConfig config;
    static EmbeddedPlatform platform;

    @BeforeAll
    static void start() throws Exception {
        Path home = Path.of("..").toAbsolutePath().normalize();
        Path var = Files.createTempDirectory(Path.of("target"), "e2e-reliability-var-").toAbsolutePath();
        config = new PlatformConfig(home, var, 30_000, true, Path.of(ProcessHandle.current().info().command()
                .orElse("java"))).withClock(DayOfOffices.CLOCK_START);
        platform = EmbeddedPlatform.start(config, System.out);
        OpeningRushBenchmark.loadDemoData(config, platform);
    }

    @AfterAll
    static void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @DisplayName("a day of three offices (walk-ins, calls, collisions resolved, holds, discounts, deposits, subscriptions, "
            + "contracts, cancellations, an opening rush) and a week on the clock: every command answered as expected "
            + "and the reconciler finds the units, credits, reminders, events and dead letters in agreement")
    void dayOfOfficesReconciles() throws Exception {
        DayOfOffices simulator = new DayOfOffices(config, platform.simulatedClock());

        Day day = simulator.run(7, 3, 2);
        Report report = simulator.reconcile(day, Set.of());
        System.out.println(DayOfOffices.table(day, report, simulator.desk().latencies(), DayOfOffices.loadAverage()));

        assertThat(day.failures()).as("the day's commands").isEmpty();
        assertThat(day.deals()).extracting(DayOfOffices.DealDone::fate).contains("CONTRACTED", "RUSH_WON",
                "RUSH_WITHDRAWN");
        assertThat(day.counts()).containsKeys("collisions resolved by the PM", "discounts approved by the PM",
                "deals cancelled by the PM (DEAL-8)", "walk-ins received", "calls taken", "follow-ups");
        assertThat(report.checked()).allSatisfy((invariant, n) -> assertThat(n).as(invariant).isPositive());
        assertThat(report.discrepancies()).isEmpty();
    }
}
