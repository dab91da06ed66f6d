package com.anchang.commission.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One fact of a lead's ownership as lead-service published it, kept so that ownership can be asked
 * at any past instant.
 *
 * @param eventId the id of the event the fact came from (its identity here: a redelivery adds nothing)
 * @param at when it happened (not when it arrived here)
 * @param consultantId the consultant the fact names as owner (registered, extended, reassigned, collision
 *     follower, violation's rightful owner), or the former owner of a release
 * @param protectedUntil the last protected day of the office after this fact, when the fact says it
 * @param offenderConsultantId for a violation (LEAD-9): who grabbed; otherwise null
 * @param detail the reason or kind as published (reassignment reason, violation kind), for the explanation
 */
public record OwnershipFact(String eventId, Kind kind, Instant at, String consultantId, LocalDate protectedUntil,
        String offenderConsultantId, String detail) {

    public enum Kind {
        /** LEAD-2: registered; owner and protection window. */
        REGISTERED,
        /** LEAD-3: a follow-up extended the protection. */
        PROTECTION_EXTENDED,
        /** LEAD-3: protection lapsed, the lead is nobody's. */
        RELEASED,
        /** LEAD-8 (or a re-registration after a release): a new owner. */
        REASSIGNED,
        /** LEAD-5: a collision resolved, the follower named. */
        COLLISION_RESOLVED,
        /** LEAD-9: a violation recorded; the rightful owner keeps the credit whenever it is recorded. */
        VIOLATION_RECORDED,
        /**
         * LEAD-6: a person linked to the lead's customer ({@code detail} starts with {@link #SAME_CUSTOMER} when they
         * are the same customer): the owner does not change; a deal of the lead signed by that person is the
         * owner's (COMM-1), and the explanation says so.
         */
        LINKED,
        /**
         * LEAD-7: the lead was pre-registered (a referral, a proxy viewer's principal) — its ownership comes with
         * the lead.lead-registered published beside it; kept for the explanation.
         */
        PRE_REGISTERED,
        /**
         * LEAD-7: the lead is a returning buyer's new, separate lead ({@code detail} names the earlier lead and its
         * owner) — its ownership comes with the lead.lead-registered published beside it; kept for the explanation.
         */
        RETURNING_BUYER;

        /** How a {@link #LINKED} fact's detail starts when the person is the lead's customer (LEAD-6). */
        public static final String SAME_CUSTOMER = "same customer";
    }

    public OwnershipFact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
