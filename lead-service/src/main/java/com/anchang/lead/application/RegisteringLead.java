package com.anchang.lead.application;

import com.anchang.lead.domain.LapseCalendar;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadAuditAction;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.MobileAlreadyRegisteredException;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.util.List;

/**
 * LEAD-1/2/3: a consultant registers a customer they received, at an office where they are a
 * consultant; they own the lead (developer and owner come from their verified identity, never from
 * the request) and it is protected for the office's window. The customer's normalised mobile is
 * unique per office, so a customer already registered there (even by a simultaneous request) is
 * refused under LEAD-5, naming the owner but not the customer (LEAD-10), and nothing is stored. The
 * answer shows the registering owner the full details, audited.
 */
public class RegisteringLead {

    public record RegisterLead(String officeId, String customerName, String mobile, LeadSource source, Needs needs) {
    }

    private final LeadRepository leads;
    private final LapseCalendar calendar;
    private final ProtectionPolicies policies;
    private final Disclosures disclosures;
    private final Clock clock;

    public RegisteringLead(LeadRepository leads, LapseCalendar calendar, ProtectionPolicies policies,
            Disclosures disclosures, Clock clock) {
        this.leads = leads;
        this.calendar = calendar;
        this.policies = policies;
        this.disclosures = disclosures;
        this.clock = clock;
    }

    public LeadReading register(Caller caller, RegisterLead command) {
        caller.mustActIn(command.officeId(), "register a lead", Caller.CONSULTANT);
        if (caller.developerId() == null) {
            throw new NotFoundException("office", command.officeId());
        }
        MobileNumber mobile = MobileNumber.parse(command.mobile());
        LeadEvent.Registered registered = Lead.register(caller.developerId(), command.officeId(), caller.userId(),
                command.customerName(), mobile, command.source(), command.needs(), clock.instant(),
                policies.forOffice(command.officeId()));
        Lead lead = registered.lead();
        // noted before the lead exists, so the lapse job never misses it (a failed insert leaves a note it ignores)
        calendar.schedule(lead.developerId(), lead.officeId(), ProtectionPolicy.releasedOn(lead.protectedUntil()),
                lead.id());
        try {
            leads.insert(lead, List.of(registered));
        } catch (MobileAlreadyRegisteredException e) {
            calendar.unschedule(lead.developerId(), lead.officeId(), ProtectionPolicy.releasedOn(lead.protectedUntil()),
                    lead.id());
            Lead existing = leads.findByMobile(command.officeId(), mobile).orElseThrow(() -> e);
            throw existing.alreadyRegistered();
        }
        return disclosures.answer(registered.lead(), caller, LeadAuditAction.LEAD_REGISTERED);
    }
}
