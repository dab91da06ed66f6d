package com.anchang.commission.adapter.web;

import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.domain.LedgerEntry;
import java.math.BigDecimal;
import java.util.List;

/** A consultant's ledger at an office: the entries, oldest first, and the balances derived from them. */
public record LedgerView(String consultantId, String officeId, List<LedgerEntry> entries, BigDecimal balance,
        BigDecimal provisional) {

    static LedgerView of(ViewingCredits.Ledger l) {
        return new LedgerView(l.consultantId(), l.officeId(), l.entries(), l.balance(), l.provisional());
    }
}
