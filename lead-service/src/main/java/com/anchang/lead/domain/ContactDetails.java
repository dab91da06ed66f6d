package com.anchang.lead.domain;

/** LEAD-10: how much of a lead's contact details a viewer is shown. */
public enum ContactDetails {
    /** The whole mobile number; every such disclosure is written to the lead audit. */
    FULL,
    /** The masked mobile (138****5678). */
    MASKED
}
