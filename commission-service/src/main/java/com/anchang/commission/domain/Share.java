package com.anchang.commission.domain;

import java.math.BigDecimal;

/**
 * One consultant's part of a deal's credit.
 *
 * @param role why they share in it
 * @param fraction of the weighted amount (1, or 0.5 under COMM-2's default split)
 * @param amount CNY, to the fen; the parts of a deal add up to its weighted amount exactly
 */
public record Share(String consultantId, Role role, BigDecimal fraction, BigDecimal amount) {

    public enum Role {
        /** owned the lead and closed the deal */
        OWNER_AND_CLOSER,
        /** owned the lead (LEAD-2/3), another closed */
        OWNER,
        /** closed the deal */
        CLOSER,
        /** awarded by the PM's decision (COMM-3 claim, COMM-5 cover) */
        AWARDED
    }
}
