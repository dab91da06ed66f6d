package com.anchang.commission.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A lead's ownership history, from lead-service's events in whatever order they arrived, so that a
 * deal is credited by who owned the customer, and whose protection was valid, at the instant the deal
 * closed (COMM-1 on LEAD-2/3/5/8/9), not now. A fact that arrives late takes its place by its own time.
 *
 * @param facts in the order they happened (ties by arrival)
 */
public record OwnershipTimeline(String leadId, String developerId, String officeId, List<OwnershipFact> facts) {

    public OwnershipTimeline {
        Objects.requireNonNull(leadId, "leadId");
        facts = facts.stream().sorted(Comparator.comparing(OwnershipFact::at)).toList();
    }

    public static OwnershipTimeline empty(String leadId) {
        return new OwnershipTimeline(leadId, null, null, List.of());
    }

    public boolean knows(String eventId) {
        return facts.stream().anyMatch(f -> f.eventId().equals(eventId));
    }

    public OwnershipTimeline with(String developerId, String officeId, OwnershipFact fact) {
        if (knows(fact.eventId())) {
            return this;
        }
        List<OwnershipFact> more = new ArrayList<>(facts);
        more.add(fact);
        return new OwnershipTimeline(leadId, this.developerId == null ? developerId : this.developerId,
                this.officeId == null ? officeId : this.officeId, more);
    }

    /** Whether the lead's registration has been seen here: before it, nobody is known to own it. */
    public boolean registered() {
        return facts.stream().anyMatch(f -> f.kind() == OwnershipFact.Kind.REGISTERED);
    }

    /**
     * Who owned the lead at {@code instant}, and whether their protection was valid on that day of the
     * office. Facts after the instant are ignored, except a violation (LEAD-9): the credit goes to the
     * rightful owner whenever the violation is recorded, so one naming the owner-at-the-instant as
     * offender hands the ownership (with valid protection) to the rightful owner.
     */
    public Owner ownerAt(Instant instant, ZoneId zone) {
        return ownerAt(instant, zone, null);
    }

    /**
     * The same, for a credit final at {@code finalAt} (null: not final): a violation recorded after it no longer
     * hands the ownership over (the credit no longer moves).
     */
    public Owner ownerAt(Instant instant, ZoneId zone, Instant finalAt) {
        String owner = null;
        LocalDate protectedUntil = null;
        List<OwnershipFact> considered = new ArrayList<>();
        for (OwnershipFact fact : facts) {
            if (fact.at().isAfter(instant)) {
                continue;
            }
            switch (fact.kind()) {
                case REGISTERED, REASSIGNED -> {
                    owner = fact.consultantId();
                    protectedUntil = fact.protectedUntil();
                }
                case PROTECTION_EXTENDED -> {
                    if (fact.consultantId() != null) {
                        owner = fact.consultantId();
                    }
                    protectedUntil = fact.protectedUntil();
                }
                case RELEASED -> {
                    owner = null;
                    protectedUntil = null;
                }
                case COLLISION_RESOLVED -> owner = fact.consultantId();
                case VIOLATION_RECORDED -> {
                    continue;
                }
                case LINKED, PRE_REGISTERED, RETURNING_BUYER -> {
                    // LEAD-6, LEAD-7: the owner is the registration's (published beside), these explain it
                }
            }
            considered.add(fact);
        }
        LocalDate day = instant.atZone(zone).toLocalDate();
        boolean valid = owner != null && protectedUntil != null && !day.isAfter(protectedUntil);
        for (OwnershipFact fact : facts) {
            if (fact.kind() == OwnershipFact.Kind.VIOLATION_RECORDED && fact.consultantId() != null
                    && (finalAt == null || fact.at().isBefore(finalAt))
                    && owner != null && owner.equals(fact.offenderConsultantId())) {
                owner = fact.consultantId();
                valid = true;
                considered.add(fact);
            }
        }
        return new Owner(owner, protectedUntil, valid, List.copyOf(considered));
    }

    /**
     * The owner at an instant.
     *
     * @param consultantId null when nobody owned the lead (not registered yet, or released)
     * @param protectedUntil the last protected day of the office then, when known
     * @param protectionValid whether that day was inside the protection (LEAD-3), or a violation gave it back (LEAD-9)
     * @param facts the facts that decided it, in time order
     */
    public record Owner(String consultantId, LocalDate protectedUntil, boolean protectionValid,
            List<OwnershipFact> facts) {
    }
}
