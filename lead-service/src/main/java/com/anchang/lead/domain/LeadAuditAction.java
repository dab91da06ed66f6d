package com.anchang.lead.domain;

/** LEAD-10: why the full contact details of a lead were shown. */
public enum LeadAuditAction {
    /** The registering consultant (the owner) was answered the lead they registered, in full. */
    LEAD_REGISTERED,
    /** A lead was read with its full contact details. */
    LEAD_FULL_DETAILS_READ
}
