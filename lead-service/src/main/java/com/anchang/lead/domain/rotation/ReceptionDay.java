package com.anchang.lead.domain.rotation;

import com.anchang.lead.domain.LeadRule;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reception rotation of one office for one business day (轮序, seed 000 §二.1, seed 003 接电/接访).
 *
 * <p>Certified consultants check in (ROT-1); the check-in order of the day is the order of both
 * queues, walk-in and phone (ROT-2). Each queue goes in rounds: a round starts in check-in order,
 * everyone has one turn in it, and the first AVAILABLE consultant still holding a turn receives the
 * next visitor or call (ROT-3). A round closes when nobody still holding a turn is available; the
 * next round starts again in check-in order. Passing someone over is always recorded with the rule
 * that allowed it (ROT-3 serving, ROT-4 declined, ROT-5 unavailable, ROT-6 away).
 *
 * <p>Every method either changes the state and returns what happened, or throws a
 * {@link RuleRefusedException} naming the rule and changes nothing.
 */
public final class ReceptionDay {

    /** The version of a day not stored yet. */
    public static final long NEW = -1;

    private final String developerId;
    private final String officeId;
    private final LocalDate businessDay;
    private final List<Duty> duties;
    private final Map<Queue, Integer> rounds;
    private final Map<Queue, List<String>> pending;
    private final List<RoundLog> roundLogs;
    private final List<Assignment> assignments;
    private final List<Skip> skips;
    private CallOffer ringing;
    /** The number of the next assignment or call offer of the day (their ids). */
    private int nextNumber;
    private final long version;

    private ReceptionDay(String developerId, String officeId, LocalDate businessDay, List<Duty> duties,
            Map<Queue, Integer> rounds, Map<Queue, List<String>> pending, List<RoundLog> roundLogs,
            List<Assignment> assignments, List<Skip> skips, CallOffer ringing, int nextNumber, long version) {
        this.developerId = Objects.requireNonNull(developerId, "developerId");
        this.officeId = Objects.requireNonNull(officeId, "officeId");
        this.businessDay = Objects.requireNonNull(businessDay, "businessDay");
        this.duties = new ArrayList<>(duties);
        this.rounds = new EnumMap<>(Queue.class);
        this.pending = new EnumMap<>(Queue.class);
        for (Queue queue : Queue.values()) {
            this.rounds.put(queue, rounds.getOrDefault(queue, 0));
            this.pending.put(queue, new ArrayList<>(pending.getOrDefault(queue, List.of())));
        }
        this.roundLogs = new ArrayList<>(roundLogs);
        this.assignments = new ArrayList<>(assignments);
        this.skips = new ArrayList<>(skips);
        this.ringing = ringing;
        this.nextNumber = Math.max(nextNumber, 1);
        this.version = version;
    }

    /** A day nobody has checked in to yet. */
    public static ReceptionDay open(String developerId, String officeId, LocalDate businessDay) {
        return new ReceptionDay(developerId, officeId, businessDay, List.of(), Map.of(), Map.of(), List.of(), List.of(),
                List.of(), null, 1, NEW);
    }

    /** A stored day, as it was written. */
    public static ReceptionDay restore(String developerId, String officeId, LocalDate businessDay, List<Duty> duties,
            Map<Queue, Integer> rounds, Map<Queue, List<String>> pending, List<RoundLog> roundLogs,
            List<Assignment> assignments, List<Skip> skips, CallOffer ringing, int nextNumber, long version) {
        return new ReceptionDay(developerId, officeId, businessDay, duties, rounds, pending, roundLogs, assignments,
                skips, ringing, nextNumber, version);
    }

    /** One document per office and business day. */
    public static String idOf(String officeId, LocalDate businessDay) {
        return officeId + ":" + businessDay;
    }

    // ---------------------------------------------------------------- duty

