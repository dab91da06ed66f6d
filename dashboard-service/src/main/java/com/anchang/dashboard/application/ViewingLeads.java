package com.anchang.dashboard.application;

import com.anchang.dashboard.domain.LeadList;
import com.anchang.dashboard.domain.Period;
import com.anchang.support.security.Caller;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The leads behind a new-leads figure (drill-down), names masked (LEAD-10); scoped like the dashboards. */
public class ViewingLeads {

    private final LeadList leads;
    private final DashboardScope scope;

    public ViewingLeads(LeadList leads, DashboardScope scope) {
        this.leads = leads;
        this.scope = scope;
    }

    public record OfficeLead(String officeId, String leadId, LocalDate day, String ownerConsultantId, String source,
            String customer) {
    }

    /** @param scopeId the office or developer asked */
    public record LeadsView(String scopeId, Period period, List<OfficeLead> leads) {
    }

    public LeadsView office(Caller caller, String officeId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        scope.office(caller, officeId);
        return new LeadsView(officeId, period, list(List.of(officeId), period));
    }

    public LeadsView developer(Caller caller, String developerId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        return new LeadsView(developerId, period, list(scope.offices(caller, developerId), period));
    }

    private List<OfficeLead> list(List<String> offices, Period period) {
        List<OfficeLead> rows = new ArrayList<>();
        for (String office : offices) {
            for (LeadList.Lead l : leads.of(office, period)) {
                rows.add(new OfficeLead(office, l.leadId(), l.day(), l.ownerConsultantId(), l.source(), l.customer()));
            }
        }
        return rows;
    }
}
