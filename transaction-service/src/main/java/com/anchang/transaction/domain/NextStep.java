package com.anchang.transaction.domain;

import java.util.List;

/**
 * What a deal needs next, for whom, and why (the rule that asks for it): the answer to "what do I do
 * with this deal now".
 *
 * @param by the office roles that may take the step ({@link StaffRole#CONSULTANT}: the deal's own consultant)
 */
public record NextStep(Action action, List<StaffRole> by, String needs, String rule) {

    public enum Action {
        ENTER_TEMPORARY_DEPOSIT,
        HOLD_UNIT,
        ENTER_FORMAL_DEPOSIT,
        CONFIRM_PAYMENT,
        SETTLE_CHEQUE,
        PAY_AGAIN,
        DRAFT_SUBSCRIPTION,
        APPROVE_SUBSCRIPTION,
        SIGN_SUBSCRIPTION,
        ENTER_DOWN_PAYMENT,
        RESCHEDULE_DOWN_PAYMENT,
        CHECK_ELIGIBILITY,
        SIGN_CONTRACT,
        SET_MORTGAGE_APPOINTMENT,
        RECORD_MORTGAGE_PROGRESS,
        HAND_OVER,
        CANCEL,
        /** DEAL-9: a change order waits for the PM's decision. */
        DECIDE_CHANGE_ORDER,
        /** 分期付款: an instalment of the balance is owed. */
        ENTER_INSTALMENT
    }
}
