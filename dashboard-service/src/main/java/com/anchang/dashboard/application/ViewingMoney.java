package com.anchang.dashboard.application;

import com.anchang.dashboard.application.Breakdowns.Dimension;
import com.anchang.dashboard.domain.DealState;
import com.anchang.dashboard.domain.Mortgages;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.dashboard.domain.OpenDeals;
import com.anchang.dashboard.domain.Period;
import com.anchang.dashboard.domain.Receivables;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is still to be collected and financed: down payments due, aged as of an office day (today in the office's
 * zone unless asked), with the deals behind each bucket; mortgages by loan kind, in progress now and disbursed
 * over a period. Scoped like the dashboards; each office is one document read by key.
 */
public class ViewingMoney {

    private final OpenDeals openDeals;
    private final Breakdowns breakdowns;
    private final DashboardScope scope;
    private final OfficeZones zones;
    private final Clock clock;

    public ViewingMoney(OpenDeals openDeals, Breakdowns breakdowns, DashboardScope scope, OfficeZones zones, Clock clock) {
        this.openDeals = openDeals;
        this.breakdowns = breakdowns;
        this.scope = scope;
        this.zones = zones;
        this.clock = clock;
    }

    /** @param scopeId the office or developer asked */
    public record ReceivablesView(String scopeId, Receivables receivables) {
    }

    public record MortgagesView(String scopeId, Period period, Mortgages mortgages) {
    }

    /** @param asOf the office day to age by; null for today in the office's zone */
    public ReceivablesView officeReceivables(Caller caller, String officeId, LocalDate asOf) {
        scope.office(caller, officeId);
        return new ReceivablesView(officeId, Receivables.of(Map.of(officeId, openDeals.of(officeId)),
                asOf != null ? asOf : LocalDate.now(clock.withZone(zones.of(officeId)))));
    }

    /** @param asOf the office day to age by; null for today in the offices' default zone */
    public ReceivablesView developerReceivables(Caller caller, String developerId, LocalDate asOf) {
        List<String> offices = scope.offices(caller, developerId);
        return new ReceivablesView(developerId, Receivables.of(open(offices),
                asOf != null ? asOf : LocalDate.now(clock.withZone(zones.defaultZone()))));
    }

    public MortgagesView officeMortgages(Caller caller, String officeId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        scope.office(caller, officeId);
        return mortgages(officeId, List.of(officeId), period);
    }

    public MortgagesView developerMortgages(Caller caller, String developerId, LocalDate from, LocalDate to) {
        Period period = scope.period(from, to);
        return mortgages(developerId, scope.offices(caller, developerId), period);
    }

    private MortgagesView mortgages(String scopeId, List<String> offices, Period period) {
        List<DealState.Open> open = new ArrayList<>();
        open(offices).values().forEach(deals -> open.addAll(deals.values()));
        return new MortgagesView(scopeId, period, Mortgages.of(open, breakdowns.of(offices, Dimension.LOAN_KIND, period)));
    }

    private Map<String, Map<String, DealState.Open>> open(List<String> offices) {
        Map<String, Map<String, DealState.Open>> open = new LinkedHashMap<>();
        for (String office : offices) {
            open.put(office, openDeals.of(office));
        }
        return open;
    }
}
