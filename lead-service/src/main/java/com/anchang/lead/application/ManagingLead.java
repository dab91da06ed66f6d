package com.anchang.lead.application;

import com.anchang.lead.domain.FollowUpMinimums;
import com.anchang.lead.domain.LapseCalendar;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadAuditAction;
import com.anchang.lead.domain.LeadAuditEntry;
import com.anchang.lead.domain.LeadAuditLog;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.LeadStage;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The office's management of its leads:
 * <ul>
 *   <li>LEAD-8: a PM of the lead's office reassigns it to another consultant with a reason (a consultant
 *       left, a customer complained); the new owner gets a new protection window, lead.lead-reassigned
 *       PM_REASSIGNMENT is published and the office's lead audit log records the PM, the change and the
 *       reason;</li>
 *   <li>LEAD-11: the owner or a PM moves the lead to another stage (lead.stage-changed);</li>
 *   <li>LEAD-12: the office's compliance figure per consultant, for its PM and head office.</li>
 * </ul>
 * Writes are compare-and-set on the lead's version, retried on a concurrent change.
 */
public class ManagingLead {

    public record Reassign(String leadId, String toConsultantId, String reason) {
    }

    public record ChangeStage(String leadId, LeadStage stage) {
    }

    private final LeadRepository leads;
    private final LapseCalendar calendar;
    private final ProtectionPolicies policies;
    private final FollowUpMinimums.Policies minimums;
    private final LeadAuditLog audit;
    private final StaffDirectory staff;
    private final Clock clock;
    private final OfficeDirectory offices;

    public ManagingLead(LeadRepository leads, LapseCalendar calendar, ProtectionPolicies policies,
            FollowUpMinimums.Policies minimums, LeadAuditLog audit, StaffDirectory staff, Clock clock,
            OfficeDirectory offices) {
        this.offices = offices;
        this.staff = staff;
        this.leads = leads;
        this.calendar = calendar;
        this.policies = policies;
        this.minimums = minimums;
        this.audit = audit;
        this.clock = clock;
    }

    /** LEAD-8. */
    /**
     * LEAD-8. The new owner must be an active consultant of the lead's office as identity-service knows
     * them (asked with the PM's own token): a mistyped or departed consultant answers 400 naming
     * {@code toConsultantId} and the lead keeps its owner.
     */
    public Lead reassign(Caller caller, String accessToken, Reassign command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidInputException("reason", "is required to reassign a lead (LEAD-8)");
        }
        AtomicBoolean newOwnerChecked = new AtomicBoolean();
        return ConcurrentChangeException.retrying(5, () -> {
            Lead lead = visible(caller, command.leadId());
            caller.mustHold(lead.officeId(), "reassign a lead", Caller.PM);
            // asked once, not again on a retry (a lead does not change office)
            if (!newOwnerChecked.get()) {
                if (!staff.isConsultantAt(command.toConsultantId(), lead.officeId(), accessToken)) {
                    throw new InvalidInputException("toConsultantId", command.toConsultantId()
                            + " is not an active consultant of office " + lead.officeId() + " (LEAD-8)");
                }
                newOwnerChecked.set(true);
            }
            ProtectionPolicy policy = policies.forOffice(lead.officeId());
            Instant now = clock.instant();
            LocalDate before = ProtectionPolicy.releasedOn(lead.protectedUntil());
            LeadEvent.Reassigned reassigned = lead.reassign(command.toConsultantId(),
                    LeadEvent.Reassigned.Reason.PM_REASSIGNMENT, caller.userId(), now, policy);
            LocalDate after = ProtectionPolicy.releasedOn(lead.protectedUntil());
            calendar.schedule(lead.developerId(), lead.officeId(), after, lead.id());
            leads.save(lead, List.of(reassigned));
            if (!after.equals(before)) {
                calendar.unschedule(lead.developerId(), lead.officeId(), before, lead.id());
            }
            audit.append(LeadAuditEntry.of(now, LeadAuditAction.PM_REASSIGNMENT, caller.userId(), caller.username(),
                    lead, "LEAD-8: " + reassigned.previousOwnerConsultantId() + " -> " + lead.ownerConsultantId()
                            + "; reason: " + command.reason().strip()), policy.day(now));
            return lead;
        });
    }

    /** LEAD-11. */
    public Lead changeStage(Caller caller, ChangeStage command) {
        return ConcurrentChangeException.retrying(5, () -> {
            Lead lead = visible(caller, command.leadId());
            caller.mustHold(lead.officeId(), "change a lead's stage", Caller.CONSULTANT, Caller.PM);
            if (!caller.holds(lead.officeId(), Caller.PM)
                    && !(lead.ownerConsultantId().equals(caller.userId()) && !lead.released())) {
                throw new ForbiddenException("change a lead's stage",
                        "only the lead's owner or a PM of its office moves its stage (LEAD-11)");
            }
            LeadEvent.StageChanged changed = lead.moveTo(command.stage(), caller.userId(), clock.instant());
            leads.save(lead, List.of(changed));
            return lead;
        });
    }

    /** LEAD-12: every consultant owning leads at the office, with their compliance figure. */
    public List<FollowUpMinimums.Figure> compliance(Caller caller, String officeId) {
        offices.mustSeeOffice(caller, officeId);
        caller.mustHold(officeId, "read follow-up compliance", Caller.PM, Caller.HEAD_OFFICE);
        return minimums.forOffice(officeId).figures(leads.inOffice(caller.developerId(), officeId));
    }

    /** The minimums at the office (for the answer). */
    public FollowUpMinimums minimums(String officeId) {
        return minimums.forOffice(officeId);
    }

    private Lead visible(Caller caller, String leadId) {
        Lead lead = leads.find(leadId).orElseThrow(() -> new NotFoundException("lead", leadId));
        caller.mustSee(lead.developerId(), lead.officeId(), "lead", leadId);
        return lead;
    }
}
