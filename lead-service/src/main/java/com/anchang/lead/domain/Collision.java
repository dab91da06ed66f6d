package com.anchang.lead.domain;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * LEAD-5, a collision 撞单: a second consultant registered (or received) a customer that a colleague's
 * lead at the office already holds. It is decided at once by the rule: the earlier registration wins
 * if its protection was still valid when the later one happened, otherwise the later one. It carries
 * the evidence a PM needs (registrations, follow-ups, protection windows) and stays OPEN, listed for
 * the PM, until the PM resolves it, on the day it was found: confirming the rule's follower, or
 * overriding it with a reason. One collision per lead, challenger and office day (its id says so),
 * so a retried or simultaneous registration does not open two.
 */
public final class Collision {

    public enum Status {
        OPEN,
        RESOLVED
    }

    /** One piece of evidence, in time order. */
    public record Evidence(Instant at, Kind kind, String by, String detail) {

        public enum Kind {
            /** The owner's registration (or the start of their current ownership). */
            REGISTERED,
            /** A follow-up on the lead's page. */
            FOLLOW_UP,
            /** The owner's protection window as it stood when the collision was found. */
            PROTECTION_WINDOW,
            /** The second consultant's registration, refused. */
            SECOND_REGISTRATION
        }
    }

    /** The rule's decision: who follows the customer, and why. */
    public record Decision(String followerConsultantId, String reason) {
    }

    /** The PM's resolution: the follower named, whether it overrides the rule's decision, and the PM's reason. */
    public record Resolution(String followerConsultantId, boolean overridden, String resolvedBy, Instant resolvedAt,
            String reason) {
    }

    private final String id;
    private final String developerId;
    private final String officeId;
    private final String leadId;
    private final String ownerConsultantId;
    private final String challengerConsultantId;
    private final Instant foundAt;
    private final LocalDate foundOn;
    private final LocalDate ownerProtectedUntil;
    private final List<Evidence> timeline;
    private final Decision decision;
    private Resolution resolution;
    private final long version;

    /** Rebuilds a collision from what storage holds; every change after that goes through the rules. */
    public static Collision restore(String id, String developerId, String officeId, String leadId, String ownerConsultantId,
            String challengerConsultantId, Instant foundAt, LocalDate foundOn, LocalDate ownerProtectedUntil,
            List<Evidence> timeline, Decision decision, Resolution resolution, long version) {
        return new Collision(id, developerId, officeId, leadId, ownerConsultantId, challengerConsultantId, foundAt, foundOn,
                ownerProtectedUntil, timeline, decision, resolution, version);
    }

    private Collision(String id, String developerId, String officeId, String leadId, String ownerConsultantId,
            String challengerConsultantId, Instant foundAt, LocalDate foundOn, LocalDate ownerProtectedUntil,
            List<Evidence> timeline, Decision decision, Resolution resolution, long version) {
        this.id = Objects.requireNonNull(id);
        this.developerId = Objects.requireNonNull(developerId);
        this.officeId = Objects.requireNonNull(officeId);
        this.leadId = Objects.requireNonNull(leadId);
        this.ownerConsultantId = Objects.requireNonNull(ownerConsultantId);
        this.challengerConsultantId = Objects.requireNonNull(challengerConsultantId);
        this.foundAt = Objects.requireNonNull(foundAt);
        this.foundOn = Objects.requireNonNull(foundOn);
        this.ownerProtectedUntil = Objects.requireNonNull(ownerProtectedUntil);
        this.timeline = List.copyOf(timeline);
        this.decision = Objects.requireNonNull(decision);
        this.resolution = resolution;
        this.version = version;
    }

    /**
     * LEAD-5: {@code challenger} registered the customer of {@code lead} at {@code now}. Decides by the
     * rule and gathers the evidence.
     */
    public static CollisionEvent.Opened open(Lead lead, String challenger, Instant now, ProtectionPolicy policy) {
        return open(lead, challenger, now, policy, "registered the same mobile");
    }

