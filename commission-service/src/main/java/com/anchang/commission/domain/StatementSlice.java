package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One deal's part of one consultant's statement in one month (the month of the entries' instants in the
 * office's zone): the consultant's entries of that month in the deal's order, and what the statement
 * shows of the deal now (unit, the consultant's split and frozen tier, the deal's stage). Derived from the
 * deal alone, so writing it again from the same deal writes the same.
 */
public record StatementSlice(String dealId, String unitId, BigDecimal split, String tier, String stage,
        List<LedgerEntry> entries) {

    public StatementSlice {
        entries = List.copyOf(entries);
    }

    /**
     * What a deal adds to a consultant's balances beside its entries: the credit it would add while
     * provisional, and the commission whose money is in but is held back until the handover.
     */
    public record Open(BigDecimal provisional, BigDecimal heldBack) {

        public boolean none() {
            return provisional.signum() == 0 && heldBack.signum() == 0;
        }
    }

    /** The consultants the deal concerns (credited, formerly credited, or provisionally), in a stable order. */
    public static Set<String> consultantsOf(DealCredit deal) {
        Set<String> ids = new TreeSet<>();
        deal.entries().forEach(e -> ids.add(e.consultantId()));
        if (deal.allocation() != null) {
            deal.allocation().shares().forEach(s -> ids.add(s.consultantId()));
        }
        return ids;
    }

    /** The deal's slices of one consultant, by month (oldest first); none where they have no entry. */
    public static Map<YearMonth, StatementSlice> of(DealCredit deal, String consultantId, ZoneId zone) {
        Map<YearMonth, List<LedgerEntry>> byMonth = new LinkedHashMap<>();
        for (LedgerEntry e : deal.entries()) {
            if (e.consultantId().equals(consultantId)) {
                byMonth.computeIfAbsent(YearMonth.from(e.recordedAt().atZone(zone)), m -> new ArrayList<>()).add(e);
            }
        }
        BigDecimal split = split(deal, consultantId);
        String tier = deal.commission().rateOf(consultantId).map(Commission.Rate::tier).orElse(null);
        String stage = stage(deal);
        Map<YearMonth, StatementSlice> slices = new java.util.TreeMap<>();
        byMonth.forEach((month, entries) -> slices.put(month,
                new StatementSlice(deal.dealId(), deal.unitId(), split, tier, stage, entries)));
        return slices;
    }

    /** What the deal adds to the consultant's balances beside its entries. */
    public static Open open(DealCredit deal, String consultantId) {
        BigDecimal provisional = BigDecimal.ZERO.setScale(2);
        if (deal.stage() == DealCredit.Stage.PROVISIONAL && deal.allocation() != null) {
            for (Share s : deal.allocation().shares()) {
                if (s.consultantId().equals(consultantId)) {
                    provisional = provisional.add(s.amount());
                }
            }
        }
        return new Open(provisional, deal.heldBack(consultantId));
    }

    private static BigDecimal split(DealCredit deal, String consultantId) {
        return deal.allocation() == null ? null : deal.allocation().shares().stream()
                .filter(s -> s.consultantId().equals(consultantId)).map(Share::fraction).findFirst().orElse(null);
    }

    private static String stage(DealCredit deal) {
        Commission c = deal.commission();
        return deal.stage() + (c.handedOver() ? ", handed over" : c.collected().isEmpty() ? "" : ", collected " + c.collected());
    }
}
