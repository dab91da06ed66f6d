package com.anchang.transaction.application;

import com.anchang.transaction.domain.Deal;
import com.anchang.support.security.Caller;
import java.time.LocalDate;
import java.util.List;

/** NOTE-4: finance or the PM moves the down payment's due date, with a reason; the reminders move with the event. */
public class ReschedulingDownPayment {

    private final DealSteps steps;

    public ReschedulingDownPayment(DealSteps steps) {
        this.steps = steps;
    }

    public Deal reschedule(Caller caller, String dealId, String requestId, LocalDate dueDate, String reason) {
        return steps.run(caller, dealId, requestId, "reschedule-down-payment", "reschedule the down payment",
                ReceivingMoney.ROLES, (deal, by, policy, now) -> List.of(deal.rescheduleDownPayment(dueDate, reason,
                        by.userId(), now, policy)));
    }
}
