package com.anchang.lead.application.rotation;

import com.anchang.lead.domain.LeadRule;
import com.anchang.lead.domain.Violation;
import com.anchang.lead.domain.ViolationRepository;
import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.CallOffer;
import com.anchang.lead.domain.rotation.CoverKind;
import com.anchang.lead.domain.rotation.Duty;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.lead.domain.rotation.RotationEvent;
import com.anchang.support.problem.ConcurrentChangeException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The operations of an office's reception rotation today (ROT-1..9), each a read-decide-write of the
 * day's one document, retried when a concurrent writer won. Who may do what:
 * <ul>
 *   <li>check in: a consultant of the office, for themself, certified (the token says so, ROT-1);</li>
 *   <li>next walk-in / next call: the reception desk: a consultant on duty, sales control or the PM;</li>
 *   <li>everything else: a consultant for themself, or the PM for any consultant of the office with a reason.</li>
 * </ul>
 * A refusal (403/404, a rule, bad input) writes nothing.
 */
public class RotatingReception {

    /** What an operation left: the day after it and the assignment it made or changed, if any. */
    public record Change(ReceptionDay day, Assignment assignment, CallOffer offer) {
    }

    /**
     * Who an operation is for: {@code consultantId} null (or the caller) for the caller themself; another
     * consultant only by the PM, with a reason.
     */
    public record ActingFor(String consultantId, String reason) {

        public static final ActingFor SELF = new ActingFor(null, null);
    }

    private interface Step {
        Result apply(ReceptionDay day, String consultantId, Instant now);
    }

    private record Result(List<RotationEvent> events, Assignment assignment, CallOffer offer) {

        Result(List<RotationEvent> events, Assignment assignment) {
            this(events, assignment, null);
        }
    }

    private final ReceptionDays days;
    private final OfficeDay officeDay;
    private final RotationChanges changes;
    private final ViolationRepository violations;

    public RotatingReception(ReceptionDays days, OfficeDay officeDay, RotationChanges changes) {
        this(days, officeDay, changes, null);
    }

    /** @param violations where a grabbed call is recorded (LEAD-9), or null to record none */
    public RotatingReception(ReceptionDays days, OfficeDay officeDay, RotationChanges changes,
            ViolationRepository violations) {
        this.days = days;
        this.officeDay = officeDay;
        this.changes = changes;
        this.violations = violations;
    }

    /** ROT-1/2: the calling consultant checks in (certified only) and joins both queues at the end. */
    public Change checkIn(Caller caller, String officeId) {
        caller.mustActIn(officeId, "check in to the rotation", Caller.CONSULTANT);
        return change(caller, officeId, caller.userId(), (day, consultantId, now) ->
                new Result(List.of(day.checkIn(consultantId, caller.certified(), now)), null));
    }

    /** A consultant leaves duty (themself, or the PM with a reason); one serving a visitor may not (ROT-3). */
    public Change checkOut(Caller caller, String officeId, ActingFor actingFor) {
        String consultantId = actingFor(caller, officeId, actingFor, "check out of the rotation");
        return change(caller, officeId, consultantId, (day, id, now) ->
                new Result(List.of(day.checkOut(id, caller.userId(), id.equals(caller.userId()) ? null
                        : actingFor.reason(), now)), null));
    }

    /** ROT-3: the next walk-in or call goes to the head of the queue; asked by the reception desk. */
    public Change next(Caller caller, String officeId, Queue queue, String source) {
        caller.mustActIn(officeId, "give the next " + (queue == Queue.WALK_IN ? "visitor" : "call"),
                Caller.CONSULTANT, Caller.SALES_CONTROL, Caller.PM);
        boolean desk = caller.holds(officeId, Caller.SALES_CONTROL, Caller.PM);
        return change(caller, officeId, caller.userId(), (day, callerId, now) -> {
            if (!desk && !day.duty(callerId).map(Duty::onDuty).orElse(false)) {
                throw new RuleRefusedException(LeadRule.ROT_1, "only a consultant on duty (checked in today), sales "
                        + "control or the PM gives out the next " + (queue == Queue.WALK_IN ? "visitor" : "call"));
            }
            RotationEvent.Assigned assigned = day.next(queue, source, now);
            return new Result(List.of(assigned), assigned.assignment());
        });
    }

    /**
     * ROT-10: a call rings: offered to the head of the phone queue, alone for the office's answer window;
     * asked by the reception desk.
     */
    public Change offerCall(Caller caller, String officeId, String source) {
        caller.mustActIn(officeId, "give the next call", Caller.CONSULTANT, Caller.SALES_CONTROL, Caller.PM);
        boolean desk = caller.holds(officeId, Caller.SALES_CONTROL, Caller.PM);
        return change(caller, officeId, caller.userId(), (day, callerId, now) -> {
            if (!desk && !day.duty(callerId).map(Duty::onDuty).orElse(false)) {
                throw new RuleRefusedException(LeadRule.ROT_1, "only a consultant on duty (checked in today), sales "
                        + "control or the PM gives out the next call");
            }
            CallOffer offer = day.offerCall(source, officeDay.policy(officeId).answerWindow(), now);
            return new Result(List.of(), null, offer);
        });
    }