    /** ROT-1/2: a certified consultant checks in and joins the end of the current round of both queues. */
    public RotationEvent.CheckedIn checkIn(String consultantId, boolean certified, Instant at) {
        if (!certified) {
            throw new RuleRefusedException(LeadRule.ROT_1, consultantId + " is not certified (上岗) and cannot join the rotation");
        }
        Optional<Duty> existing = duty(consultantId);
        if (existing.isPresent() && existing.get().onDuty()) {
            throw new RuleRefusedException(LeadRule.ROT_1, consultantId + " is already checked in today (place "
                    + existing.get().position() + ")");
        }
        existing.ifPresent(duties::remove);
        int position = duties.stream().mapToInt(Duty::position).max().orElse(0) + 1;
        Duty duty = new Duty(consultantId, position, at, true, null, false, null);
        duties.add(duty);
        for (Queue queue : Queue.values()) {
            if (rounds.get(queue) == 0) {
                rounds.put(queue, 1);
                roundLogs.add(new RoundLog(queue, 1, at, List.of()));
            }
            pending.get(queue).add(consultantId);
            joinRoundLog(queue, consultantId);
        }
        return new RotationEvent.CheckedIn(developerId, officeId, businessDay, duty);
    }

    /** A consultant leaves duty; one serving a visitor may not drop them (ROT-3). */
    public RotationEvent.CheckedOut checkOut(String consultantId, String byUserId, String reason, Instant at) {
        Duty duty = onDuty(consultantId);
        if (duty.serving()) {
            throw new RuleRefusedException(LeadRule.ROT_3, consultantId + " is serving a visitor (" + duty.servingAssignmentId()
                    + ") and may not drop them: finish the reception first");
        }
        replace(duty.offDuty());
        for (Queue queue : Queue.values()) {
            pending.get(queue).remove(consultantId);
        }
        return new RotationEvent.CheckedOut(developerId, officeId, businessDay, consultantId, at, byUserId, reason);
    }

    // ---------------------------------------------------------------- receiving

    /**
     * ROT-3: the next visitor (walk-in) or call (phone) goes to the first available consultant still
     * holding a turn in the current round; those passed over are recorded with their reason. When
     * nobody holding a turn is available, the round closes and a new one starts in check-in order
     * (ROT-2). The reception uses the turn (ROT-9) unless it is handed over (ROT-7) or covered (ROT-8).
     *
     * @param source the source or media of the visitor or caller, if known (ROT-11)
     */
    public RotationEvent.Assigned next(Queue queue, String source, Instant at) {
        Objects.requireNonNull(queue, "queue");
        Head head = head(queue, at);
        pending.get(queue).remove(head.consultantId());
        return assign(queue, head.consultantId(), LeadRule.ROT_3, head.why(), head.snapshot(), LeadRule.ROT_9, source, at);
    }

    /**
     * ROT-10: a call rings: it is offered to the head of the phone queue (chosen as for {@link #next}),
     * who alone may take it within the office's answer window; after it, anyone on duty and free may.
     * One call rings at a time.
     */
    public CallOffer offerCall(String source, Duration answerWindow, Instant at) {
        if (ringing != null) {
            throw new RuleRefusedException(LeadRule.ROT_10, "the call offered to " + ringing.offeredTo() + " at "
                    + ringing.offeredAt() + " is still ringing: take it first");
        }
        Head head = head(Queue.PHONE, at);
        ringing = new CallOffer(businessDay + "-c" + nextNumber++, head.consultantId(), at,
                at.plus(answerWindow), rounds.get(Queue.PHONE), head.why(), head.snapshot(), source);
        return ringing;
    }

