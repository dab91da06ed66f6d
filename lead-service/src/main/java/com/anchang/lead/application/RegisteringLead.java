package com.anchang.lead.application;

import com.anchang.lead.domain.Collision;
import com.anchang.lead.domain.CollisionEvent;
import com.anchang.lead.domain.CollisionRepository;
import com.anchang.lead.domain.LapseCalendar;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadAliases;
import com.anchang.lead.domain.LeadAuditAction;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadLink;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.MobileAlreadyRegisteredException;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.Registration;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * LEAD-1/2/3/5: a consultant registers a customer they received, at an office where they are a
 * consultant (developer and owner come from their verified identity, never from the request). The
 * customer's normalised mobile is the office's key (判客, one unique-key look-up):
 * <ul>
 *   <li>unknown: a new lead, owned by the caller and protected for the office's window;</li>
 *   <li>held by a lead whose protection has ended (released, or lapsed and not yet released): the same
 *       lead goes to the caller with a new window (LEAD-3, lead.lead-reassigned RE_REGISTERED);</li>
 *   <li>protected for a colleague: refused 409 naming LEAD-5, "protected by a colleague until ...",
 *       nothing more (LEAD-10), and a collision is opened for the PM with the rule's decision and its
 *       evidence (one per lead, consultant and day);</li>
 *   <li>protected for the caller: refused 409 LEAD-5.</li>
 * </ul>
 * LEAD-6: a mobile reserved for a lead by a "same customer" link (found by its own unique key after
 * the lead key) is treated exactly as the lead's own mobile: refused naming LEAD-6 with a collision
 * while protected for a colleague, "already yours" for the owner, re-registration of that lead once
 * its protection has ended.
 * LEAD-7: a customer whose lead is CONTRACTED (they bought) is a returning buyer: a new, separate
 * lead for the registering consultant, naming the first one ({@code previousLeadId}); the contracted
 * lead's key moves off the mobile first (a compare-and-set), so the office keeps exactly one current
 * lead per mobile, and of two simultaneous registrations one makes the new lead, the other collides
 * with it. A referral or proxy-viewer pre-registration is registered the same way, marked so.
 * Two simultaneous registrations of one customer: the unique key lets one insert win; the other
 * reads the winner and is refused with a collision. The answer shows the registering owner the full
 * details, audited.
 * LEAD-2 (首接制, no log, no claim): a registration that names the reception it came from (the walk-in or
 * call the rotation gave the consultant) is refused unless the office logged that reception for the
 * caller ({@link ClaimingReception}); the lead keeps the reception of its current ownership.
 */
public class RegisteringLead {

    /**
     * @param registration LEAD-7: a plain registration, or a referral / proxy-viewer pre-registration (null: plain)
     */
    public record RegisterLead(String officeId, String customerName, String mobile, LeadSource source, Needs needs,
            Registration registration) {

        public RegisterLead(String officeId, String customerName, String mobile, LeadSource source, Needs needs) {
            this(officeId, customerName, mobile, source, needs, Registration.PLAIN);
        }

        public RegisterLead {
            registration = registration == null ? Registration.PLAIN : registration;
        }
    }

    private final LeadRepository leads;
    private final LeadAliases aliases;
    private final CollisionRepository collisions;
    private final LapseCalendar calendar;
    private final ProtectionPolicies policies;
    private final Disclosures disclosures;
    private final ClaimingReception receptions;
    private final Clock clock;

    public RegisteringLead(LeadRepository leads, LeadAliases aliases, CollisionRepository collisions,
            LapseCalendar calendar, ProtectionPolicies policies, Disclosures disclosures,
            ClaimingReception receptions, Clock clock) {
        this.receptions = receptions;
        this.leads = leads;
        this.aliases = aliases;
        this.collisions = collisions;
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
        checkReferrer(caller, command);
        String receptionId = command.registration().receptionId();
        if (receptionId != null) {
            receptions.claim(caller, command.officeId(), receptionId); // LEAD-2: no log, no claim
        }
        ProtectionPolicy policy = policies.forOffice(command.officeId());
        Lead lead = ConcurrentChangeException.retrying(5, () -> {
            Instant now = clock.instant();
            Optional<Lead> existing = leads.findByMobile(command.officeId(), mobile);
            Optional<LeadLink> link = Optional.empty();
            if (existing.isEmpty()) {
                // LEAD-6: the mobile of a person linked to a lead as the same customer is that lead's customer
                existing = aliases.leadFor(command.officeId(), mobile).flatMap(leads::find)
                        .filter(linked -> linked.linkFor(mobile).isPresent());
                link = existing.flatMap(linked -> linked.linkFor(mobile));
            }
            if (existing.isEmpty()) {
                // LEAD-7: no current lead; the customer may have bought before (their contracted lead retired)
                Lead previous = leads.findBoughtBefore(command.officeId(), mobile)
                        .filter(Lead::boughtBefore).filter(p -> p.developerId().equals(caller.developerId()))
                        .orElse(null);
                return registerNew(caller, command, mobile, now, policy, previous);
            }
            Lead held = existing.get();
            if (held.boughtBefore()) {
                // LEAD-7: a returning buyer is a new, separate lead for the consultant who registers them
                if (!held.developerId().equals(caller.developerId())) {
                    throw new NotFoundException("office", command.officeId());
                }
                if (link.isEmpty()) {
                    leads.retire(held); // the office's key of the mobile goes to the new lead; a race retries
                }
                return registerNew(caller, command, mobile, now, policy, held);
            }
            if (held.protectsOwnerAt(now, policy)) {
                throw refusal(held, link, caller, now, policy);
            }
            return reRegister(held, link, caller, command, now, policy);
        });
        return disclosures.answer(lead, caller, LeadAuditAction.LEAD_REGISTERED);
    }

