package com.anchang.lead.domain;

/** LEAD-1: where the customer came from. */
public enum LeadSource {
    WALK_IN,
    PHONE,
    REFERRAL,
    CHANNEL
}
