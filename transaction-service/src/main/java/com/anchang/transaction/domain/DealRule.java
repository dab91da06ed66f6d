package com.anchang.transaction.domain;

import com.anchang.support.problem.RuleId;

/**
 * The rules transaction-service enforces (RULES.md DEAL, and UNIT-2/3/4 on the deal's side), named in
 * refusals by their rulebook id.
 */
public enum DealRule implements RuleId {
    /**
     * The pipeline's steps, in order (RULES.md DEAL, the paragraph before DEAL-1, which numbers no rule):
     * a step whose turn has not come, or that is already done, is refused naming this when no more
     * specific rule decides it.
     */
    DEAL_0,
    /** The unit is confirmed with sales control and held for the deal before any deposit is taken. */
    UNIT_2,
    /** A temporary hold lapses at its deadline; no deposit after it. */
    UNIT_3,
    /** Special discounts are approved by the PM; the subscription fixes the price they lead to. */
    UNIT_4,
    /** Money is received by finance or the PM, and a second staff member of the office confirms it. */
    DEAL_1,
    /** A receipt states unit, amount in figures and in capital numerals, payment method; never edited. */
    DEAL_2,
    /** Each receipt and the subscription are reclaimed by the next step, recorded. */
    DEAL_3,
    /** The subscription is signed off by the PM before the buyer signs. */
    DEAL_4,
    /** Purchase eligibility is checked before the contract. */
    DEAL_5,
    /** Someone paying for the buyer gives a written statement. */
    DEAL_6,
    /** A buyer late with the down payment or unreachable is reported to the PM. */
    DEAL_7,
    /** Cancellation releases the unit, voids open receipts and reverses commission. */
    DEAL_8,
    /**
     * Change orders (issue 11, "change orders"; RULES.md does not number them yet): a unit swap, a buyer change,
     * a price change or a forfeit is requested by the deal's consultant or the PM, approved or rejected by the PM
     * with a note, one waiting at a time, and undone by the PM only while the deal has not moved on.
     */
    DEAL_9;

    /** The id, so a rule reads in messages as the rulebook names it. */
    @Override
    public String toString() {
        return id();
    }
}
