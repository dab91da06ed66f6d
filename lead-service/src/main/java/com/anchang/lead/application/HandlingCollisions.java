package com.anchang.lead.application;

import com.anchang.lead.domain.Collision;
import com.anchang.lead.domain.CollisionEvent;
import com.anchang.lead.domain.CollisionRepository;
import com.anchang.lead.domain.LapseCalendar;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadAuditAction;
import com.anchang.lead.domain.LeadAuditEntry;
import com.anchang.lead.domain.LeadAuditLog;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadRepository;
import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.lead.domain.Violation;
import com.anchang.lead.domain.ViolationRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * LEAD-5 for the office's PM (and head office, reading): the open collisions of an office, one
 * collision with its evidence and the rule's decision, and its resolution by the PM on the day it was
 * found. Confirming the rule changes no owner; an override names the other consultant with a reason,
 * reassigns the lead to them (lead.lead-reassigned COLLISION_OVERRIDE, a new window) and is recorded
 * in the office's lead audit log as a PM override.
 */
public class HandlingCollisions {

    /** @param violation LEAD-9: a violation to record against the consultant who lost, or null */
    public record Resolve(String collisionId, String followerConsultantId, String reason, Violation.Kind violation) {

        public Resolve(String collisionId, String followerConsultantId, String reason) {
            this(collisionId, followerConsultantId, reason, null);
        }
    }

    private final CollisionRepository collisions;
    private final LeadRepository leads;
    private final LapseCalendar calendar;
    private final ProtectionPolicies policies;
    private final LeadAuditLog audit;
    private final ViolationRepository violations;
    private final Clock clock;
    private final OfficeDirectory offices;

    public HandlingCollisions(CollisionRepository collisions, LeadRepository leads, LapseCalendar calendar,
            ProtectionPolicies policies, LeadAuditLog audit, ViolationRepository violations, Clock clock,
            OfficeDirectory offices) {
        this.offices = offices;
        this.violations = violations;
        this.collisions = collisions;
        this.leads = leads;
        this.calendar = calendar;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    /** The office's open collisions, oldest first. */
    public List<Collision> open(Caller caller, String officeId) {
        offices.mustSeeOffice(caller, officeId);
        caller.mustHold(officeId, "read collisions", Caller.PM, Caller.HEAD_OFFICE);
        return collisions.open(caller.developerId(), officeId);
    }

    public Collision one(Caller caller, String collisionId) {
        Collision collision = collisions.find(collisionId)
                .orElseThrow(() -> new NotFoundException("collision", collisionId));
        caller.mustSee(collision.developerId(), collision.officeId(), "collision", collisionId);
        caller.mustHold(collision.officeId(), "read collisions", Caller.PM, Caller.HEAD_OFFICE);
        return collision;
    }

    /** Today at the collision's office, for the "resolve the same day" flag. */
    public LocalDate today(Collision collision) {
        return policies.forOffice(collision.officeId()).day(clock.instant());
    }

    /**
     * Idempotent for the same follower: the collision is written first, then (for an override) the lead,
     * then the violation, if any; a request that failed after the first write is completed by sending it
     * again (the reassignment and the violation are skipped when already done). Naming another follower
     * once resolved is refused naming LEAD-5.
     */
    public Collision resolve(Caller caller, Resolve command) {
        Collision resolved = ConcurrentChangeException.retrying(5, () -> {
            Collision collision = collisions.find(command.collisionId())
                    .orElseThrow(() -> new NotFoundException("collision", command.collisionId()));
            caller.mustSee(collision.developerId(), collision.officeId(), "collision", collision.id());
            caller.mustHold(collision.officeId(), "resolve a collision", Caller.PM);
            if (collision.repeats(command.followerConsultantId())) {
                return collision; // the same resolution again: complete what may not have been written (below)
            }
            CollisionEvent.Resolved event = collision.resolve(caller.userId(), command.followerConsultantId(),
                    command.reason(), clock.instant());
            collisions.resolve(collision, event);
            return collision;
        });
        Collision.Resolution resolution = resolved.resolution();
        if (resolution.overridden()) {
            ConcurrentChangeException.retrying(5, () -> {
                reassignForOverride(caller, resolved, resolution);
                return null;
            });
        }
        if (command.violation() != null) {
            // LEAD-9: against the consultant who lost; the credit goes to the follower named (one per collision)
            Instant now = clock.instant();
            violations.record(Violation.fromCollision(resolved, command.violation(), caller.userId(), now,
                    policies.forOffice(resolved.officeId()).day(now)));
        }
        return resolved;
    }

    private void reassignForOverride(Caller caller, Collision collision, Collision.Resolution resolution) {
        Lead lead = leads.find(collision.leadId()).orElseThrow(() -> new NotFoundException("lead", collision.leadId()));
        ProtectionPolicy policy = policies.forOffice(lead.officeId());
        Instant now = clock.instant();
        String follower = resolution.followerConsultantId();
        if (follower.equals(lead.ownerConsultantId()) && lead.protectsOwnerAt(now, policy)) {
            return; // already theirs (a retry after a partial failure)
        }
        LocalDate before = ProtectionPolicy.releasedOn(lead.protectedUntil());
        LeadEvent.Reassigned reassigned = lead.reassign(follower, LeadEvent.Reassigned.Reason.COLLISION_OVERRIDE,
                caller.userId(), now, policy);
        LocalDate after = ProtectionPolicy.releasedOn(lead.protectedUntil());
        calendar.schedule(lead.developerId(), lead.officeId(), after, lead.id());
        leads.save(lead, List.of(reassigned));
        if (!after.equals(before)) {
            calendar.unschedule(lead.developerId(), lead.officeId(), before, lead.id());
        }
        audit.append(LeadAuditEntry.of(now, LeadAuditAction.PM_OVERRIDE, caller.userId(), caller.username(), lead,
                "LEAD-5 collision " + collision.id() + ": " + reassigned.previousOwnerConsultantId() + " -> " + follower
                        + " against the rule's decision; reason: " + resolution.reason()),
                policy.day(now));
    }
}