    /** ROT-10: a consultant takes the ringing call: the one it is offered to, or anyone once the window passed. */
    public Change takeCall(Caller caller, String officeId, String offerId, ActingFor actingFor) {
        String consultantId = actingFor(caller, officeId, actingFor, "take a call");
        AtomicReference<Violation> grabbed = new AtomicReference<>();
        Change change = change(caller, officeId, consultantId, (day, id, now) -> {
            Optional<CallOffer> offer = day.ringing().filter(o -> o.id().equals(offerId));
            RotationEvent.Assigned assigned = day.takeCall(offerId, id, now);
            // ROT-10 + LEAD-9: declined while it was theirs, taken back once open to anyone: the take stands,
            // the grabbing is recorded for the PM
            grabbed.set(offer.filter(o -> o.grabbedBy(id, now)).map(o -> Violation.grabbedCall(day.developerId(),
                    day.officeId(), o.id(), id, o.offeredAt(), o.declinedAt(), o.openAt(), now, day.businessDay()))
                    .orElse(null));
            if (grabbed.get() == null || violations == null) {
                return new Result(List.of(assigned), assigned.assignment());
            }
            // its event leaves with the take, in the day's one write: published even if what follows fails
            return new Result(List.of(assigned, new RotationEvent.CallGrabbed(grabbed.get())), assigned.assignment());
        });
        if (grabbed.get() != null && violations != null) {
            // then listed for the PM (its id is the offer's, so a repeat lists it once)
            violations.recordPublished(grabbed.get());
        }
        return change;
    }

    /** ROT-4: declined for a personal reason: skipped in this round of the queue. */
    public Change decline(Caller caller, String officeId, Queue queue, String reason, ActingFor actingFor) {
        String consultantId = actingFor(caller, officeId, actingFor, "decline a turn");
        return change(caller, officeId, consultantId, (day, id, now) -> {
            day.decline(queue, id, reason, now);
            return new Result(List.of(), null);
        });
    }

    /** ROT-5: unavailable for an objective reason. */
    public Change unavailable(Caller caller, String officeId, String reason, ActingFor actingFor) {
        String consultantId = actingFor(caller, officeId, actingFor, "report unavailable");
        return change(caller, officeId, consultantId, (day, id, now) -> {
            day.unavailable(id, reason, now);
            return new Result(List.of(), null);
        });
    }

    /** ROT-5/6: back at the post. */
    public Change back(Caller caller, String officeId, ActingFor actingFor) {
        String consultantId = actingFor(caller, officeId, actingFor, "report back at the post");
        return change(caller, officeId, consultantId, (day, id, now) -> {
            day.back(id, now);
            return new Result(List.of(), null);
        });
    }

    /** ROT-6: away from the post when the turn comes: to the end of the round. */
    public Change away(Caller caller, String officeId, ActingFor actingFor) {
        String consultantId = actingFor(caller, officeId, actingFor, "report away from the post");
        return change(caller, officeId, consultantId, (day, id, now) -> {
            day.away(id, now);
            return new Result(List.of(), null);
        });
    }

    /** The reception is over (ROT-9 unless covered, ROT-8), with its outcome (ROT-11). */
    public Change finish(Caller caller, String officeId, String outcome, ActingFor actingFor) {
        String consultantId = actingFor(caller, officeId, actingFor, "finish a reception");
        return change(caller, officeId, consultantId, (day, id, now) ->
                new Result(List.of(), day.finish(id, outcome, now)));
    }

    /** ROT-7: the visitor is handed to the consultant who owns them; the receiver keeps the turn. */
    public Change handToOwner(Caller caller, String officeId, String ownerConsultantId, ActingFor actingFor) {
        String consultantId = actingFor(caller, officeId, actingFor, "hand a visitor to their owner");
        return change(caller, officeId, consultantId, (day, id, now) -> {
            RotationEvent.Assigned assigned = day.handToOwner(id, ownerConsultantId, now);
            return new Result(List.of(assigned), assigned.assignment());
        });
    }

    /** ROT-8: the reception covers for a colleague's customer or is not a buyer: the turn is kept. */
    public Change cover(Caller caller, String officeId, CoverKind kind, ActingFor actingFor) {
        String consultantId = actingFor(caller, officeId, actingFor, "cover a reception");
        return change(caller, officeId, consultantId, (day, id, now) ->
                new Result(List.of(), day.cover(id, kind, now)));
    }

    /**
     * A consultant acts for themself; the PM for anyone of the office, with a reason. 404 for an office
     * of which the caller holds no role, 403 for a role that may not.
     */
    static String actingFor(Caller caller, String officeId, ActingFor actingFor, String action) {
        caller.mustActIn(officeId, action, Caller.CONSULTANT, Caller.PM);
        String consultantId = actingFor.consultantId();
        if (consultantId == null || consultantId.equals(caller.userId())) {
            caller.mustHold(officeId, action, Caller.CONSULTANT);
            return caller.userId();
        }
        caller.mustHold(officeId, action + " for another consultant", Caller.PM);
        if (actingFor.reason() == null || actingFor.reason().isBlank()) {
            throw new InvalidInputException("reason", "is required when the PM acts for a consultant");
        }
        return consultantId;
    }

    private Change change(Caller caller, String officeId, String consultantId, Step step) {
        return ConcurrentChangeException.retrying(5, () -> {
            Instant now = officeDay.now();
            LocalDate today = officeDay.businessDay(officeId, now);
            if (caller.developerId() == null) {
                throw new NotFoundException("office", officeId);
            }
            ReceptionDay day = days.find(officeId, today)
                    .orElseGet(() -> ReceptionDay.open(caller.developerId(), officeId, today));
            caller.mustSee(day.developerId(), day.officeId(), "office", officeId);
            Result result = step.apply(day, consultantId, now);
            days.save(day, new ArrayList<>(result.events()));
            changes.changed(day);
            return new Change(day, result.assignment(), result.offer());
        });
    }
}
