package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Consultants ranked by the amount they sold net over a period (subscribed, less cancelled, ± swapped and
 * repriced), with what led to it: receptions, leads, conversion from lead to subscription, follow-up compliance
 * (LEAD-12) and violations (LEAD-9); and the performance credit commission-service entered for them (its
 * credits less reversals, COMM-1/2/6), which ranks them.
 */
public record LeagueTable(List<Row> rows) {

    /**
     * @param conversionPercent net subscriptions over new leads, one decimal; null without leads
     * @param compliancePercent leads registered in the period that reached the minimum follow-ups over those leads
     */
    public record Row(int rank, String consultantId, long receptions, long newLeads, long subscriptions,
            long netSubscriptions, BigDecimal conversionPercent, BigDecimal netSubscribedAmount,
            BigDecimal creditedAmount, long contracts, BigDecimal netContractedAmount, long followUps,
            long compliantLeads, BigDecimal compliancePercent, long violations) {
    }

    public static LeagueTable of(Map<String, Figures> byConsultant) {
        List<Row> rows = new ArrayList<>();
        byConsultant.forEach((consultant, f) -> {
            Sales sales = Sales.of(f);
            rows.add(new Row(0, consultant, f.count(Count.VISITS) + f.count(Count.CALLS), f.count(Count.NEW_LEADS),
                    sales.subscribed().units(), sales.subscribed().netUnits(),
                    Funnel.percent(sales.subscribed().netUnits(), f.count(Count.NEW_LEADS)), sales.subscribed().netAmount(),
                    f.amount(Amount.CREDITED), sales.contracted().units(), sales.contracted().netAmount(), f.count(Count.FOLLOW_UPS),
                    f.count(Count.COMPLIANT_LEADS), Funnel.percent(f.count(Count.COMPLIANT_LEADS), f.count(Count.NEW_LEADS)),
                    f.count(Count.VIOLATIONS)));
        });
        rows.sort(Comparator.comparing(Row::creditedAmount).thenComparing(Row::netSubscribedAmount).reversed()
                .thenComparing(Row::consultantId));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            ranked.add(new Row(i + 1, r.consultantId(), r.receptions(), r.newLeads(), r.subscriptions(),
                    r.netSubscriptions(), r.conversionPercent(), r.netSubscribedAmount(), r.creditedAmount(), r.contracts(),
                    r.netContractedAmount(), r.followUps(), r.compliantLeads(), r.compliancePercent(), r.violations()));
        }
        return new LeagueTable(List.copyOf(ranked));
    }
}
