package com.anchang.lead.domain;

import com.anchang.support.problem.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * LEAD-9: a violation recorded for the office's PM: grabbing 抢单 (taking a customer, or a call,
 * knowing a colleague owns it or after declining it), renaming the buyer to dodge a colleague's claim
 * 改名, unit flipping 炒房号. The credit goes to the rightful owner (commission reads
 * lead.violation-recorded). Recorded automatically (ROT-10: a declined call taken back after the answer
 * window), by the PM resolving a collision (against the consultant who lost), or by the PM by hand. Its
 * id is derived from what it is about when there is one (the call offer, the collision), so recording
 * it twice records it once.
 *
 * @param leadId the lead concerned, or null (a call not yet a lead)
 * @param rightfulOwnerConsultantId who the customer's credit goes to, or null when nobody owns it yet
 * @param origin ROT-10 (the rotation), LEAD-5 (a collision's resolution) or PM (by hand)
 * @param reference the call offer or collision it came from, or null
 * @param day the office day it was recorded on (its listing bucket)
 */
public record Violation(String id, String developerId, String officeId, String leadId,
        String offenderConsultantId, String rightfulOwnerConsultantId, Kind kind, String evidence, String recordedBy,
        Instant at, LocalDate day, String origin, String reference) {

    public enum Kind {
        GRABBING,
        RENAMING,
        UNIT_FLIPPING
    }

    public Violation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(developerId, "developerId");
        Objects.requireNonNull(officeId, "officeId");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * ROT-10 + LEAD-9: the one a call was offered to declined it and took it after the answer window:
     * grabbing, recorded by the rotation itself; one per call offer.
     */
    public static Violation grabbedCall(String developerId, String officeId, String offerId, String consultantId,
            Instant offeredAt, Instant declinedAt, Instant openAt, Instant takenAt, LocalDate day) {
        return new Violation("violation-" + offerId, developerId, officeId, null, consultantId, null, Kind.GRABBING,
                "ROT-10: call " + offerId + " offered to " + consultantId + " at " + offeredAt + ", declined by them at "
                        + declinedAt + " (ROT-4), taken back by them at " + takenAt + " after the answer window ("
                        + openAt + ")", "rotation", takenAt, day, LeadRule.ROT_10.id(), offerId);
    }

    /**
     * LEAD-5 + LEAD-9: the PM resolving a collision records a violation against the consultant who lost
     * it; the rightful owner is the follower the PM named. One per collision.
     */
    public static Violation fromCollision(Collision collision, Kind kind, String pmId, Instant at, LocalDate day) {
        Collision.Resolution resolution = Objects.requireNonNull(collision.resolution(), "resolution");
        String follower = resolution.followerConsultantId();
        String loser = follower.equals(collision.ownerConsultantId()) ? collision.challengerConsultantId()
                : collision.ownerConsultantId();
        return new Violation("violation-" + collision.id(), collision.developerId(), collision.officeId(),
                collision.leadId(), loser, follower, Objects.requireNonNull(kind, "violation"),
                "LEAD-5 collision " + collision.id() + " resolved for " + follower + " by " + pmId
                        + (resolution.reason() == null ? "" : "; reason: " + resolution.reason()),
                pmId, at, day, LeadRule.LEAD_5.id(), collision.id());
    }

    /** LEAD-9: the PM records a violation by hand, with its evidence; the offender is not the rightful owner. */
    public static Violation byPm(String developerId, String officeId, String leadId, String offender,
            String rightfulOwner, Kind kind, String evidence, String pmId, Instant at, LocalDate day, String id) {
        if (evidence == null || evidence.isBlank()) {
            throw new InvalidInputException("evidence", "is required");
        }
        if (offender == null || offender.isBlank()) {
            throw new InvalidInputException("offender", "is required");
        }
        if (offender.equals(rightfulOwner)) {
            throw new InvalidInputException("rightfulOwner", "is the offender");
        }
        return new Violation(id, developerId, officeId, leadId, offender.strip(), rightfulOwner,
                Objects.requireNonNull(kind, "kind"), evidence.strip(), pmId, at, day, "PM", null);
    }
}
