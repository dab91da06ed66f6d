package com.anchang.transaction.application;

import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.Escalation;
import java.util.Comparator;
import java.util.List;

/**
 * DEAL-7: an office's escalation list — the PM's "what needs me today" — and its resolution. Read by the
 * office's PM and finance (and head office, which reads every office of its developer); resolved by the
 * PM, with a note. Consultants and sales control do not read it (403).
 */
public class EscalationList {

    /** The most deals one list answers. */
    public static final int PAGE = 200;

    static final String[] READERS = {Caller.FINANCE, Caller.PM};

    /** One open entry, with the deal it is on. */
    public record Entry(Deal deal, Escalation escalation) {
    }

    private final DealSteps steps;
    private final OfficeDirectory offices;

    public EscalationList(DealSteps steps, OfficeDirectory offices) {
        this.steps = steps;
        this.offices = offices;
    }

    /** The office's open entries, oldest first: what has waited longest comes first. */
    public List<Entry> openOf(Caller caller, String officeId) {
        if (caller.headOffice()) {
            offices.mustSeeOffice(caller, officeId);
        } else {
            caller.mustActIn(officeId, "read the office's escalation list (DEAL-7)", READERS);
        }
        return steps.deals().escalatedOf(officeId, PAGE).stream()
                .filter(deal -> DealSteps.sees(caller, deal))
                .flatMap(deal -> deal.openEscalations().stream().map(escalation -> new Entry(deal, escalation)))
                .sorted(Comparator.comparing((Entry entry) -> entry.escalation().raisedAt())
                        .thenComparing(entry -> entry.escalation().id()))
                .toList();
    }

    /** The PM resolves an open entry with a note (who and when recorded); resolved already: 409 DEAL-7. */
    public Deal resolve(Caller caller, String dealId, String escalationId, String note, String requestId) {
        return steps.run(caller, dealId, requestId, "resolve-escalation", "resolve an escalation (DEAL-7)",
                new String[] {Caller.PM}, (deal, by, policy, now) -> List.of(deal.resolveEscalation(escalationId, note,
                        by, now)));
    }
}
