package com.anchang.dashboard.application;

import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.Funnel;
import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.dashboard.domain.Period;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dashboards of head office (every office of its developer) and of a PM (their office): the funnel
 * of each office over a period beside the same number of days before it. Read by keys: each office's
 * months of the two periods, never a scan.
 */
public class ViewingDashboards {

    private final OfficeFigures store;
    private final OfficeZones zones;
    private final DashboardScope scope;
    private final Clock clock;

    /**
     * @param scope who reads which office, and the longest period one request may ask for
     * @param clock the platform's, which says what "yesterday" is in each office's zone
     */
    public ViewingDashboards(OfficeFigures store, OfficeZones zones, DashboardScope scope, Clock clock) {
        this.store = store;
        this.zones = zones;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * The morning report: each office's yesterday — the office day that ended at its last midnight in its own zone
     * (the daily cut-off) — beside the day before it and the same weekday a week before; the developer's total is
     * the sum of each office's own yesterday.
     *
     * @param cutOff the instant the office's yesterday ended (its midnight)
     */
    public record OfficeYesterday(String officeId, String zone, LocalDate day, Instant cutOff, Funnel funnel,
            Funnel dayBefore, Funnel weekBefore) {
    }

    public record YesterdayReport(String developerId, Instant asOf, Funnel funnel, Funnel dayBefore, Funnel weekBefore,
            List<OfficeYesterday> offices) {
    }

    /** Every office of the developer head office (or a PM) may see, each on its own yesterday; read by key. */
    public YesterdayReport yesterday(Caller caller, String developerId) {
        List<String> offices = scope.offices(caller, developerId);
        Instant now = clock.instant();
        Map<LocalDate, List<String>> byDay = new TreeMap<>();
        for (String office : offices) {
            byDay.computeIfAbsent(zones.dayOf(office, now).minusDays(1), d -> new ArrayList<>()).add(office);
        }
        Map<String, Figures[]> figures = new HashMap<>();
        byDay.forEach((day, sameDay) -> {
            List<Map<String, Figures>> three = store.totals(sameDay, List.of(new Period(day, day),
                    new Period(day.minusDays(1), day.minusDays(1)), new Period(day.minusDays(7), day.minusDays(7))));
            Map<String, Figures> yesterday = three.get(0);
            Map<String, Figures> before = three.get(1);
            Map<String, Figures> week = three.get(2);
            sameDay.forEach(office -> figures.put(office, new Figures[] {yesterday.getOrDefault(office, Figures.ZERO),
                    before.getOrDefault(office, Figures.ZERO), week.getOrDefault(office, Figures.ZERO)}));
        });
        Figures[] all = {Figures.ZERO, Figures.ZERO, Figures.ZERO};
        List<OfficeYesterday> rows = new ArrayList<>();
        for (String office : offices) {
            Figures[] f = figures.get(office);
            for (int i = 0; i < all.length; i++) {
                all[i] = all[i].plus(f[i]);
            }
            LocalDate day = zones.dayOf(office, now).minusDays(1);
            rows.add(new OfficeYesterday(office, zones.of(office).getId(), day,
                    day.plusDays(1).atStartOfDay(zones.of(office)).toInstant(), Funnel.of(f[0]), Funnel.of(f[1]),
                    Funnel.of(f[2])));
        }
        return new YesterdayReport(developerId, now, Funnel.of(all[0]), Funnel.of(all[1]), Funnel.of(all[2]),
                List.copyOf(rows));
    }

    public record OfficeDashboard(String officeId, String zone, Period period, Funnel funnel, Period previousPeriod,
            Funnel previous) {
    }

    public record DeveloperDashboard(String developerId, Period period, Funnel funnel, Period previousPeriod,
            Funnel previous, List<OfficeDashboard> offices) {
    }

    /** One office: its PM, or head office of its developer; 404 for an office the caller cannot see, 403 for another role there. */
    public OfficeDashboard office(Caller caller, String officeId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        scope.office(caller, officeId);
        List<String> offices = List.of(officeId);
        List<Map<String, Figures>> both = store.totals(offices, List.of(period, period.previous()));
        return dashboards(offices, period, both.get(0), both.get(1)).getFirst();
    }

    /**
     * Every office of a developer for its head office; for a PM of the developer, the offices they are PM of;
     * 404 for another developer, 403 for anyone else of it.
     */
    public DeveloperDashboard developer(Caller caller, String developerId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        List<String> offices = scope.offices(caller, developerId);
        List<Map<String, Figures>> both = store.totals(offices, List.of(period, period.previous()));
        Map<String, Figures> now = both.get(0);
        Map<String, Figures> before = both.get(1);
        Figures allNow = Figures.ZERO;
        Figures allBefore = Figures.ZERO;
        for (String office : offices) {
            allNow = allNow.plus(now.getOrDefault(office, Figures.ZERO));
            allBefore = allBefore.plus(before.getOrDefault(office, Figures.ZERO));
        }
        return new DeveloperDashboard(developerId, period, Funnel.of(allNow), period.previous(), Funnel.of(allBefore),
                dashboards(offices, period, now, before));
    }

    private List<OfficeDashboard> dashboards(List<String> offices, Period period, Map<String, Figures> now,
            Map<String, Figures> before) {
        List<OfficeDashboard> dashboards = new ArrayList<>();
        for (String office : offices) {
            dashboards.add(new OfficeDashboard(office, zones.of(office).getId(), period,
                    Funnel.of(now.getOrDefault(office, Figures.ZERO)), period.previous(),
                    Funnel.of(before.getOrDefault(office, Figures.ZERO))));
        }
        return dashboards;
    }
}
