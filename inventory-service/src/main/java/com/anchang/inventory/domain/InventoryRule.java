package com.anchang.inventory.domain;

import com.anchang.support.problem.RuleId;

/**
 * The rules inventory-service enforces (RULES.md UNIT and OPEN), named in refusals by their rulebook id.
 */
public enum InventoryRule implements RuleId {
    /**
     * A unit's sales-control status: available, withheld, held, reserved, contracted; back to available on
     * cancellation.
     */
    UNIT_1,
    /** The first deposit wins: no unit is held, reserved or contracted twice. */
    UNIT_2,
    /** A temporary hold expires at its deadline and the unit returns to available. */
    UNIT_3,
    /** A special discount beyond the price list needs the PM's approval. */
    UNIT_4,
    /** The sales-control board shows every unit of a building as a floor by unit grid, live. */
    UNIT_5,
    /** The price list is confidential to the office. */
    UNIT_6,
    /** A unit of an opening is not held before the opening's time. */
    OPEN_1,
    /** A buyer holds at most N units of one opening. */
    OPEN_2;

    /** The id, so a rule reads in messages as the rulebook names it. */
    @Override
    public String toString() {
        return id();
    }
}
