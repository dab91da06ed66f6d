package com.anchang.commission.domain;

import java.util.Objects;
import java.util.Set;

/**
 * Who a deal is credited to, and why (COMM-1).
 *
 * @param crediteeConsultantId the consultant the deal's performance and commission go to
 * @param closingConsultantId the consultant who closed the deal (took the deposit)
 * @param leadOwnerConsultantId the owner of the deal's lead, or null when the lead is not known here
 * @param basis why the creditee was chosen
 */
public record Attribution(String crediteeConsultantId, String closingConsultantId, String leadOwnerConsultantId,
        Basis basis) {

    public enum Basis {
        /** COMM-1: the lead's owner, who is not the one who closed. */
        LEAD_OWNER,
        /** COMM-1: the closing consultant owns the lead. */
        CLOSER_OWNS_LEAD,
        /** The lead is not known here (none named, or its registration not seen): the closing consultant. */
        LEAD_NOT_KNOWN
    }

    public Attribution {
        Objects.requireNonNull(crediteeConsultantId, "crediteeConsultantId");
        Objects.requireNonNull(closingConsultantId, "closingConsultantId");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * The consultants the deal's performance and commission go to: the creditee alone under COMM-1
     * (the closing consultant of a lead-owner credit is recorded, not credited); the split of COMM-2
     * will name two.
     */
    public Set<String> creditedConsultantIds() {
        return Set.of(crediteeConsultantId);
    }
}
