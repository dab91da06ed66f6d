package com.anchang.transaction.domain;

import java.util.List;

/** How the buyer pays the rest of the price after the down payment, as the subscription states it. */
public enum Financing {
    /** No loan: the down payment is the whole rest of the price, and the mortgage is skipped. */
    CASH(List.of()),
    /** A commercial bank loan (商业贷款). */
    COMMERCIAL_LOAN(List.of(LoanType.COMMERCIAL)),
    /** A housing provident fund loan (公积金贷款). */
    HOUSING_FUND_LOAN(List.of(LoanType.HOUSING_FUND)),
    /** Both (组合贷款). */
    COMBINED_LOAN(List.of(LoanType.COMMERCIAL, LoanType.HOUSING_FUND));

    private final List<LoanType> loans;

    Financing(List<LoanType> loans) {
        this.loans = loans;
    }

    public List<LoanType> loans() {
        return loans;
    }

    public enum LoanType {
        COMMERCIAL,
        HOUSING_FUND
    }
}
