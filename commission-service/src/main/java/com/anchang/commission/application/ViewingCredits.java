package com.anchang.commission.application;

import com.anchang.commission.domain.Credit;
import com.anchang.commission.domain.CreditRepository;
import com.anchang.support.problem.NotFoundException;
import java.util.Comparator;
import java.util.List;

/** Reads of credits: one deal's, and one consultant's at an office. */
public class ViewingCredits {

    private final CreditRepository credits;

    public ViewingCredits(CreditRepository credits) {
        this.credits = credits;
    }

    public Credit ofDeal(String dealId) {
        return credits.find(dealId).orElseThrow(() -> new NotFoundException("credit of deal", dealId));
    }

    /** Newest first. */
    public List<Credit> ofConsultant(String officeId, String consultantId) {
        return credits.creditedTo(officeId, consultantId).stream()
                .sorted(Comparator.comparing(Credit::depositReceivedAt).reversed())
                .toList();
    }
}
