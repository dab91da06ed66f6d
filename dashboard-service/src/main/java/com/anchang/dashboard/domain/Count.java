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
    CANCELLED_CONTRACTS,
    // appended only: the month documents store counts as an array in this order
    /** Units swapped by a change order (换房); the deal stays one subscription, its amount moves by the price difference. */
    SWAPS,
    /** Price changes by a change order after the subscription fixed the price (UNIT-4). */
    PRICE_CHANGES,
    /** Special discounts approved on held units (UNIT-4). */
    DISCOUNTS_APPROVED,
    /** Deals ended by a forfeit (挞定): the buyer walked away and the deposits were kept. */
    FORFEITS,
    /** Mortgage loans disbursed (the deal's mortgage completed). */
    MORTGAGES_DISBURSED,
    /** Effective follow-ups an owner logged on their lead, not corrections (LEAD-4). */
    FOLLOW_UPS,
    /** Leads that reached the office's minimum follow-ups (LEAD-12), counted on the day the lead was registered. */
    COMPLIANT_LEADS,
    /** Violations recorded against a consultant (LEAD-9). */
    VIOLATIONS,
    /** Lead collisions found (LEAD-5), on the day found. */
    COLLISIONS,
    /** Collisions resolved with the automatic decision upheld. */
    COLLISIONS_UPHELD,
    /** Collisions resolved by the PM overriding the automatic decision. */
    COLLISIONS_OVERRIDDEN,
    /** Reminders the buyer did not answer (NOTE-5), on the day decided. */
    REMINDERS_UNANSWERED,
    /** Reminders no channel could deliver, on the day decided. */
    REMINDERS_UNDELIVERABLE,
    /** Reminders planned, on the day they are to go (a re-plan's new reminders count again). */
    REMINDERS_PLANNED,
    /** Reminders a provider accepted, on the day sent. */
    REMINDERS_SENT,
    /** Reminders whose receipt says they arrived, on the day of the receipt. */
    REMINDERS_DELIVERED,
    /** Loans whose documents the bank received (a combined loan is two), on the day recorded. */
    LOAN_DOCUMENTS_RECEIVED,
    /** Loans the bank approved, on the day recorded. */
    LOANS_APPROVED
}
