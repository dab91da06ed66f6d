package com.anchang.events.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cash buyer's instalment plan (分期付款) as it now stands, whole: each instalment's due date, amount and
 * what is still owed of it (instalment money allocated in due order). Published when the plan becomes
 * binding (the subscription signed) and whenever it or what is owed of it changes: a price change or a unit
 * swap (the last instalment takes the difference), an instalment paid, a cheque for one bounced. Defined
 * consumer-first by notification-service, which reminds the buyer before each instalment still owed and
 * withdraws the reminders of one paid or moved (NOTE-1, NOTE-4). {@code reason} names what changed it
 * (SUBSCRIPTION_SIGNED, PRICE_CHANGED, UNIT_SWAPPED, INSTALMENT_PAID, CHEQUE_BOUNCED, RECEIPT_VOIDED). A
 * cancelled deal is told by {@code transaction.deal-cancelled}, not here. Keyed by the deal id.
 */
public record InstalmentPlanSet(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String buyerName,
        String buyerMobile,
        String buyerChannel,
        List<Instalment> instalments,
        String reason,
        Instant setAt) {

    public static final String TYPE = "transaction.instalment-plan-set";
    public static final int VERSION = 1;

    /** One instalment, numbered from 1 in due order; {@code owed} is 0.00 once it is paid in full. */
    public record Instalment(int number, LocalDate dueDate, BigDecimal amount, BigDecimal owed) {
    }
}
