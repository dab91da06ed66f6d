package com.anchang.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * NOTE-6: a reminder in the app, to a consultant (their inbox) or to the office's PM (a claim or a
 * collision waiting for the PM's decision, in the inbox every PM of the office reads). A consultant's
 * reminder has the id of the event that caused it, so a redelivered event adds nothing; what waits for
 * the PM has the id of what waits (the collision, the claim), and is marked done when it is decided.
 *
 * @param consultantId whom it is addressed to: a consultant's user id, or {@link #officePm(String)}
 * @param kind what about, e.g. PROTECTION_LAPSING (LEAD-11)
 * @param subject what it is about (the lead's id, the collision's or the claim's id)
 * @param text as the consultant or the PM reads it
 * @param doneAt when what waited for the PM was decided (null: still waiting, or a consultant's reminder)
 * @param outcome how it was decided, as the PM reads it (null while waiting)
 */
public record ConsultantReminder(String id, String consultantId, String developerId, String officeId, Kind kind,
        String subject, String text, Instant at, Instant doneAt, String outcome) {

    public enum Kind {
        /** LEAD-11: the lead's protection lapses without a follow-up. */
        PROTECTION_LAPSING,
        /** LEAD-5: two consultants registered the same customer; the PM confirms or overrides the rule's follower. */
        COLLISION_WAITING,
        /** COMM-3: a consultant claims a closed deal's credit; the PM accepts or rejects it. */
        CLAIM_WAITING,
        /** LEAD-11/LEAD-12: a follow-up on the lead is due before its protection lapses. */
        FOLLOW_UP_DUE
    }

    public ConsultantReminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consultantId, "consultantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    /** The addressee "the PMs of this office": every PM of the office reads what is addressed to it. */
    public static String officePm(String officeId) {
        return "pm:" + officeId;
    }

    /** LEAD-11, NOTE-6: the lead is protected up to {@code protectedUntil} and released on {@code releasedOn} without a follow-up. */
    public static ConsultantReminder protectionLapsing(String eventId, String consultantId, String developerId,
            String officeId, String leadId, LocalDate protectedUntil, LocalDate releasedOn, Instant at) {
        return new ConsultantReminder(eventId, consultantId, developerId, officeId, Kind.PROTECTION_LAPSING, leadId,
                "客户 %s 的保护期至 %s;如无跟进记录,将于 %s 释放,请及时跟进。".formatted(leadId, protectedUntil, releasedOn), at,
                null, null);
    }

    /**
     * LEAD-11/LEAD-12, NOTE-6: a follow-up on the lead is due: the owner logged {@code logged} of the office's
     * {@code minimum}; protected up to {@code protectedUntil}, released on {@code releasedOn} without a follow-up.
     */
    public static ConsultantReminder followUpDue(String eventId, String consultantId, String developerId,
            String officeId, String leadId, int logged, int minimum, LocalDate protectedUntil, LocalDate releasedOn,
            Instant at) {
        String count = logged >= minimum ? "已跟进 %d 次".formatted(logged)
                : "已跟进 %d 次,至少需 %d 次".formatted(logged, minimum);
        return new ConsultantReminder(eventId, consultantId, developerId, officeId, Kind.FOLLOW_UP_DUE, leadId,
                "客户 %s 该跟进了(%s);保护期至 %s,如无跟进记录,将于 %s 释放。".formatted(leadId, count, protectedUntil,
                        releasedOn), at, null, null);
    }

    /** LEAD-5, NOTE-6: a collision waits for the office's PM; the rule named {@code decidedFollower}. */
    public static ConsultantReminder collisionWaiting(String collisionId, String developerId, String officeId,
            String leadId, String owner, String challenger, String decidedFollower, Instant at) {
        return new ConsultantReminder(collisionId, officePm(officeId), developerId, officeId, Kind.COLLISION_WAITING,
                collisionId, "撞单待确认:客户 %s 由 %s 登记,%s 再次登记;按规则由 %s 跟进,请确认或改判。".formatted(leadId, owner,
                        challenger, decidedFollower), at, null, null);
    }

    /** COMM-3, NOTE-6: a consultant's claim on a deal's credit waits for the office's PM. */
    public static ConsultantReminder claimWaiting(String claimId, String developerId, String officeId, String dealId,
            String claimant, Instant at) {
        return new ConsultantReminder(claimId, officePm(officeId), developerId, officeId, Kind.CLAIM_WAITING, claimId,
                "业绩申诉待审核:%s 申请成交 %s 的业绩,请审核。".formatted(claimant, dealId), at, null, null);
    }

    /** Decided: no longer waiting for the PM. */
    public ConsultantReminder done(Instant when, String how) {
        return new ConsultantReminder(id, consultantId, developerId, officeId, kind, subject, text, at, when, how);
    }

    public boolean waiting() {
        return doneAt == null && forThePm();
    }

    /** What waits for the office's PM (a collision, a claim), not a consultant's own reminder. */
    public boolean forThePm() {
        return kind == Kind.COLLISION_WAITING || kind == Kind.CLAIM_WAITING;
    }
}
