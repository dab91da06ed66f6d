package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mortgages by loan kind: in progress as of now (awaiting the bank appointment, or at the bank with the buyer's
 * documents), and disbursed over a period (count and loans). No event states the bank's approval, so approval is
 * not a stage of its own: it happens at the bank.
 */
public record Mortgages(List<Kind> kinds) {

    public record Kind(String financing, long awaitingAppointment, long atTheBank, BigDecimal loansInProgress,
            long disbursed, BigDecimal loansDisbursed) {
    }

    /**
     * @param open open deals (their mortgage stage as of now)
     * @param disbursedByKind per loan kind, its disbursements over the period
     */
    public static Mortgages of(Collection<DealState.Open> open, Map<String, Figures> disbursedByKind) {
        Map<String, long[]> stages = new TreeMap<>();
        Map<String, BigDecimal> loans = new TreeMap<>();
        open.forEach(deal -> {
            if (deal.mortgageStage() == null) {
                return;
            }
            long[] counts = stages.computeIfAbsent(deal.financing(), k -> new long[2]);
            counts[deal.mortgageStage().ordinal()]++;
            loans.merge(deal.financing(), deal.loanAmount() == null ? BigDecimal.ZERO : deal.loanAmount(), BigDecimal::add);
        });
        TreeMap<String, Boolean> kinds = new TreeMap<>();
        stages.keySet().forEach(k -> kinds.put(k, true));
        disbursedByKind.keySet().forEach(k -> kinds.put(k, true));
        List<Kind> rows = new ArrayList<>();
        for (String kind : kinds.keySet()) {
            long[] counts = stages.getOrDefault(kind, new long[2]);
            Figures disbursed = disbursedByKind.getOrDefault(kind, Figures.ZERO);
            rows.add(new Kind(kind, counts[0], counts[1], Figures.money(loans.getOrDefault(kind, BigDecimal.ZERO)),
                    disbursed.count(Count.MORTGAGES_DISBURSED), disbursed.amount(Amount.LOANS_DISBURSED)));
        }
        return new Mortgages(List.copyOf(rows));
    }
}
