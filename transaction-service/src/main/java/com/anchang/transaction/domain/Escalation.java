package com.anchang.transaction.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * DEAL-7: one entry of the PM's escalation list, on one deal: what needs the PM, since when, and what it
 * refers to (the due date that passed, the bounced cheque's payment, the hold's deadline, the reminder
 * that did not reach the buyer). Its id comes from its kind and that reference, so the same cause is
 * entered once however often it is noticed. Open until resolved with a note, by the PM or — when its
 * cause goes away (the money paid, the deal cancelled) — by the step that removed it.
 */
public record Escalation(String id, Kind kind, Instant raisedAt, String detail, String reference, String resolvedBy,
        Instant resolvedAt, String note) {

    public enum Kind {
        /** The down payment's due date passed and it is not paid. */
        DOWN_PAYMENT_OVERDUE,
        /** A buyer's cheque bounced: its receipt is voided and the money is due again. */
        CHEQUE_BOUNCED,
        /** Sales control's hold on the unit lapses soon (or lapsed) and no formal deposit is in. */
        HOLD_LAPSING,
        /** A reminder to the buyer could not be delivered on any channel (notification-service). */
        BUYER_UNREACHABLE,
        /** A reminder to the buyer went out, but no delivery receipt came back (notification-service). */
        REMINDER_UNANSWERED,
        /** 分期付款: an instalment's due date passed and it is not paid in full (its due date is the reference). */
        INSTALMENT_OVERDUE;

        /** The kind in an id: down-payment-overdue. */
        String slug() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public Escalation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    /** A new open entry; its id from its kind and reference (letters, digits, '.', '_' and '-' only). */
    static Escalation raised(Kind kind, String reference, Instant at, String detail) {
        String id = "esc-" + kind.slug() + "-" + reference.replaceAll("[^A-Za-z0-9._-]", "-");
        return new Escalation(id, kind, at, detail, reference, null, null, null);
    }

    public boolean open() {
        return resolvedAt == null;
    }

    Escalation resolved(String by, Instant at, String why) {
        return new Escalation(id, kind, raisedAt, detail, reference, by, at, why);
    }
}
