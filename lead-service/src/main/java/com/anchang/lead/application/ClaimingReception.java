package com.anchang.lead.application;

import com.anchang.lead.domain.LeadRule;
import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * LEAD-2 (首接制, no log, no claim): a registration that names the reception it came from is accepted only
 * if the office's visit or call log holds that reception for the registering consultant, who kept the
 * visitor ({@link Assignment#claimedBy}). A reception is found by its id, which starts with its business
 * day ({@code <day>-r<n>}): one read of that day of the office.
 */
public class ClaimingReception {

    private final ReceptionDays days;

    public ClaimingReception(ReceptionDays days) {
        this.days = days;
    }

    /**
     * @return the reception's id, for the registration to keep
     * @throws RuleRefusedException naming LEAD-2 when the office logged no such reception for the caller
     */
    public String claim(Caller caller, String officeId, String receptionId) {
        Assignment reception = logged(caller, officeId, receptionId).orElseThrow(() -> new RuleRefusedException(
                LeadRule.LEAD_2, "no reception " + receptionId + " is logged at the office: no log, no claim"));
        reception.claimedBy(caller.userId());
        return reception.id();
    }

    private Optional<Assignment> logged(Caller caller, String officeId, String receptionId) {
        LocalDate businessDay;
        try {
            businessDay = LocalDate.parse(receptionId.substring(0, Math.min(10, receptionId.length())));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return days.findWithHistory(officeId, businessDay)
                .filter(day -> day.developerId().equals(caller.developerId()))
                .flatMap(day -> day.assignment(receptionId));
    }
}
