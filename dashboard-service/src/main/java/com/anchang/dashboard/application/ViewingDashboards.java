package com.anchang.dashboard.application;

import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.Funnel;
import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.dashboard.domain.Period;
import com.anchang.support.security.Caller;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboards of head office (every office of its developer) and of a PM (their office): the funnel
 * of each office over a period beside the same number of days before it. Read by keys: each office's
 * months of the two periods, never a scan.
 */
public class ViewingDashboards {

    private final OfficeFigures store;
    private final OfficeZones zones;
    private final DashboardScope scope;

    /** @param maxDays the longest period one request may ask for (a setting) */
    public ViewingDashboards(OfficeFigures store, OfficeZones zones, int maxDays) {
        this.store = store;
        this.zones = zones;
        this.scope = new DashboardScope(store, maxDays);
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
        return dashboards(offices, period, store.totals(offices, period), store.totals(offices, period.previous()))
                .getFirst();
    }

    /**
     * Every office of a developer for its head office; for a PM of the developer, the offices they are PM of;
     * 404 for another developer, 403 for anyone else of it.
     */
    public DeveloperDashboard developer(Caller caller, String developerId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        List<String> offices = scope.offices(caller, developerId);
        Map<String, Figures> now = store.totals(offices, period);
        Map<String, Figures> before = store.totals(offices, period.previous());
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
