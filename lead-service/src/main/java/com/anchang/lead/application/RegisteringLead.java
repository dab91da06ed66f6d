package com.anchang.lead.application;

import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.MobileAlreadyRegisteredException;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicies;
import java.time.Clock;
import java.util.List;

/**
 * LEAD-1/2/3: a consultant registers a customer they received; the lead is protected for the office's
 * window. The customer's normalised mobile is unique per office, so a customer already registered
 * there (even by a simultaneous request) is refused under LEAD-5, naming the owner, and nothing is
 * stored.
 */
public class RegisteringLead {

    public record RegisterLead(String developerId, String officeId, String consultantId, String customerName,
            String mobile, LeadSource source, Needs needs) {
    }

    private final LeadRepository leads;
    private final ProtectionPolicies policies;
    private final Clock clock;

    public RegisteringLead(LeadRepository leads, ProtectionPolicies policies, Clock clock) {
        this.leads = leads;
        this.policies = policies;
        this.clock = clock;
    }

    public Lead register(RegisterLead command) {
        MobileNumber mobile = MobileNumber.parse(command.mobile());
        LeadEvent.Registered registered = Lead.register(command.developerId(), command.officeId(),
                command.consultantId(), command.customerName(), mobile, command.source(), command.needs(),
                clock.instant(), policies.forOffice(command.officeId()));
        try {
            leads.insert(registered.lead(), List.of(registered));
        } catch (MobileAlreadyRegisteredException e) {
            Lead existing = leads.findByMobile(command.officeId(), mobile).orElseThrow(() -> e);
            throw existing.alreadyRegistered();
        }
        return registered.lead();
    }
}