    /**
     * ROT-10: a consultant takes the ringing call. The one it was offered to takes it with their turn
     * (ROT-3/9). Anyone else on duty and free may take it once the answer window has passed (or at once
     * if the one it was offered to is no longer free): recorded as ROT-10, with the unanswered offer as a
     * skip of the one it was offered to (who keeps the place); it uses the taker's turn if they still hold
     * one in the round.
     */
    public RotationEvent.Assigned takeCall(String offerId, String consultantId, Instant at) {
        if (ringing == null || !ringing.id().equals(offerId)) {
            throw new RuleRefusedException(LeadRule.ROT_10, "no call " + offerId + " is ringing");
        }
        Duty duty = onDuty(consultantId);
        if (!duty.available()) {
            throw new RuleRefusedException(LeadRule.ROT_3, consultantId + " is not free to take a call ("
                    + duty.status().name().toLowerCase() + ")");
        }
        CallOffer offer = ringing;
        if (consultantId.equals(offer.offeredTo())) {
            pending.get(Queue.PHONE).remove(consultantId);
            ringing = null;
            return assign(Queue.PHONE, consultantId, LeadRule.ROT_3, offer.why(), offer.snapshot(), LeadRule.ROT_9, offer.source(), at);
        }
        boolean offeredStillFree = duty(offer.offeredTo()).map(Duty::available).orElse(false);
        if (offeredStillFree && at.isBefore(offer.openAt())) {
            throw new RuleRefusedException(LeadRule.ROT_10, "the call is offered to " + offer.offeredTo() + " until "
                    + offer.openAt() + "; after that anyone on duty may take it");
        }
        String reason = offeredStillFree
                ? "did not answer call " + offer.id() + " within the answer window (by " + offer.openAt() + ")"
                : "was no longer free for call " + offer.id();
        int round = rounds.get(Queue.PHONE);
        skips.add(new Skip(Queue.PHONE, round, offer.offeredTo(), LeadRule.ROT_10, reason, at));
        boolean heldTurn = pending.get(Queue.PHONE).remove(consultantId);
        ringing = null;
        String why = "call offered to " + offer.offeredTo() + " at " + offer.offeredAt() + ", who " + reason
                + "; open to anyone on duty (ROT-10), taken by " + consultantId + (heldTurn ? " with their turn" : " beyond their turn");
        return assign(Queue.PHONE, consultantId, LeadRule.ROT_10, why, snapshot(Queue.PHONE), heldTurn ? LeadRule.ROT_9 : LeadRule.ROT_10,
                offer.source(), at);
    }

    /** The call ringing now, if any (ROT-10). */
    public Optional<CallOffer> ringing() {
        return Optional.ofNullable(ringing);
    }

    private record Head(String consultantId, String why, List<QueueEntry> snapshot) {
    }

    /** ROT-3: who receives next in the queue; closes the round first if nobody holding a turn is free. */
    private Head head(Queue queue, Instant at) {
        if (duties.stream().noneMatch(Duty::onDuty)) {
            throw new RuleRefusedException(LeadRule.ROT_1, "nobody is checked in at " + officeId + " today");
        }
        if (duties.stream().noneMatch(Duty::available)) {
            throw new RuleRefusedException(LeadRule.ROT_3, "nobody on duty is free: " + describe(duties.stream()
                    .filter(Duty::onDuty).map(Duty::consultantId).toList()));
        }
        String roundNote = "";
        if (firstAvailable(queue).isEmpty()) {
            int closed = rounds.get(queue);
            closeRound(queue, at);
            startRound(queue, at);
            roundNote = "round " + closed + " closed (nobody holding a turn was free), round " + rounds.get(queue)
                    + " started in check-in order (ROT-2); ";
        }
        List<QueueEntry> snapshot = snapshot(queue);
        List<String> order = pending.get(queue);
        String chosen = firstAvailable(queue).orElseThrow();
        List<String> passed = new ArrayList<>();
        for (String consultantId : order.subList(0, order.indexOf(chosen))) {
            Duty duty = duty(consultantId).orElseThrow();
            Skip skip = recordSkip(queue, duty, at);
            passed.add(consultantId + " (" + skip.rule() + " " + skip.reason() + ")");
        }
        String why = roundNote + chosen + " is the first available consultant holding a turn in round "
                + rounds.get(queue) + " of the " + label(queue) + " queue"
                + (passed.isEmpty() ? "" : "; passed over: " + String.join(", ", passed));
        return new Head(chosen, why, snapshot);
    }

    /** ROT-4: declined for a personal reason: out of this round of the queue, normal place in the next one. */
    public Skip decline(Queue queue, String consultantId, String reason, Instant at) {
        onDuty(consultantId);
        if (!pending.get(queue).contains(consultantId)) {
            throw new RuleRefusedException(LeadRule.ROT_4, consultantId + " holds no turn in round " + rounds.get(queue)
                    + " of the " + label(queue) + " queue to decline");
        }
        pending.get(queue).remove(consultantId);
        if (queue == Queue.PHONE && ringing != null && ringing.offeredTo().equals(consultantId)) {
            ringing = ringing.declined(at); // ROT-10: taking it back later is grabbing (LEAD-9)
        }
        Skip skip = new Skip(queue, rounds.get(queue), consultantId, LeadRule.ROT_4, "declined: " + reason, at);
        skips.add(skip);
        return skip;
    }

