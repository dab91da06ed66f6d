package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A PM's decision on who a deal is credited to, overriding the ownership rules (COMM-3 on a claim,
 * COMM-5 for a reception that covered for a colleague), recorded with who and why (COMM-6). It moves
 * the credit by entries caused by the decision, never by an edit.
 *
 * @param decisionId the decision's id, the cause of the entries it posts
 * @param ruleId COMM-3 (a claim decided) or COMM-5 (a cover)
 * @param awards each consultant's fraction of the deal's weighted amount; they add up to 1
 */
public record Adjudication(String decisionId, String ruleId, String claimId, List<Award> awards, String decidedBy,
        Instant decidedAt, String reason) {

    public record Award(String consultantId, BigDecimal fraction) {

        public Award {
            Objects.requireNonNull(consultantId, "consultantId");
            Objects.requireNonNull(fraction, "fraction");
        }
    }

    /** A PM's new decision, its id made here. */
    public static Adjudication decide(String ruleId, String claimId, List<Award> awards, String decidedBy, Instant at,
            String reason) {
        return new Adjudication("decision-" + UUID.randomUUID(), ruleId, claimId, awards, decidedBy, at, reason);
    }

    public Adjudication {
        Objects.requireNonNull(decisionId, "decisionId");
        awards = List.copyOf(awards);
        BigDecimal total = awards.stream().map(Award::fraction).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("the awards add up to " + total + ", not 1");
        }
    }
}
