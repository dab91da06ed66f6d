package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The office's policy values for crediting deals (settings with defaults, never constants here).
 *
 * @param zone the office's time zone: protection windows are calendar days there (LEAD-3)
 * @param recognition the deal event at which a credit is recognised (COMM-1); provisional before it
 * @param split COMM-2: a deal closed by another consultant inside the owner's protection
 * @param bigDealThreshold COMM-4: a buyer's cumulative deal amount up to this counts in full (CNY)
 * @param weightAbove COMM-4: the weight of the part above the threshold (0.5 = 50%)
 */
public record OfficeCreditPolicy(ZoneId zone, Recognition recognition, Split split, BigDecimal bigDealThreshold,
        BigDecimal weightAbove) {

    public enum Recognition {
        /** credited at the subscription agreement's signature (认购) */
        SUBSCRIPTION,
        /** credited at the sales contract's signature (签约) */
        CONTRACT
    }

    public enum Split {
        /** seed 000: half to the owner, half to the closer */
        HALF_HALF,
        /** seed 002: all to the first receiver, the owner */
        ALL_TO_FIRST_RECEIVER
    }

    public static final OfficeCreditPolicy DEFAULTS = new OfficeCreditPolicy(ZoneId.of("Asia/Shanghai"),
            Recognition.SUBSCRIPTION, Split.HALF_HALF, new BigDecimal("5000000.00"), new BigDecimal("0.5"));

    public OfficeCreditPolicy {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(recognition, "recognition");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(bigDealThreshold, "bigDealThreshold");
        Objects.requireNonNull(weightAbove, "weightAbove");
    }
}
