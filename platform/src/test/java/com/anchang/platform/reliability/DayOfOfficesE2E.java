package com.anchang.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.platform.E2EPlatform;
import com.anchang.platform.reliability.DayOfOffices.Day;
import com.anchang.platform.reliability.Reconciler.Report;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A small day of offices (three, a fixed seed) on the embedded platform on its simulated clock, then the books
 * reconciled across the services (ADR 33). Ports offset by 30000.
 */
class DayOfOfficesE2E {

    @RegisterExtension
    static final E2EPlatform DAY = new E2EPlatform(30_000, "e2e-reliability-var-", c -> c.withClock(
            DayOfOffices.CLOCK_START));

    @Test
    @DisplayName("a day of three offices (walk-ins, calls, collisions resolved, holds, discounts, deposits, subscriptions, "
            + "contracts, cancellations, an opening rush) and a week on the clock: every command answered as expected "
            + "and the reconciler finds the units, credits, reminders, events and dead letters in agreement")
    void dayOfOfficesReconciles() throws Exception {
        DayOfOffices simulator = DayOfOffices.on(DAY.platform());

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
