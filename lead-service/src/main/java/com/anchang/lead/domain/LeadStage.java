package com.anchang.lead.domain;

/**
 * LEAD-11: where a lead stands: new → potential → intention → negotiating → deposit → contracted,
 * or lost. A lead moves forward (it may skip stages: a walk-in may pay a deposit the day they come),
 * never back; a contract needs a deposit first; contracted and lost are final.
 */
public enum LeadStage {
    NEW,
    POTENTIAL,
    INTENTION,
    NEGOTIATING,
    DEPOSIT,
    CONTRACTED,
    LOST;

    public boolean isFinal() {
        return this == CONTRACTED || this == LOST;
    }

    /** Whether a lead at this stage may move to {@code next} (LEAD-11). */
    public boolean canMoveTo(LeadStage next) {
        if (isFinal() || next == this) {
            return false;
        }
        if (next == LOST) {
            return true;
        }
        if (next == CONTRACTED) {
            return this == DEPOSIT;
        }
        return next.ordinal() > ordinal();
    }
}
