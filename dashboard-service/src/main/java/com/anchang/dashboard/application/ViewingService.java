package com.anchang.dashboard.application;

import com.anchang.dashboard.application.Breakdowns.Dimension;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.dashboard.domain.OpenEscalations;
import com.anchang.dashboard.domain.Period;
import com.anchang.dashboard.domain.ServiceFigures;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collisions per week and how decided, reminders per channel, escalations open and their age: an office's or a developer's. */
public class ViewingService {

    private final OfficeFigures store;
    private final Breakdowns breakdowns;
    private final OpenEscalations escalations;
    private final DashboardScope scope;
    private final Clock clock;

    public ViewingService(OfficeFigures store, Breakdowns breakdowns, OpenEscalations escalations, DashboardScope scope,
            Clock clock) {
        this.store = store;
        this.breakdowns = breakdowns;
        this.escalations = escalations;
        this.scope = scope;
        this.clock = clock;
    }

    /** @param scopeId the office or developer asked */
    public record ServiceView(String scopeId, Period period, ServiceFigures service) {
    }

    public ServiceView office(Caller caller, String officeId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        scope.office(caller, officeId);
        return new ServiceView(officeId, period, service(List.of(officeId), period));
    }

    public ServiceView developer(Caller caller, String developerId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        return new ServiceView(developerId, period, service(scope.offices(caller, developerId), period));
    }

    private ServiceFigures service(List<String> offices, Period period) {
        Map<Period, Figures> weeks = new LinkedHashMap<>();
        for (Period week : ServiceFigures.weeks(period)) {
            weeks.put(week, sum(store.totals(offices, week)));
        }
        Map<String, Map<String, OpenEscalations.Escalation>> open = new LinkedHashMap<>();
        for (String office : offices) {
            open.put(office, escalations.of(office));
        }
        Figures all = Figures.ZERO;
        for (Figures week : weeks.values()) {
            all = all.plus(week);
        }
        return ServiceFigures.of(weeks, breakdowns.of(offices, Dimension.CHANNEL, period), all, open, clock.instant());
    }

    private static Figures sum(Map<String, Figures> byOffice) {
        Figures sum = Figures.ZERO;
        for (Figures f : byOffice.values()) {
            sum = sum.plus(f);
        }
        return sum;
    }
}
