package com.anchang.transaction.adapter.persistence;

import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealPolicy;
import com.anchang.transaction.domain.DealStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys a deal is listed under, derived from its state alone, each the {@code _id} of one index document
 * (ADR 13's amendment): the office's deals ({@code o/office}), by status ({@code o/office/s/STATUS}), by
 * consultant ({@code o/office/c/consultant}) and by both, the office's open escalations ({@code e/office}),
 * the deals with a payment waiting for its second person ({@code w}, and the office's: {@code w/office}), and the hour bucket of the deal's next
 * escalation deadline ({@code due/2026-12-05T23}), which lives in its own collection.
 */
final class DealKeys {

    static final String WAITING = "w";
    static final String DUE = "due/";

    private DealKeys() {
    }

    static List<String> of(Deal deal, DealPolicy policy) {
        String office = office(deal.officeId());
        List<String> keys = new ArrayList<>(List.of(office, byStatus(deal.officeId(), deal.status()),
                byConsultant(deal.officeId(), deal.consultantId()),
                byConsultantAndStatus(deal.officeId(), deal.consultantId(), deal.status())));
        if (!deal.openEscalations().isEmpty()) {
            keys.add(escalated(deal.officeId()));
        }
        if (deal.waiting().isPresent()) {
            keys.add(WAITING);
            keys.add(waiting(deal.officeId()));
        }
        // the earliest deadline the escalation sweep watches, however far in the past: its bucket holds the deal
        deal.nextEscalationAfter(Instant.EPOCH, policy).ifPresent(at -> keys.add(due(at)));
        return keys;
    }

    static String office(String officeId) {
        return "o/" + officeId;
    }

    static String byStatus(String officeId, DealStatus status) {
        return "o/" + officeId + "/s/" + status;
    }

    static String byConsultant(String officeId, String consultantId) {
        return "o/" + officeId + "/c/" + consultantId;
    }

    static String byConsultantAndStatus(String officeId, String consultantId, DealStatus status) {
        return "o/" + officeId + "/c/" + consultantId + "/s/" + status;
    }

    static String escalated(String officeId) {
        return "e/" + officeId;
    }

    static String waiting(String officeId) {
        return WAITING + "/" + officeId;
    }

    static String due(Instant at) {
        return DUE + bucket(at).toString().substring(0, 13);
    }

    static Instant bucket(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    /** Which of the keys the listing asks for: the narrowest that covers the filter. */
    static String listing(String officeId, DealStatus status, String consultantId) {
        if (status != null && consultantId != null) {
            return byConsultantAndStatus(officeId, consultantId, status);
        }
        if (status != null) {
            return byStatus(officeId, status);
        }
        return consultantId != null ? byConsultant(officeId, consultantId) : office(officeId);
    }
}
