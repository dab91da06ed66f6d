package com.anchang.lead.application;

import com.anchang.lead.domain.FollowUp;
import com.anchang.lead.domain.LapseCalendar;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.Protection;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * LEAD-4 (+ LEAD-3): the lead's owner, or a PM of its office, appends a follow-up to the lead's page;
 * nobody else may (a colleague consultant is refused 403, another office's lead is unknown: 404). A
 * counted follow-up moves the protection window: the lapse calendar notes the new release day before
 * the lead is written (so the lapse job never misses the lead) and forgets the old one after. The
 * write is a compare-and-set on the lead's version, retried on a concurrent change.
 */
public class LoggingFollowUp {

    public record LogFollowUp(String leadId, FollowUp.Channel channel, boolean effective, String note, String corrects) {
    }

    /** The entry appended and the lead's countdown after it. */
    public record Logged(Lead lead, FollowUp followUp, Protection protection) {
    }

    private final LeadRepository leads;
    private final LapseCalendar calendar;
    private final ProtectionPolicies policies;
    private final Clock clock;

    public LoggingFollowUp(LeadRepository leads, LapseCalendar calendar, ProtectionPolicies policies, Clock clock) {
        this.leads = leads;
        this.calendar = calendar;
        this.policies = policies;
        this.clock = clock;
    }

    public Logged log(Caller caller, LogFollowUp command) {
        return ConcurrentChangeException.retrying(5, () -> {
            Lead lead = leads.find(command.leadId()).orElseThrow(() -> new NotFoundException("lead", command.leadId()));
            caller.mustSee(lead.developerId(), lead.officeId(), "lead", lead.id());
            caller.mustHold(lead.officeId(), "log a follow-up", Caller.CONSULTANT, Caller.PM);
            if (!caller.holds(lead.officeId(), Caller.PM) && !lead.ownerConsultantId().equals(caller.userId())) {
                throw new ForbiddenException("log a follow-up",
                        "only the lead's owner or a PM of its office logs its follow-ups (LEAD-4)");
            }
            ProtectionPolicy policy = policies.forOffice(lead.officeId());
            Instant now = clock.instant();
            LocalDate releasedBefore = ProtectionPolicy.releasedOn(lead.protectedUntil());
            List<LeadEvent> events = lead.logFollowUp(caller.userId(), command.channel(), command.effective(),
                    command.note(), command.corrects(), now, policy);
            LocalDate releasedAfter = ProtectionPolicy.releasedOn(lead.protectedUntil());
            boolean moved = !releasedAfter.equals(releasedBefore);
            if (moved) {
                calendar.schedule(lead.developerId(), lead.officeId(), releasedAfter, lead.id());
            }
            leads.save(lead, events);
            if (moved) {
                calendar.unschedule(lead.developerId(), lead.officeId(), releasedBefore, lead.id());
            }
            FollowUp entry = lead.followUps().getLast();
            return new Logged(lead, entry, lead.protection(now, policy));
        });
    }

    /** LEAD-4: the lead's page, oldest first, for its owner, a PM of its office and head office. */
    public List<FollowUp> page(Caller caller, String leadId) {
        Lead lead = leads.find(leadId).orElseThrow(() -> new NotFoundException("lead", leadId));
        caller.mustSee(lead.developerId(), lead.officeId(), "lead", lead.id());
        caller.mustHold(lead.officeId(), "read a lead's follow-ups", Caller.CONSULTANT, Caller.PM, Caller.HEAD_OFFICE);
        if (caller.holds(lead.officeId(), Caller.CONSULTANT) && !caller.holds(lead.officeId(), Caller.PM)
                && !lead.ownerConsultantId().equals(caller.userId())) {
            throw new ForbiddenException("read a lead's follow-ups",
                    "only the lead's owner, a PM of its office and head office read its follow-ups (LEAD-4, LEAD-10)");
        }
        return lead.followUps();
    }
}
