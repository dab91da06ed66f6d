package com.anchang.commission.domain;

/**
 * Decides who a closed deal is credited to. COMM-1: credit goes to the owner of the lead. The split
 * when another consultant closed inside the owner's protection (COMM-2, office policy 50/50 or all to
 * the first receiver), late claims (COMM-3), big deals (COMM-4) and covering (COMM-5) join here as
 * further decisions, their office values coming in as a record.
 */
public final class CreditPolicy {

    /**
     * COMM-1: the lead's owner is credited; the closing consultant is recorded beside them. A deal whose
     * lead is not known here is credited to the consultant who closed it.
     *
     * @param closingConsultantId the consultant who took the deposit
     * @param lead the copy of the deal's lead ownership, or null when it is not known
     */
    public Attribution creditee(String closingConsultantId, LeadOwnership lead) {
        if (lead == null) {
            return new Attribution(closingConsultantId, closingConsultantId, null, Attribution.Basis.LEAD_NOT_KNOWN);
        }
        String owner = lead.ownerConsultantId();
        if (owner.equals(closingConsultantId)) {
            return new Attribution(closingConsultantId, closingConsultantId, owner, Attribution.Basis.CLOSER_OWNS_LEAD);
        }
        return new Attribution(owner, closingConsultantId, owner, Attribution.Basis.LEAD_OWNER);
    }
}