    /**
     * LEAD-5 (+ LEAD-6): as {@link #open(Lead, String, Instant, ProtectionPolicy)}, with what the second
     * registration was (e.g. the mobile of a person linked to the lead as the same customer).
     */
    public static CollisionEvent.Opened open(Lead lead, String challenger, Instant now, ProtectionPolicy policy,
            String secondRegistration) {
        LocalDate day = policy.day(now);
        boolean earlierProtected = !lead.released() && policy.protects(lead.protectedUntil(), now);
        Decision decision = earlierProtected
                ? new Decision(lead.ownerConsultantId(), "LEAD-5: the earlier registration by " + lead.ownerConsultantId()
                        + " (" + policy.day(lead.ownedSince()) + ") was protected until " + lead.protectedUntil()
                        + " when " + challenger + " registered the customer on " + day)
                : new Decision(challenger, "LEAD-5: the earlier registration by " + lead.ownerConsultantId()
                        + " was no longer protected (until " + lead.protectedUntil() + ") when " + challenger
                        + " registered the customer on " + day);
        List<Evidence> timeline = new ArrayList<>();
        timeline.add(new Evidence(lead.ownedSince(), Evidence.Kind.REGISTERED, lead.ownerConsultantId(),
                "registered, source " + lead.source()));
        for (FollowUp f : lead.followUps()) {
            timeline.add(new Evidence(f.at(), Evidence.Kind.FOLLOW_UP, f.loggedBy(), f.channel()
                    + (f.effective() ? ", effective" : ", not effective")
                    + (f.corrects() != null ? ", corrects " + f.corrects() : "")
                    + (f.countedForProtection() ? ", protected until " + f.protectedUntil() : "")));
        }
        timeline.add(new Evidence(now, Evidence.Kind.PROTECTION_WINDOW, lead.ownerConsultantId(),
                "protected from " + policy.day(lead.ownedSince()) + " until " + lead.protectedUntil()
                        + (lead.released() ? " (released)" : "")));
        timeline.add(new Evidence(now, Evidence.Kind.SECOND_REGISTRATION, challenger, secondRegistration));
        timeline.sort(Comparator.comparing(Evidence::at));
        Collision collision = new Collision(idOf(lead.id(), challenger, day), lead.developerId(), lead.officeId(),
                lead.id(), lead.ownerConsultantId(), challenger, now, day, lead.protectedUntil(), timeline, decision, null,
                0);
        return new CollisionEvent.Opened(collision);
    }

    /** The id of the collision of this challenger with this lead on this office day. */
    public static String idOf(String leadId, String challenger, LocalDate day) {
        return "collision-" + leadId.replaceFirst("^lead-", "") + "-" + challenger + "-" + day;
    }

    /**
     * LEAD-5: the PM names the follower: the rule's (a confirmation) or the other consultant (an
     * override, which needs a reason).
     */
    public CollisionEvent.Resolved resolve(String pmId, String follower, String reason, Instant now) {
        if (resolution != null) {
            throw new RuleRefusedException(LeadRule.LEAD_5, "collision " + id + " was already resolved by "
                    + resolution.resolvedBy() + " on " + resolution.resolvedAt());
        }
        String named = follower == null ? decision.followerConsultantId() : follower;
        if (!named.equals(ownerConsultantId) && !named.equals(challengerConsultantId)) {
            throw new InvalidInputException("followerConsultantId", "is neither of the two consultants of the collision");
        }
        boolean overridden = !named.equals(decision.followerConsultantId());
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (overridden && why == null) {
            throw new InvalidInputException("reason", "is required to override the rule's decision");
        }
        resolution = new Resolution(named, overridden, pmId, now, why);
        return new CollisionEvent.Resolved(this);
    }

    /**
     * LEAD-5: whether resolving it naming {@code follower} (null: the rule's) repeats the resolution it
     * already has: the same request again, after a failure part-way (its reassignment not yet written), is
     * completed rather than refused.
     */
    public boolean repeats(String follower) {
        String named = follower == null ? decision.followerConsultantId() : follower;
        return resolution != null && named.equals(resolution.followerConsultantId());
    }

    public Status status() {
        return resolution == null ? Status.OPEN : Status.RESOLVED;
    }

    /** An open collision after the day it was found: it had to be resolved that day (LEAD-5). */
    public boolean overdue(LocalDate today) {
        return resolution == null && today.isAfter(foundOn);
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

    public String leadId() {
        return leadId;
    }

    public String ownerConsultantId() {
        return ownerConsultantId;
    }

    public String challengerConsultantId() {
        return challengerConsultantId;
    }

    public Instant foundAt() {
        return foundAt;
    }

    public LocalDate foundOn() {
        return foundOn;
    }

    /** The owner's protection window (last day) when the collision was found. */
    public LocalDate ownerProtectedUntil() {
        return ownerProtectedUntil;
    }

    public List<Evidence> timeline() {
        return timeline;
    }

    public Decision decision() {
        return decision;
    }

    public Resolution resolution() {
        return resolution;
    }

    public long version() {
        return version;
    }
}
