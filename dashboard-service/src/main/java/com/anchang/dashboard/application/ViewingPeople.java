package com.anchang.dashboard.application;

import com.anchang.dashboard.application.Breakdowns.Dimension;
import com.anchang.dashboard.domain.LeagueTable;
import com.anchang.dashboard.domain.Period;
import com.anchang.support.security.Caller;
import java.time.LocalDate;
import java.util.List;

/** Consultant league tables over a period: an office's, or across a developer's offices the caller sees. */
public class ViewingPeople {

    private final Breakdowns breakdowns;
    private final DashboardScope scope;

    public ViewingPeople(Breakdowns breakdowns, DashboardScope scope) {
        this.breakdowns = breakdowns;
        this.scope = scope;
    }

    /** @param scopeId the office or developer asked */
    public record LeagueView(String scopeId, Period period, LeagueTable consultants) {
    }

    public LeagueView office(Caller caller, String officeId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        scope.office(caller, officeId);
        return new LeagueView(officeId, period, LeagueTable.of(breakdowns.of(List.of(officeId), Dimension.CONSULTANT,
                period)));
    }

    /** A consultant who worked at several offices is one row, their figures summed. */
    public LeagueView developer(Caller caller, String developerId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        return new LeagueView(developerId, period, LeagueTable.of(breakdowns.of(scope.offices(caller, developerId),
                Dimension.CONSULTANT, period)));
    }
}
