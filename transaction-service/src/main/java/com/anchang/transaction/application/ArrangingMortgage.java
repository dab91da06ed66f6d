package com.anchang.transaction.application;

import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.Financing;
import com.anchang.transaction.domain.Mortgage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The buyer's mortgage after the contract, by the deal's consultant, finance or the PM: the bank
 * appointment (set, then moved: each an event, NOTE-4) and each loan's progress, dated.
 */
public class ArrangingMortgage {

    private final DealSteps steps;

    public ArrangingMortgage(DealSteps steps) {
        this.steps = steps;
    }

    public Deal appoint(Caller caller, String dealId, String requestId, String bank, String place, Instant at,
            List<String> documents) {
        return steps.run(caller, dealId, requestId, "set-mortgage-appointment", "arrange the mortgage",
                CheckingEligibility.ROLES, (deal, by, policy, now) -> deal.appointMortgage(bank, place, at, documents,
                        by.userId(), now).stream().toList());
    }

    public Deal progress(Caller caller, String dealId, String requestId, Financing.LoanType loan, Mortgage.Step step,
            LocalDate on) {
        return steps.run(caller, dealId, requestId, "record-mortgage-progress", "arrange the mortgage",
                CheckingEligibility.ROLES, (deal, by, policy, now) -> deal.recordMortgageProgress(loan, step, on,
                        by.userId(), now, policy));
    }
}
