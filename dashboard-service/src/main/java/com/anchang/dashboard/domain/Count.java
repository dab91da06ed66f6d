package com.anchang.dashboard.domain;

/** What an office counts per day. Each is added to by one kind of event, on the day it happened in the office's time zone. */
public enum Count {
    /** Walk-in receptions given by the rotation (ROT-11 visit log). */
    VISITS,
    /** Phone receptions given by the rotation (ROT-11 call log). */
    CALLS,
    /** Leads registered (LEAD-1). */
    NEW_LEADS,
    /** Units held by sales control for a temporary deposit (UNIT-2). */
    HOLDS,
    TEMPORARY_DEPOSITS,
    FORMAL_DEPOSITS,
    SUBSCRIPTIONS,
    DOWN_PAYMENTS,
    CONTRACTS,
    /** Deals cancelled at any step (DEAL-8). */
    CANCELLATIONS,
    /** Deals cancelled after their subscription was signed: subtracted from subscriptions for the net figure. */
    CANCELLED_SUBSCRIPTIONS,
    /** Deals cancelled after their sales contract was signed: subtracted from contracts for the net figure. */
    CANCELLED_CONTRACTS
}
