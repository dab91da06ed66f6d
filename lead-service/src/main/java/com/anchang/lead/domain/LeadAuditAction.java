package com.anchang.lead.domain;

/** Why a lead's audit log has an entry: a full disclosure (LEAD-10) or a PM's decision (LEAD-5, LEAD-8). */
public enum LeadAuditAction {
    /** The registering consultant (the owner) was answered the lead they registered, in full. */
    LEAD_REGISTERED,
    /** A lead was read with its full contact details. */
    LEAD_FULL_DETAILS_READ,
    /** LEAD-6: the owner or the PM linked a person to the lead and was answered the lead in full. */
    LEAD_LINKED,
    /** LEAD-5: the PM resolved a collision against the rule's decision, with a reason. */
    PM_OVERRIDE,
    /** LEAD-8: the PM reassigned the lead, with a reason. */
    PM_REASSIGNMENT
}