    /** LEAD-7: a referral names a lead of the office (the old buyer or customer who referred). */
    private void checkReferrer(Caller caller, RegisterLead command) {
        String referrer = command.registration().referredByLeadId();
        if (referrer == null) {
            if (command.registration().kind() == Registration.Kind.REFERRAL) {
                throw new InvalidInputException("referredByLeadId", "is required for a referral pre-registration");
            }
            return;
        }
        boolean ofTheOffice = leads.find(referrer)
                .filter(r -> r.developerId().equals(caller.developerId()) && r.officeId().equals(command.officeId()))
                .isPresent();
        if (!ofTheOffice) {
            throw new InvalidInputException("referredByLeadId", "names no lead of the office");
        }
    }

    private Lead registerNew(Caller caller, RegisterLead command, MobileNumber mobile, Instant now,
            ProtectionPolicy policy, Lead previous) {
        List<LeadEvent> registered = Lead.register(caller.developerId(), command.officeId(), caller.userId(),
                command.customerName(), mobile, command.source(), command.needs(), now, policy,
                command.registration(), previous);
        Lead lead = registered.getFirst().lead();
        LocalDate releasedOn = ProtectionPolicy.releasedOn(lead.protectedUntil());
        // noted before the lead exists, so the lapse job never misses it (a failed insert leaves a note it ignores)
        calendar.schedule(lead.developerId(), lead.officeId(), releasedOn, lead.id());
        try {
            leads.insert(lead, registered);
        } catch (MobileAlreadyRegisteredException e) {
            calendar.unschedule(lead.developerId(), lead.officeId(), releasedOn, lead.id());
            // a simultaneous registration won the office's unique key: read it again and decide on it
            throw new ConcurrentChangeException("customer registered concurrently");
        }
        return lead;
    }

    private RuntimeException refusal(Lead held, Optional<LeadLink> link, Caller caller, Instant now,
            ProtectionPolicy policy) {
        if (held.ownerConsultantId().equals(caller.userId())) {
            return link.map(held::alreadyYours).orElseGet(held::alreadyYours);
        }
        String collisionId = "-";
        if (held.developerId().equals(caller.developerId())) {
            CollisionEvent.Opened opened = link
                    .map(l -> Collision.open(held, caller.userId(), now, policy, "registered the mobile of the "
                            + l.relation() + " linked to the lead as the same customer (LEAD-6)"))
                    .orElseGet(() -> Collision.open(held, caller.userId(), now, policy));
            collisions.open(opened.collision(), opened);
            collisionId = opened.collision().id();
        }
        // (an office id shared by two developers, never in practice: refused without a collision across them)
        String id = collisionId;
        return link.map(l -> held.protectedByColleague(id, l)).orElseGet(() -> held.protectedByColleague(id));
    }

    private Lead reRegister(Lead held, Optional<LeadLink> link, Caller caller, RegisterLead command, Instant now,
            ProtectionPolicy policy) {
        if (!held.developerId().equals(caller.developerId())) {
            throw new NotFoundException("office", command.officeId());
        }
        LocalDate before = ProtectionPolicy.releasedOn(held.protectedUntil());
        // LEAD-6: through a linked person's mobile the lead's customer stays who they are
        String customerName = link.isPresent() ? held.customerName() : command.customerName();
        List<LeadEvent> events = held.reRegister(caller.userId(), customerName, command.source(),
                command.needs(), now, policy);
        if (command.registration() != null && command.registration().consent() != null) {
            held.consented(command.registration().consent()); // LEAD-1: given to the new owner
        }
        held.registeredFrom(command.registration().receptionId()); // LEAD-2: the new owner's reception
        LocalDate after = ProtectionPolicy.releasedOn(held.protectedUntil());
        calendar.schedule(held.developerId(), held.officeId(), after, held.id());
        leads.save(held, events);
        if (!after.equals(before)) {
            calendar.unschedule(held.developerId(), held.officeId(), before, held.id());
        }
        return held;
    }
}