    /** ROT-5: unavailable for an objective reason: passed over, keeping the place in the round. */
    public void unavailable(String consultantId, String reason, Instant at) {
        Duty duty = onDuty(consultantId);
        if (duty.serving()) {
            throw new RuleRefusedException(LeadRule.ROT_3, consultantId + " is serving a visitor and may not drop them");
        }
        if (duty.unavailable()) {
            throw new RuleRefusedException(LeadRule.ROT_5, consultantId + " is already unavailable: " + duty.unavailableReason());
        }
        replace(duty.unavailable(reason));
    }

    /**
     * ROT-5/6: back at the post. One who was unavailable still holds the place in the current round
     * (inserted back into it, before everyone after them who has not received yet); one who was away
     * is at the end where ROT-6 put them. The next round is in check-in order again.
     */
    public void back(String consultantId, Instant at) {
        Duty duty = onDuty(consultantId);
        if (!duty.unavailable() && !duty.away()) {
            throw new RuleRefusedException(LeadRule.ROT_5, consultantId + " is neither unavailable nor away");
        }
        replace(duty.unavailable(null).away(false));
    }

    /** ROT-6: not at the post when the turn comes: the next one takes it; the absent one goes to the end of the round. */
    public List<Skip> away(String consultantId, Instant at) {
        Duty duty = onDuty(consultantId);
        if (duty.serving()) {
            throw new RuleRefusedException(LeadRule.ROT_6, consultantId + " is serving a visitor, not away from the post");
        }
        if (duty.away()) {
            throw new RuleRefusedException(LeadRule.ROT_6, consultantId + " is already away");
        }
        replace(duty.away(true));
        List<Skip> recorded = new ArrayList<>();
        for (Queue queue : Queue.values()) {
            List<String> order = pending.get(queue);
            if (order.remove(consultantId)) {
                order.add(consultantId);
                Skip skip = new Skip(queue, rounds.get(queue), consultantId, LeadRule.ROT_6,
                        "away from the post: moved to the end of the round", at);
                skips.add(skip);
                recorded.add(skip);
            }
        }
        return recorded;
    }

    /** The reception is over; it used the turn (ROT-9) unless it was covered (ROT-8). */
    public Assignment finish(String consultantId, String outcome, Instant at) {
        Duty duty = onDuty(consultantId);
        Assignment current = serving(duty);
        Assignment finished = current.finished(outcome, at);
        replaceAssignment(finished);
        replace(duty.serving(null));
        return finished;
    }

    /**
     * ROT-7: the visitor already has a consultant: handed to them; the receiver keeps the turn (takes
     * the next one). The owner must be on duty and free (ROT-3).
     */
    public RotationEvent.Assigned handToOwner(String consultantId, String ownerId, Instant at) {
        Duty duty = onDuty(consultantId);
        Assignment current = serving(duty);
        if (consultantId.equals(ownerId)) {
            throw new RuleRefusedException(LeadRule.ROT_7, consultantId + " already owns this visitor");
        }
        Duty owner = duty(ownerId).filter(Duty::onDuty).orElseThrow(() -> new RuleRefusedException(LeadRule.ROT_7,
                "owner " + ownerId + " is not on duty today: cover for them instead (ROT-8)"));
        if (owner.serving()) {
            throw new RuleRefusedException(LeadRule.ROT_3, "owner " + ownerId + " is serving another visitor ("
                    + owner.servingAssignmentId() + ")");
        }
        boolean fromQueue = current.usedTurn();
        replaceAssignment(current.handedOver(ownerId, at));
        replace(duty.serving(null));
        if (fromQueue) {
            restoreTurn(current.queue(), consultantId);
        }
        String why = consultantId + " received the visitor (" + current.id() + ") and handed them to " + ownerId
                + ", who already owns them; " + consultantId + " keeps the turn";
        return assign(current.queue(), ownerId, LeadRule.ROT_7, why, snapshot(current.queue()), null, current.source(), at);
    }

