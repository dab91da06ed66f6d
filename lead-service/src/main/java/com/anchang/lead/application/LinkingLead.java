package com.anchang.lead.application;

import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadAliases;
import com.anchang.lead.domain.LeadAuditAction;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadLink;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.LeadRule;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * LEAD-6: the lead's owner, or a PM of its office, links a person to the lead's customer. A "same
 * customer" link (spouse, parent, child, a colleague buying the same unit, a relative registered
 * together) reserves the person's mobile for the lead at the office (a unique key,
 * {@link LeadAliases}): registering it later is registering the lead's customer. A mobile that already
 * belongs to another customer of the office (a lead's own, or reserved by another lead) is refused
 * naming LEAD-6: the PM decides who follows the customer. The reservation is made before the lead is
 * written (and given up if that write fails), so a reserved mobile never names a lead without its link
 * for longer than a failed request. Separate relatives are recorded on the lead and reserve nothing.
 */
public class LinkingLead {

    public record Link(String leadId, LeadLink.Relation relation, String name, String mobile,
            boolean registeredTogether) {
    }

    private final LeadRepository leads;
    private final LeadAliases aliases;
    private final ProtectionPolicies policies;
    private final Disclosures disclosures;
    private final Clock clock;

    public LinkingLead(LeadRepository leads, LeadAliases aliases, ProtectionPolicies policies, Disclosures disclosures,
            Clock clock) {
        this.leads = leads;
        this.aliases = aliases;
        this.policies = policies;
        this.disclosures = disclosures;
        this.clock = clock;
    }

    public LeadReading link(Caller caller, Link command) {
        MobileNumber mobile = MobileNumber.parse(command.mobile());
        Lead linked = ConcurrentChangeException.retrying(5, () -> {
            Lead lead = leads.find(command.leadId()).orElseThrow(() -> new NotFoundException("lead", command.leadId()));
            caller.mustSee(lead.developerId(), lead.officeId(), "lead", lead.id());
            caller.mustHold(lead.officeId(), "link a person to a lead", Caller.CONSULTANT, Caller.PM);
            if (!caller.holds(lead.officeId(), Caller.PM) && !lead.ownerConsultantId().equals(caller.userId())) {
                throw new ForbiddenException("link a person to a lead",
                        "only the lead's owner or a PM of its office links people to it (LEAD-6)");
            }
            ProtectionPolicy policy = policies.forOffice(lead.officeId());
            Instant now = clock.instant();
            LeadEvent.Linked event = lead.link(caller.userId(), command.relation(), command.name(), mobile,
                    command.registeredTogether(), now, policy);
            boolean reserved = false;
            if (event.link().sameCustomer()) {
                refuseIfAnotherLeads(lead, mobile);
                Optional<String> holder = aliases.reserve(lead.developerId(), lead.officeId(), mobile, lead.id());
                if (holder.isPresent() && !holder.get().equals(lead.id())) {
                    throw belongsToAnother(mobile);
                }
                reserved = holder.isEmpty();
                // a registration of this mobile that slipped in before the reservation wins: give it up
                if (leads.findByMobile(lead.officeId(), mobile).isPresent()) {
                    if (reserved) {
                        aliases.release(lead.officeId(), mobile, lead.id());
                    }
                    throw belongsToAnother(mobile);
                }
            }
            try {
                leads.save(lead, List.of(event));
            } catch (RuntimeException e) {
                if (reserved) {
                    aliases.release(lead.officeId(), mobile, lead.id());
                }
                throw e;
            }
            return lead;
        });
        return disclosures.answer(linked, caller, LeadAuditAction.LEAD_LINKED);
    }

    private void refuseIfAnotherLeads(Lead lead, MobileNumber mobile) {
        if (leads.findByMobile(lead.officeId(), mobile).isPresent()) {
            throw belongsToAnother(mobile);
        }
    }

    /** LEAD-6 (LEAD-10: neither the other lead nor its owner is named). */
    static RuleRefusedException belongsToAnother(MobileNumber mobile) {
        return new RuleRefusedException(LeadRule.LEAD_6, "mobile " + mobile.masked() + " already belongs to another customer "
                + "of the office (a registered lead or a person linked to one): one person is not two customers; "
                + "ask the PM to decide who follows them (a collision, LEAD-5, or a reassignment, LEAD-8)");
    }
}
