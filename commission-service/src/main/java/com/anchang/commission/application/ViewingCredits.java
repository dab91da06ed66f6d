package com.anchang.commission.application;

import com.anchang.commission.domain.Credit;
import com.anchang.commission.domain.CreditRepository;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.util.Comparator;
import java.util.List;

/**
 * Reads of credits, scoped by the verified caller: one deal's, and one consultant's at an office.
 * Who earned what is confidential inside an office: a consultant reads their own credits, PM and
 * finance read everyone's at their office, head office every office of its developer.
 */
public class ViewingCredits {

    static final String READ_DEAL_CREDIT = "read a deal's commission credit";
    static final String READ_CONSULTANT_CREDITS = "read another consultant's credits";

    private final CreditRepository credits;

    public ViewingCredits(CreditRepository credits) {
        this.credits = credits;
    }

    /**
     * 404 for a deal of another developer or of an office the caller has no role in; 403 for a home
     * office member who is neither credited with the deal (as a consultant there) nor PM, finance or
     * head office.
     */
    public Credit ofDeal(Caller caller, String dealId) {
        Credit credit = credits.find(dealId).orElseThrow(() -> new NotFoundException("credit of deal", dealId));
        caller.mustSee(credit.developerId(), credit.officeId(), "credit of deal", dealId);
        boolean creditedConsultant = credit.isCreditedTo(caller.userId())
                && caller.holds(credit.officeId(), Caller.CONSULTANT);
        if (!creditedConsultant && !caller.holds(credit.officeId(), Caller.PM, Caller.FINANCE, Caller.HEAD_OFFICE)) {
            throw new ForbiddenException(READ_DEAL_CREDIT, "to " + READ_DEAL_CREDIT
                    + " needs to be a consultant it is credited to, or PM or FINANCE or HEAD_OFFICE at " + credit.officeId());
        }
        return credit;
    }

    /**
     * Newest first, only ever of the caller's developer: a head office of another developer naming
     * this office gets an empty list, nothing of this developer. 404 ("office") for an office the
     * caller has no role in (unless head office); 403 for another consultant's credits unless PM,
     * finance or head office.
     */
    public List<Credit> ofConsultant(Caller caller, String officeId, String consultantId) {
        if (!caller.sees(caller.developerId(), officeId)) {
            throw new NotFoundException("office", officeId);
        }
        boolean own = consultantId.equals(caller.userId());
        if (!own) {
            caller.mustHold(officeId, READ_CONSULTANT_CREDITS, Caller.PM, Caller.FINANCE, Caller.HEAD_OFFICE);
        }
        return credits.creditedTo(caller.developerId(), officeId, consultantId).stream()
                .sorted(Comparator.comparing(Credit::depositReceivedAt).reversed())
                .toList();
    }
}
