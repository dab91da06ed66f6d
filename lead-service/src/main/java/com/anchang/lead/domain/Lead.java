package com.anchang.lead.domain;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A customer registered by a consultant at one office (LEAD-1), owned by that consultant (LEAD-2)
 * and protected through the end of {@link #protectedUntil()} (LEAD-3), a day of the office's zone.
 * Follow-ups are appended to the lead's page (LEAD-4) and, as the office's policy counts them, move
 * the end of the protection window; without them the lead is released. The normalised mobile number
 * identifies the customer within the office: the office cannot hold two leads for one number.
 */
public final class Lead {

    private final String id;
    private final String developerId;
    private final String officeId;
    private String ownerConsultantId;
    private String customerName;
    private final MobileNumber mobile;
    private LeadSource source;
    private Needs needs;
    private final Instant registeredAt;
    private Instant ownedSince;
    private LocalDate protectedUntil;
    private final List<FollowUp> followUps;
    private final int followUpsAsRead;
    private Instant releasedAt;
    private LocalDate lapseReminderFor;
    private LocalDate followUpReminderFor;
    private LeadStage stage = LeadStage.NEW;
    private final List<LeadLink> links = new ArrayList<>();
    private Registration registration = Registration.PLAIN;
    private boolean retired;
    private int linksAsRead;
    private final long version;
    private final String ownerAsRead;

    private Lead(String id, String developerId, String officeId, String ownerConsultantId, String customerName,
            MobileNumber mobile, LeadSource source, Needs needs, Instant registeredAt, Instant ownedSince,
            LocalDate protectedUntil, List<FollowUp> followUps, Instant releasedAt, LocalDate lapseReminderFor,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.developerId = Objects.requireNonNull(developerId);
        this.officeId = Objects.requireNonNull(officeId);
        this.ownerConsultantId = Objects.requireNonNull(ownerConsultantId);
        this.customerName = Objects.requireNonNull(customerName);
        this.mobile = Objects.requireNonNull(mobile);
        this.source = Objects.requireNonNull(source);
        this.needs = needs == null ? Needs.NONE : needs;
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.ownedSince = ownedSince == null ? registeredAt : ownedSince;
        this.protectedUntil = Objects.requireNonNull(protectedUntil);
        this.followUps = new ArrayList<>(followUps == null ? List.of() : followUps);
        this.followUpsAsRead = this.followUps.size();
        this.releasedAt = releasedAt;
        this.lapseReminderFor = lapseReminderFor;
        this.version = version;
        this.ownerAsRead = this.ownerConsultantId;
    }

    /**
     * A lead as stored, rebuilt by the store: the only way to a lead other than a registration. Its stage,
     * links and registration change afterwards only through the rules ({@link #moveTo}, {@link #link},
     * {@link #consented}).
     *
     * @param ownedSince when the current owner's ownership began (the registration, a re-registration after
     *     release, a reassignment); null means at registration
     * @param releasedAt when the lapse released it (LEAD-3), or null while it is owned
     * @param lapseReminderFor the last protected day the owner was reminded of (LEAD-11), or null
     * @param stage the stage reached (LEAD-11); null means NEW
     * @param links the people linked to the lead (LEAD-6), oldest first
     * @param registration how the lead was registered (LEAD-7); null means a plain registration
     * @param retired whether the mobile's key went to the customer's next, returning buyer's lead (LEAD-7)
     */
    public static Lead restore(String id, String developerId, String officeId, String ownerConsultantId,
            String customerName, MobileNumber mobile, LeadSource source, Needs needs, Instant registeredAt,
            Instant ownedSince, LocalDate protectedUntil, List<FollowUp> followUps, Instant releasedAt,
            LocalDate lapseReminderFor, LeadStage stage, List<LeadLink> links, Registration registration,
            boolean retired, long version) {
        return restore(id, developerId, officeId, ownerConsultantId, customerName, mobile, source, needs, registeredAt,
                ownedSince, protectedUntil, followUps, releasedAt, lapseReminderFor, null, stage, links, registration,
                retired, version);
    }

    /**
     * {@link #restore} with the last protected day the owner was told a follow-up is due (LEAD-11/12), or null.
     */
    public static Lead restore(String id, String developerId, String officeId, String ownerConsultantId,
            String customerName, MobileNumber mobile, LeadSource source, Needs needs, Instant registeredAt,
            Instant ownedSince, LocalDate protectedUntil, List<FollowUp> followUps, Instant releasedAt,
            LocalDate lapseReminderFor, LocalDate followUpReminderFor, LeadStage stage, List<LeadLink> links,
            Registration registration, boolean retired, long version) {
        Lead lead = new Lead(id, developerId, officeId, ownerConsultantId, customerName, mobile, source, needs,
                registeredAt, ownedSince, protectedUntil, followUps, releasedAt, lapseReminderFor, version);
        lead.stage = stage == null ? LeadStage.NEW : stage;
        if (links != null) {
            lead.links.addAll(links);
        }
        lead.linksAsRead = lead.links.size();
        lead.registration = registration == null ? Registration.PLAIN : registration;
        lead.retired = retired;
        lead.followUpReminderFor = followUpReminderFor;
        return lead;
    }

    /**
     * LEAD-1/2/3: registers a customer for the consultant who received them; the lead is protected
     * from now for the office's protection window (which may depend on the source: phone or visit).
     */
    public static LeadEvent.Registered register(String developerId, String officeId, String consultantId,
            String customerName, MobileNumber mobile, LeadSource source, Needs needs, Instant now,
            ProtectionPolicy policy) {
        Lead lead = new Lead("lead-" + UUID.randomUUID(), developerId, officeId, consultantId, customerName, mobile,
                source, needs, now, now, policy.protectedUntil(now, source), List.of(), null, null, 0);
        return new LeadEvent.Registered(lead);
    }

    /**
     * LEAD-4 (+ LEAD-3): appends a follow-up to the lead's page. An entry the office's policy counts
     * (effective, or an unanswered call where the policy says so) moves the protection window; a
     * correction ({@code corrects} names an earlier entry of this lead) is a new entry that does not
     * extend protection. Refused once protection has ended (LEAD-3): the lead is no longer the owner's
     * to follow up.
     *
     * @return the follow-up logged, and the extension if the window moved
     */
    public List<LeadEvent> logFollowUp(String loggedBy, FollowUp.Channel channel, boolean effective, String note,
            String corrects, Instant now, ProtectionPolicy policy) {
        Objects.requireNonNull(loggedBy, "loggedBy");
        Objects.requireNonNull(channel, "channel");
        if (released()) {
            throw new RuleRefusedException(LeadRule.LEAD_3, "lead " + id + " was released on "
                    + ProtectionPolicy.releasedOn(protectedUntil) + ": it is no longer followed up by its former owner");
        }
        if (!policy.protects(protectedUntil, now)) {
            throw new RuleRefusedException(LeadRule.LEAD_3, "the protection of lead " + id + " ended on " + protectedUntil
                    + ": it is released and can no longer be followed up");
        }
        if (corrects != null && followUps.stream().noneMatch(f -> f.id().equals(corrects))) {
            throw new InvalidInputException("corrects", "names no earlier follow-up of this lead");
        }
        boolean counted = corrects == null && policy.counts(channel, effective);
        LocalDate before = protectedUntil;
        if (counted) {
            LocalDate today = policy.day(now);
            boolean extendedToday = followUps.stream()
                    .anyMatch(f -> f.countedForProtection() && policy.day(f.at()).equals(today));
            protectedUntil = policy.extendedUntil(protectedUntil, now, extendedToday);
        }
        FollowUp entry = new FollowUp("follow-up-" + UUID.randomUUID(), now, loggedBy, channel, effective,
                note == null || note.isBlank() ? null : note.strip(), corrects, counted, protectedUntil);
        followUps.add(entry);
        List<LeadEvent> events = new ArrayList<>();
        events.add(new LeadEvent.FollowUpLogged(this, entry));
        if (protectedUntil.isAfter(before)) {
            events.add(new LeadEvent.ProtectionExtended(this, entry, before));
        }
        return List.copyOf(events);
    }

    /** LEAD-3: releases the lead if its protection has ended at {@code now}; nothing if it holds or was released already. */
    public Optional<LeadEvent> releaseIfLapsed(Instant now, ProtectionPolicy policy) {
        // a customer who bought settled who served them: their lead no longer lapses (LEAD-3, LEAD-11)
        if (released() || boughtBefore() || policy.protects(protectedUntil, now)) {
            return Optional.empty();
        }
        releasedAt = now;
        return Optional.of(new LeadEvent.Released(this, now, ownerConsultantId, ownedSince, protectedUntil));
    }

    /** LEAD-11: on the last protected day, reminds the owner once that the lead lapses tomorrow. */
    public Optional<LeadEvent> remindIfLapsingTomorrow(Instant now, ProtectionPolicy policy) {
        if (released() || boughtBefore() || protectedUntil.equals(lapseReminderFor)
                || !policy.day(now).equals(protectedUntil)) {
            return Optional.empty();
        }
        lapseReminderFor = protectedUntil;
        return Optional.of(new LeadEvent.ProtectionLapsing(this, now));
    }

    /**
     * LEAD-11/LEAD-12: {@code daysBefore} office days before the lead's release day, reminds the owner once per
     * protection window that a follow-up is due (with the owner's follow-ups against the office's
     * {@code minimum}); nothing for a released lead or a buyer's.
     */
    public Optional<LeadEvent> remindIfFollowUpDue(Instant now, ProtectionPolicy policy, int daysBefore, int minimum) {
        if (released() || boughtBefore() || protectedUntil.equals(followUpReminderFor)
                || !policy.day(now).plusDays(daysBefore).equals(ProtectionPolicy.releasedOn(protectedUntil))) {
            return Optional.empty();
        }
        followUpReminderFor = protectedUntil;
        return Optional.of(new LeadEvent.FollowUpDue(this, now, minimum));
    }

    /** LEAD-3: the countdown as seen at {@code now}. */
    public Protection protection(Instant now, ProtectionPolicy policy) {
        Protection.Status status = released() ? Protection.Status.RELEASED
                : policy.protects(protectedUntil, now) ? Protection.Status.PROTECTED : Protection.Status.LAPSED;
        return new Protection(status, protectedUntil, ProtectionPolicy.releasedOn(protectedUntil),
                policy.daysLeft(protectedUntil, now));
    }

    /**
     * LEAD-7: registers the customer as {@code registration} says: a returning buyer's new, separate lead
     * (previousLeadId set: the registration of the first purchase's customer), or a referral / proxy-viewer
     * pre-registration; owned and protected like any registration.
     *
     * @return the registration, then the returning buyer's or pre-registration's event where it applies
     */
    public static List<LeadEvent> register(String developerId, String officeId, String consultantId,
            String customerName, MobileNumber mobile, LeadSource source, Needs needs, Instant now,
            ProtectionPolicy policy, Registration registration, Lead previous) {
        LeadEvent.Registered registered = register(developerId, officeId, consultantId, customerName, mobile, source,
                needs, now, policy);
        Lead lead = registered.lead();
        List<LeadEvent> events = new ArrayList<>(List.of(registered));
        if (previous != null) {
            if (!previous.boughtBefore()) {
                throw new IllegalStateException("lead " + previous.id() + " is not contracted: not a returning buyer");
            }
            lead.registration = registration.returningAfter(previous.id());
            events.add(new LeadEvent.ReturningBuyerRegistered(lead, previous.id(), previous.ownerConsultantId()));
        } else {
            lead.registration = registration;
        }
        if (lead.registration.preRegistered()) {
            events.add(new LeadEvent.PreRegistered(lead));
        }
        return List.copyOf(events);
    }

    /**
     * LEAD-7: the customer of this lead bought (its stage is CONTRACTED): registering them again starts a
     * new, separate lead, and this one gives the office's key of the mobile up to it.
     */
    public boolean boughtBefore() {
        return stage == LeadStage.CONTRACTED;
    }

    /**
     * LEAD-1: the customer's consent, given again to the consultant who registers a lead whose
     * protection ended (a re-registration).
     */
    public void consented(Registration.Consent consent) {
        registration = registration.withConsent(consent);
    }

    /**
     * LEAD-2: the consultant who registers a lead whose protection ended names the logged reception they
     * registered the customer from; the lead keeps the reception of its current ownership.
     */
    public void registeredFrom(String receptionId) {
        registration = registration.fromReception(receptionId);
    }

    public Registration registration() {
        return registration;
    }

    /** LEAD-7: a contracted lead whose mobile's key went to the customer's next (returning buyer's) lead. */
    public boolean retired() {
        return retired;
    }

    /**
     * LEAD-6: the owner (or the office's PM, {@code by}) links a person to the lead's customer. Refused
     * naming LEAD-3 once the owner's protection has ended (the customer is no longer theirs to link), and
     * naming LEAD-6 for the lead's own mobile or a mobile already linked to it. Whether the person is the
     * same customer follows from the relation (and {@code registeredTogether} for siblings and other
     * relatives); the reservation of a same customer's mobile is the caller's to make.
     */
    public LeadEvent.Linked link(String by, LeadLink.Relation relation, String name, MobileNumber mobile,
            boolean registeredTogether, Instant now, ProtectionPolicy policy) {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(mobile, "mobile");
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        if (!protectsOwnerAt(now, policy)) {
            throw new RuleRefusedException(LeadRule.LEAD_3, "the protection of lead " + id + " ended on " + protectedUntil
                    + ": nobody's customer is linked to it; register the customer again first");
        }
        if (mobile.equals(this.mobile)) {
            throw new RuleRefusedException(LeadRule.LEAD_6, "mobile " + mobile.masked() + " is the lead's own customer's");
        }
        linkFor(mobile).ifPresent(existing -> {
            throw new RuleRefusedException(LeadRule.LEAD_6, "mobile " + mobile.masked() + " is already linked to lead " + id
                    + " as " + existing.relation());
        });
        LeadLink link = new LeadLink("link-" + UUID.randomUUID(), relation, name.strip(), mobile,
                registeredTogether, Objects.requireNonNull(by, "by"), now);
        links.add(link);
        return new LeadEvent.Linked(this, link);
    }

    /** LEAD-6: the link of this mobile, if the lead has one. */
    public Optional<LeadLink> linkFor(MobileNumber mobile) {
        return links.stream().filter(l -> l.mobile().equals(mobile)).findFirst();
    }

    /** LEAD-6: the people linked to the lead, oldest first. */
    public List<LeadLink> links() {
        return List.copyOf(links);
    }

    /** LEAD-6: the links added since the lead was read (what a save appends). */
    public List<LeadLink> newLinks() {
        return List.copyOf(links.subList(linksAsRead, links.size()));
    }

    /**
     * LEAD-6 + LEAD-5: a colleague registered the mobile of a person linked to this lead as the same
     * customer while the lead is protected: refused as this lead's customer (no names, no owner: LEAD-10).
     */
    public RuleRefusedException protectedByColleague(String collisionId, LeadLink link) {
        return new RuleRefusedException(LeadRule.LEAD_6, "this mobile belongs to the " + link.relation()
                + " of a colleague's customer, the same customer (LEAD-6), protected until " + protectedUntil
                + "; collision " + collisionId + " is open for the PM (LEAD-5)");
    }

    /** LEAD-6: the owner registering the mobile of a person linked to their own protected lead. */
    public RuleRefusedException alreadyYours(LeadLink link) {
        return new RuleRefusedException(LeadRule.LEAD_6, "this mobile is the " + link.relation() + " of your customer of lead "
                + id + ", the same customer, already registered by you, protected until " + protectedUntil);
    }

    /**
     * LEAD-11: moves the lead to {@code next}, forward only, a contract after a deposit, nothing after
     * contracted or lost; refused naming LEAD-11 otherwise, nothing changed.
     */
    public LeadEvent.StageChanged moveTo(LeadStage next, String by, Instant now) {
        Objects.requireNonNull(next, "stage");
        if (!stage.canMoveTo(next)) {
            throw new RuleRefusedException(LeadRule.LEAD_11, "a lead at stage " + stage + " cannot move to " + next
                    + " (new → potential → intention → negotiating → deposit → contracted, or lost; never back)");
        }
        LeadStage from = stage;
        stage = next;
        return new LeadEvent.StageChanged(this, from, next, by, now);
    }

    /**
     * LEAD-12: the follow-ups that count for the owner's compliance figure: effective entries the
     * current owner logged since they own the lead, corrections excluded.
     */
    public long ownerFollowUps() {
        return ownersFollowUps().count();
    }

    /** The last of {@link #ownerFollowUps()}, or null when the owner has logged none. */
    public Instant lastOwnerFollowUpAt() {
        return ownersFollowUps().map(FollowUp::at).max(Instant::compareTo).orElse(null);
    }

    private Stream<FollowUp> ownersFollowUps() {
        return followUps.stream().filter(f -> f.effective() && f.corrects() == null
                && f.loggedBy().equals(ownerConsultantId) && !f.at().isBefore(ownedSince));
    }

    public LeadStage stage() {
        return stage;
    }

    /** LEAD-3: whether the owner's claim holds at {@code now} (not released, window not ended). */
    public boolean protectsOwnerAt(Instant now, ProtectionPolicy policy) {
        return !released() && policy.protects(protectedUntil, now);
    }

    /**
     * LEAD-5: the refusal of a colleague's registration of this lead's protected customer. LEAD-10: it
     * tells the registering consultant no more than that the customer is protected by a colleague and
     * until when: not who, nor the customer's name or mobile as the owner registered them.
     */
    public RuleRefusedException protectedByColleague(String collisionId) {
        return new RuleRefusedException(LeadRule.LEAD_5, "customer protected by a colleague until " + protectedUntil
                + "; collision " + collisionId + " is open for the PM");
    }

    /** LEAD-5: the owner registering their own protected customer again. */
    public RuleRefusedException alreadyYours() {
        return new RuleRefusedException(LeadRule.LEAD_5, "customer already registered by you, protected until "
                + protectedUntil);
    }

    /**
     * LEAD-3 (released leads go to whoever receives the customer next) and LEAD-2: the consultant who
     * registers the customer of a lead whose protection has ended owns it from now, with a new window;
     * the lead keeps its id and page. A lead lapsed but not yet released by the job is released first,
     * in the same change.
     *
     * @return the release (if the job had not done it yet) and the reassignment
     */
    public List<LeadEvent> reRegister(String consultantId, String customerName, LeadSource source, Needs needs,
            Instant now, ProtectionPolicy policy) {
        if (protectsOwnerAt(now, policy)) {
            throw new IllegalStateException("lead " + id + " is still protected; that is a collision (LEAD-5)");
        }
        List<LeadEvent> events = new ArrayList<>();
        releaseIfLapsed(now, policy).ifPresent(events::add);
        this.customerName = Objects.requireNonNull(customerName);
        this.source = Objects.requireNonNull(source);
        this.needs = needs == null ? Needs.NONE : needs;
        events.add(transfer(consultantId, LeadEvent.Reassigned.Reason.RE_REGISTERED, consultantId, now, policy));
        return List.copyOf(events);
    }

    /**
     * LEAD-8 (the PM reassigns, with a reason recorded by the caller) and LEAD-5 (a PM's override of a
     * collision): {@code newOwner} owns the lead from now, with a new protection window.
     */
    public LeadEvent.Reassigned reassign(String newOwner, LeadEvent.Reassigned.Reason reason, String by, Instant now,
            ProtectionPolicy policy) {
        if (newOwner.equals(ownerConsultantId) && protectsOwnerAt(now, policy)) {
            throw new RuleRefusedException(LeadRule.LEAD_8, "consultant " + newOwner + " already owns lead " + id);
        }
        return transfer(newOwner, reason, by, now, policy);
    }

    private LeadEvent.Reassigned transfer(String newOwner, LeadEvent.Reassigned.Reason reason, String by,
            Instant now, ProtectionPolicy policy) {
        String previous = ownerConsultantId;
        ownerConsultantId = Objects.requireNonNull(newOwner);
        ownedSince = now;
        protectedUntil = policy.protectedUntil(now, source);
        releasedAt = null;
        lapseReminderFor = null;
        followUpReminderFor = null;
        return new LeadEvent.Reassigned(this, previous, reason, by, now);
    }

    /** Whether the lapse released the lead (LEAD-3). */
    public boolean released() {
        return releasedAt != null;
    }

    public String id() {
        return id;
    }

    public String developerId() {
        return developerId;
    }

    public String officeId() {
        return officeId;
    }

    /** The consultant who owns the lead, or owned it until it was released. */
    public String ownerConsultantId() {
        return ownerConsultantId;
    }

    public String customerName() {
        return customerName;
    }

    public MobileNumber mobile() {
        return mobile;
    }

    public LeadSource source() {
        return source;
    }

    public Needs needs() {
        return needs;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** When the current owner's ownership (and protection window) began. */
    public Instant ownedSince() {
        return ownedSince;
    }

    /** LEAD-3: the last day (office zone) on which the owner's claim is protected without a further follow-up. */
    public LocalDate protectedUntil() {
        return protectedUntil;
    }

    /** LEAD-4: the lead's page of follow-ups, oldest first. */
    public List<FollowUp> followUps() {
        return List.copyOf(followUps);
    }

    /**
     * Whether the lead changed hands since it was read (a reassignment, a collision decided for another
     * consultant, a re-registration after release): the new owner's list of leads must name it before the save.
     */
    public boolean ownerChanged() {
        return !ownerConsultantId.equals(ownerAsRead);
    }

    /** LEAD-4: the follow-ups appended since the lead was read (what a save appends to the stored page). */
    public List<FollowUp> newFollowUps() {
        return List.copyOf(followUps.subList(followUpsAsRead, followUps.size()));
    }

    public Instant releasedAt() {
        return releasedAt;
    }

    /** The last protected day the owner was told a follow-up is due (LEAD-11/12), or null. */
    public LocalDate followUpReminderFor() {
        return followUpReminderFor;
    }

    public LocalDate lapseReminderFor() {
        return lapseReminderFor;
    }

    /** The stored version this lead was read at. */
    public long version() {
        return version;
    }
}