    /**
     * ROT-8: covering for a colleague's customer, or a visitor who is clearly not a buyer: the
     * reception goes on, but does not use the turn; the consultant is first in the current round again
     * (seed 003: 接待后插入本轮第一个接待).
     */
    public Assignment cover(String consultantId, CoverKind kind, Instant at) {
        Objects.requireNonNull(kind, "kind");
        Duty duty = onDuty(consultantId);
        Assignment current = serving(duty);
        if (!current.usedTurn()) {
            throw new RuleRefusedException(LeadRule.ROT_8, "reception " + current.id() + " uses no turn already ("
                    + current.rule() + ")");
        }
        Assignment covered = current.covered(kind);
        replaceAssignment(covered);
        restoreTurn(current.queue(), consultantId);
        return covered;
    }

    // ---------------------------------------------------------------- reading

    /** Who would receive the next visitor or call of this queue now, if anyone is free. */
    public Optional<String> nextFor(Queue queue) {
        Optional<String> head = firstAvailable(queue);
        if (head.isPresent()) {
            return head;
        }
        return duties.stream().filter(Duty::available).sorted(Comparator.comparingInt(Duty::position))
                .map(Duty::consultantId).findFirst();
    }

    /** The current round's order of a queue, with each consultant's state (also what assignments store). */
    public List<QueueEntry> snapshot(Queue queue) {
        List<QueueEntry> entries = new ArrayList<>();
        int round = rounds.get(queue);
        for (String consultantId : pending.get(queue)) {
            entries.add(new QueueEntry(consultantId, entries.size() + 1, duty(consultantId).orElseThrow().status()));
        }
        duties.stream().filter(Duty::onDuty).filter(d -> !pending.get(queue).contains(d.consultantId()))
                .sorted(Comparator.comparingInt(Duty::position))
                .forEach(d -> entries.add(new QueueEntry(d.consultantId(), entries.size() + 1,
                        skips.stream().anyMatch(s -> s.queue() == queue && s.round() == round && s.rule() == LeadRule.ROT_4
                                && s.consultantId().equals(d.consultantId()))
                                ? EntryStatus.DECLINED : EntryStatus.TURN_USED)));
        return entries;
    }

    public Optional<Assignment> assignment(String assignmentId) {
        return assignments.stream().filter(a -> a.id().equals(assignmentId)).findFirst();
    }

    public Optional<Duty> duty(String consultantId) {
        return duties.stream().filter(d -> d.consultantId().equals(consultantId)).findFirst();
    }

    public String id() {
        return idOf(officeId, businessDay);
    }

    public String developerId() {
        return developerId;
    }

    public String officeId() {
        return officeId;
    }

    public LocalDate businessDay() {
        return businessDay;
    }

    /** Everyone who checked in today, in check-in order. */
    public List<Duty> duties() {
        return duties.stream().sorted(Comparator.comparingInt(Duty::position)).toList();
    }

    public int round(Queue queue) {
        return rounds.get(queue);
    }

    public Map<Queue, Integer> rounds() {
        return Map.copyOf(rounds);
    }

    /** Who still holds a turn in the current round of the queue, in order. */
    public List<String> pending(Queue queue) {
        return List.copyOf(pending.get(queue));
    }

    public Map<Queue, List<String>> pending() {
        Map<Queue, List<String>> copy = new EnumMap<>(Queue.class);
        pending.forEach((queue, order) -> copy.put(queue, List.copyOf(order)));
        return copy;
    }

    public List<RoundLog> roundLogs() {
        return List.copyOf(roundLogs);
    }

    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    public List<Skip> skips() {
        return List.copyOf(skips);
    }

    public int nextNumber() {
        return nextNumber;
    }

    public long version() {
        return version;
    }

    // ---------------------------------------------------------------- internals

    private RotationEvent.Assigned assign(Queue queue, String consultantId, LeadRule rule, String why,
            List<QueueEntry> snapshot, LeadRule turn, String source, Instant at) {
        String id = businessDay + "-r" + nextNumber++;
        Assignment assignment = new Assignment(id, queue, consultantId, rounds.get(queue), rule, why, at, snapshot,
                AssignmentStatus.SERVING, turn, null, null, source, null, null);
        assignments.add(assignment);
        replace(duty(consultantId).orElseThrow().serving(id));
        return new RotationEvent.Assigned(developerId, officeId, businessDay, assignment);
    }

