package com.anchang.commission.adapter.web;

import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.domain.LedgerEntry;
import java.math.BigDecimal;
import java.util.List;

/**
 * A consultant's ledger at an office: the entries, oldest first, and the balances derived from them:
 * credit (业绩), provisional credit beside it, commission earned, paid out, held back, and pending
 * (earned, not paid yet).
 */
public record LedgerView(String consultantId, String officeId, List<LedgerEntry> entries, BigDecimal balance,
        BigDecimal provisional, BigDecimal commission, BigDecimal paid, BigDecimal heldBack, BigDecimal pending) {

    static LedgerView of(ViewingCredits.Ledger l) {
        return new LedgerView(l.consultantId(), l.officeId(), l.entries(), l.balance(), l.provisional(), l.commission(),
                l.paid(), l.heldBack(), l.pending());
    }
}
