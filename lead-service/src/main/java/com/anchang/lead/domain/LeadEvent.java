package com.anchang.lead.domain;

import java.time.Instant;
import java.time.LocalDate;

/** What happened to a lead; the messaging adapter turns these into contract events. */
public sealed interface LeadEvent {

    Lead lead();

    /** LEAD-1/2: a consultant registered the customer and owns the lead, protected until lead.protectedUntil(). */
    record Registered(Lead lead) implements LeadEvent {
    }

    /** LEAD-4: a follow-up was appended. */
    record FollowUpLogged(Lead lead, FollowUp followUp) implements LeadEvent {
    }

    /** LEAD-3: a counted follow-up moved the end of the protection window. */
    record ProtectionExtended(Lead lead, FollowUp followUp, LocalDate previousProtectedUntil) implements LeadEvent {
    }

    /** LEAD-11: the owner is reminded on the last protected day that the lead lapses tomorrow. */
    record ProtectionLapsing(Lead lead, Instant at) implements LeadEvent {
    }

    /**
     * LEAD-11/LEAD-12: the owner is reminded, a set number of office days before protection lapses, that a
     * follow-up is due. {@code minimum} is the office's LEAD-12 minimum for the lead's source.
     */
    record FollowUpDue(Lead lead, Instant at, int minimum) implements LeadEvent {
    }

    /** LEAD-3: protection ended without a follow-up; the lead is released. The ownership that ended, as it was. */
    record Released(Lead lead, Instant at, String formerOwnerConsultantId, Instant ownedSince,
            LocalDate protectedUntil) implements LeadEvent {
    }

    /**
     * LEAD-3/5/8: the lead changed owner; the new owner is lead.ownerConsultantId(), protected from
     * lead.ownedSince() until lead.protectedUntil().
     */
    record Reassigned(Lead lead, String previousOwnerConsultantId, Reason reason, String by, Instant at)
            implements LeadEvent {

        public enum Reason {
            /** LEAD-3: a released (or lapsed) lead registered by the consultant who received the customer next. */
            RE_REGISTERED,
            /** LEAD-5: the PM overrode a collision's decision. */
            COLLISION_OVERRIDE,
            /** LEAD-8: the PM reassigned the lead (a consultant left, a customer complained). */
            PM_REASSIGNMENT
        }
    }

    /** LEAD-7: the lead is a returning buyer's new, separate lead after their contracted lead {@code previousLeadId}. */
    record ReturningBuyerRegistered(Lead lead, String previousLeadId, String previousOwnerConsultantId)
            implements LeadEvent {
    }

    /** LEAD-7: the lead was pre-registered (referral or proxy viewer) before the customer came; see lead.registration(). */
    record PreRegistered(Lead lead) implements LeadEvent {
    }

    /** LEAD-6: a person was linked to the lead's customer (the same customer or a separate relative). */
    record Linked(Lead lead, LeadLink link) implements LeadEvent {
    }

    /** LEAD-11: the lead moved from one stage to another. */
    record StageChanged(Lead lead, LeadStage from, LeadStage to, String by, Instant at) implements LeadEvent {
    }
}