    private Optional<String> firstAvailable(Queue queue) {
        return pending.get(queue).stream().filter(id -> duty(id).map(Duty::available).orElse(false)).findFirst();
    }

    private void closeRound(Queue queue, Instant at) {
        for (String consultantId : pending.get(queue)) {
            recordSkip(queue, duty(consultantId).orElseThrow(), at);
        }
    }

    private void startRound(Queue queue, Instant at) {
        int round = rounds.get(queue) + 1;
        rounds.put(queue, round);
        List<String> order = duties.stream().filter(Duty::onDuty).sorted(Comparator.comparingInt(Duty::position))
                .map(Duty::consultantId).collect(Collectors.toCollection(ArrayList::new));
        pending.put(queue, order);
        roundLogs.add(new RoundLog(queue, round, at, order));
    }

    /**
     * A skip for whatever keeps the consultant from receiving now, once per round and rule. Every duty
     * status decides here: a status added later does not compile until it is given its rule.
     */
    private Skip recordSkip(Queue queue, Duty duty, Instant at) {
        int round = rounds.get(queue);
        String consultantId = duty.consultantId();
        Skip skip = switch (duty.status()) {
            case SERVING -> new Skip(queue, round, consultantId, LeadRule.ROT_3,
                    "serving " + duty.servingAssignmentId(), at);
            case UNAVAILABLE -> new Skip(queue, round, consultantId, LeadRule.ROT_5,
                    "unavailable: " + duty.unavailableReason(), at);
            case AWAY -> new Skip(queue, round, consultantId, LeadRule.ROT_6, "away from the post", at);
            case AVAILABLE, DECLINED, TURN_USED -> throw new IllegalStateException(consultantId + " is "
                    + duty.status().name().toLowerCase().replace('_', ' ') + " and cannot be skipped");
        };
        boolean known = skips.stream().anyMatch(s -> s.queue() == queue && s.round() == round
                && s.consultantId().equals(consultantId) && s.rule() == skip.rule());
        if (!known) {
            skips.add(skip);
        }
        return skip;
    }

    private void restoreTurn(Queue queue, String consultantId) {
        List<String> order = pending.get(queue);
        order.remove(consultantId);
        order.add(0, consultantId);
        joinRoundLog(queue, consultantId);
    }

    private void joinRoundLog(Queue queue, String consultantId) {
        int round = rounds.get(queue);
        for (int i = roundLogs.size() - 1; i >= 0; i--) {
            RoundLog log = roundLogs.get(i);
            if (log.queue() == queue && log.round() == round) {
                if (!log.members().contains(consultantId)) {
                    List<String> members = new ArrayList<>(log.members());
                    members.add(consultantId);
                    roundLogs.set(i, new RoundLog(queue, round, log.startedAt(), members));
                }
                return;
            }
        }
    }

    private Duty onDuty(String consultantId) {
        return duty(consultantId).filter(Duty::onDuty).orElseThrow(() -> new RuleRefusedException(LeadRule.ROT_1,
                consultantId + " is not checked in at " + officeId + " today"));
    }

    private Assignment serving(Duty duty) {
        if (!duty.serving()) {
            throw new RuleRefusedException(LeadRule.ROT_3, duty.consultantId() + " is serving nobody now");
        }
        return assignment(duty.servingAssignmentId()).orElseThrow();
    }

    private void replace(Duty duty) {
        for (int i = 0; i < duties.size(); i++) {
            if (duties.get(i).consultantId().equals(duty.consultantId())) {
                duties.set(i, duty);
                return;
            }
        }
        throw new IllegalStateException("no duty of " + duty.consultantId());
    }

    private void replaceAssignment(Assignment assignment) {
        for (int i = 0; i < assignments.size(); i++) {
            if (assignments.get(i).id().equals(assignment.id())) {
                assignments.set(i, assignment);
                return;
            }
        }
        throw new IllegalStateException("no assignment " + assignment.id());
    }

    private static String label(Queue queue) {
        return queue == Queue.WALK_IN ? "walk-in" : "phone";
    }

    private String describe(List<String> consultants) {
        return consultants.stream().map(id -> id + " " + duty(id).orElseThrow().status().name().toLowerCase())
                .collect(Collectors.joining(", "));
    }
}
