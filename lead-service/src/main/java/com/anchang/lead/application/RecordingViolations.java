package com.anchang.lead.application;

import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.Violation;
import com.anchang.lead.domain.ViolationRepository;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * LEAD-9 for the office's PM: records a violation by hand (grabbing, renaming the buyer, unit
 * flipping) against a lead of the office, with its evidence; the credit goes to the rightful owner
 * (the lead's owner unless the PM names another). Lists the office's violations of a day for the PM
 * and head office. (Violations are also recorded by the rotation, ROT-10, and with a collision's
 * resolution, LEAD-5.)
 */
public class RecordingViolations {

    public record RecordViolation(String officeId, String leadId, String offender, String rightfulOwner,
            Violation.Kind kind, String evidence) {
    }

    private final ViolationRepository violations;
    private final LeadRepository leads;
    private final OfficeCalendar calendar;
    private final OfficeDirectory offices;

    public RecordingViolations(ViolationRepository violations, LeadRepository leads, OfficeCalendar calendar,
            OfficeDirectory offices) {
        this.offices = offices;
        this.violations = violations;
        this.leads = leads;
        this.calendar = calendar;
    }

    public Violation record(Caller caller, RecordViolation command) {
        caller.mustActIn(command.officeId(), "record a violation", Caller.PM);
        Lead lead = leads.find(command.leadId()).orElseThrow(() -> new NotFoundException("lead", command.leadId()));
        caller.mustSee(lead.developerId(), lead.officeId(), "lead", lead.id());
        if (!lead.officeId().equals(command.officeId())) {
            throw new InvalidInputException("leadId", "is a lead of another office than officeId");
        }
        String rightful = command.rightfulOwner() != null ? command.rightfulOwner() : lead.ownerConsultantId();
        Instant now = calendar.now();
        Violation violation = Violation.byPm(lead.developerId(), lead.officeId(), lead.id(), command.offender(),
                rightful, command.kind(), command.evidence(), caller.userId(), now, calendar.day(lead.officeId(), now),
                "violation-" + UUID.randomUUID());
        violations.record(violation);
        return violation;
    }

    /** The office's violations of {@code day} (today in the office's zone if null), oldest first. */
    public List<Violation> onDay(Caller caller, String officeId, LocalDate day) {
        offices.mustSeeOffice(caller, officeId);
        caller.mustHold(officeId, "read violations", Caller.PM, Caller.HEAD_OFFICE);
        return violations.onDay(caller.developerId(), officeId, day != null ? day : calendar.today(officeId));
    }
}
