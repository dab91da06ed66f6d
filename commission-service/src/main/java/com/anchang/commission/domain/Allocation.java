package com.anchang.commission.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A deal's credit as the rules decide it, with everything needed to say why.
 *
 * @param shares who is credited how much
 * @param ruleIds the rules applied, in the order they decided (COMM-1, COMM-2, COMM-4, LEAD-3, LEAD-9)
 * @param ownerConsultantId the lead's owner at the closing instant, null when none is known
 * @param protectedUntil the owner's last protected day then, when known
 * @param protectionValid whether the owner's protection was valid at the closing instant
 * @param tiering the COMM-4 arithmetic
 * @param reason the decision in one sentence
 */
public record Allocation(List<Share> shares, List<String> ruleIds, String ownerConsultantId, LocalDate protectedUntil,
        boolean protectionValid, Tiering tiering, String reason) {

    public Allocation {
        shares = List.copyOf(shares);
        ruleIds = List.copyOf(ruleIds);
    }
}
