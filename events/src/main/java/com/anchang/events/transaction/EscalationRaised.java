package com.anchang.events.transaction;

import java.time.Instant;

/**
 * DEAL-7: a deal went on its office's escalation list — the PM's "what needs me today". {@code kind} is
 * DOWN_PAYMENT_OVERDUE, CHEQUE_BOUNCED, HOLD_LAPSING, BUYER_UNREACHABLE, REMINDER_UNANSWERED or
 * INSTALMENT_OVERDUE (more may come: a consumer treats an unknown kind as "needs the PM"); {@code reference}
 * names its cause (the due date, the cheque's payment id, the hold's deadline in epoch seconds, the reminder
 * id). Keyed by deal id.
 */
public record EscalationRaised(
        String dealId,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String consultantId,
        String buyerName,
        String escalationId,
        String kind,
        String reference,
        String detail,
        Instant raisedAt) {

    public static final String TYPE = "transaction.escalation-raised";
    public static final int VERSION = 1;
}
