package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One consultant's statement book at an office: their deals' slices by month, and what their open deals
 * add beside the entries (provisional credit, commission held back). Everything a statement shows, read
 * by key instead of from the deals.
 */
public record ConsultantBook(Map<YearMonth, List<StatementSlice>> months, BigDecimal provisional, BigDecimal heldBack) {

    public ConsultantBook {
        months = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(months));
    }

    /** The book derived from the consultant's deals themselves (what the stored book is kept equal to). */
    public static ConsultantBook derive(List<DealCredit> deals, String consultantId, ZoneId zone) {
        Map<YearMonth, List<StatementSlice>> months = new java.util.TreeMap<>();
        BigDecimal provisional = BigDecimal.ZERO.setScale(2);
        BigDecimal heldBack = BigDecimal.ZERO.setScale(2);
        for (DealCredit deal : deals) {
            StatementSlice.of(deal, consultantId, zone)
                    .forEach((month, slice) -> months.computeIfAbsent(month, m -> new ArrayList<>()).add(slice));
            StatementSlice.Open open = StatementSlice.open(deal, consultantId);
            provisional = provisional.add(open.provisional());
            heldBack = heldBack.add(open.heldBack());
        }
        return new ConsultantBook(months, provisional, heldBack);
    }
}
