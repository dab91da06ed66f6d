package com.anchang.commission.domain;

import java.math.BigDecimal;

/**
 * COMM-4, the arithmetic of one deal's weighting: the buyer's cumulative deal amount before it, the part
 * of it up to the threshold (counts in full) and the part above (counts at the weight).
 *
 * @param amount the deal's amount (CNY)
 * @param cumulativeBefore the buyer's deals recognised before this one (CNY)
 * @param threshold the policy's threshold
 * @param fullPart the part of this deal counted at 100%
 * @param abovePart the part of this deal above the threshold
 * @param weightAbove the weight of the part above
 * @param weighted the amount the deal counts: fullPart + abovePart × weightAbove, to the fen
 */
public record Tiering(BigDecimal amount, BigDecimal cumulativeBefore, BigDecimal threshold, BigDecimal fullPart,
        BigDecimal abovePart, BigDecimal weightAbove, BigDecimal weighted) {

    /** Whether the big-deal rule changed anything (COMM-4 applied). */
    public boolean tiered() {
        return abovePart.signum() > 0;
    }
}
