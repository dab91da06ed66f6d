package com.anchang.lead.domain;

import com.anchang.support.problem.RuleId;

/**
 * The rules lead-service enforces (RULES.md ROT and LEAD), named in refusals, assignments, skips and
 * violations by their rulebook id.
 */
public enum LeadRule implements RuleId {
    /** Two queues a day, walk-in and phone, of the certified consultants checked in today. */
    ROT_1,
    /** Queue order is today's check-in order. */
    ROT_2,
    /** The head of the queue receives next; one serving a customer is not offered another nor drops them. */
    ROT_3,
    /** Declined for a personal reason: skipped for this round, normal place next round. */
    ROT_4,
    /** Unavailable for an objective reason: skipped, may be inserted back into the current round. */
    ROT_5,
    /** Not at the post when the turn comes: the next one takes it, the absent one goes to the end. */
    ROT_6,
    /** A visitor who already has a consultant is handed to them; the receiver keeps the turn. */
    ROT_7,
    /** Covering for a colleague's customer, or a visitor who is no buyer, does not use the turn. */
    ROT_8,
    /** Every other reception uses the turn. */
    ROT_9,
    /** A call not picked up within the answer window is open to anyone on duty. */
    ROT_10,
    /** Every call and visit is logged with time, consultant, source and outcome. */
    ROT_11,
    /** A lead is registered with the customer's consent; the normalised mobile is the customer's identity. */
    LEAD_1,
    /** The first consultant who received the customer owns the lead (首接制). */
    LEAD_2,
    /** Ownership is protected for a period and lapses without follow-up. */
    LEAD_3,
    /** Follow-up records are append-only. */
    LEAD_4,
    /** Collision 撞单: the earlier registration wins while its protection was valid; resolved the day it is found. */
    LEAD_5,
    /** Family members and one company's superior and subordinate are the same customer. */
    LEAD_6,
    /** A returning or referred buyer is a new lead, registered again. */
    LEAD_7,
    /** The PM reassigns the leads of a consultant who left or after a complaint, with the reason. */
    LEAD_8,
    /** Grabbing, renaming the buyer and unit flipping are violations recorded for the PM. */
    LEAD_9,
    /** Customer data is confidential: full contact details for the owner only, every read audited. */
    LEAD_10,
    /** Lead stages: new, potential, intention, negotiating, deposit, contracted, lost. */
    LEAD_11,
    /** Minimum follow-ups: 2 for phone leads, 3 for visit leads. */
    LEAD_12;

    /** The id, so a rule reads in messages as the rulebook names it. */
    @Override
    public String toString() {
        return id();
    }
}
