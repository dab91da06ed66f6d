package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Mortgages by loan kind: in progress as of now by stage — awaiting the bank appointment, documents (appointed,
 * the bank has not got every document), approval (documents received, not approved), disbursement (approved, funds
 * not disbursed; a combined loan stands where its least advanced loan stands) — and disbursed over a period
 * (count and loans).
 */
public record Mortgages(List<Kind> kinds) {

    public record Kind(String financing, long awaitingAppointment, long atTheBank, long awaitingApproval,
            long awaitingDisbursement, BigDecimal loansInProgress, long disbursed, BigDecimal loansDisbursed) {
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
            long[] counts = stages.computeIfAbsent(deal.financing(), k -> new long[DealState.MortgageStage.values().length]);
            counts[deal.mortgageStage().ordinal()]++;
            loans.merge(deal.financing(), deal.loanAmount() == null ? BigDecimal.ZERO : deal.loanAmount(), BigDecimal::add);
        });
        TreeMap<String, Boolean> kinds = new TreeMap<>();
        stages.keySet().forEach(k -> kinds.put(k, true));
        disbursedByKind.keySet().forEach(k -> kinds.put(k, true));
        List<Kind> rows = new ArrayList<>();
        for (String kind : kinds.keySet()) {
            long[] counts = stages.getOrDefault(kind, new long[DealState.MortgageStage.values().length]);
            Figures disbursed = disbursedByKind.getOrDefault(kind, Figures.ZERO);
            rows.add(new Kind(kind, counts[0], counts[1], counts[2], counts[3], Figures.money(loans.getOrDefault(kind, BigDecimal.ZERO)),
                    disbursed.count(Count.MORTGAGES_DISBURSED), disbursed.amount(Amount.LOANS_DISBURSED)));
        }
        return new Mortgages(List.copyOf(rows));
    }
}
