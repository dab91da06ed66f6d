package com.anchang.lead.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.lead.domain.LeadRule;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class ReceptionDayTest {

    static final LocalDate DAY = LocalDate.parse("2026-11-23");
    static final Instant NINE = Instant.parse("2026-11-23T01:00:00Z");

    ReceptionDay day;
    int minute;

    @BeforeEach
    void threeConsultantsCheckIn() {
        day = ReceptionDay.open("dev-1", "office-1", DAY);
        day.checkIn("a", true, at());
        day.checkIn("b", true, at());
        day.checkIn("c", true, at());
    }

    Instant at() {
        return NINE.plusSeconds(60L * minute++);
    }

    String nextWalkIn() {
        return day.next(Queue.WALK_IN, null, at()).assignment().consultantId();
    }

    String nextCall() {
        return day.next(Queue.PHONE, null, at()).assignment().consultantId();
    }

    /** Receives the next walk-in and finishes it at once: the turn is used (ROT-9). */
    String receiveAndFinish() {
        String who = nextWalkIn();
        day.finish(who, "left a phone number", at());
        return who;
    }

    void refusedUnchanged(String rule, ThrowingCallable operation) {
        List<Duty> duties = day.duties();
        List<String> walkIns = day.pending(Queue.WALK_IN);
        List<String> calls = day.pending(Queue.PHONE);
        int assignments = day.assignments().size();
        int skips = day.skips().size();
        assertThatThrownBy(operation).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.rule().id()).isEqualTo(rule));
        assertThat(day.duties()).isEqualTo(duties);
        assertThat(day.pending(Queue.WALK_IN)).isEqualTo(walkIns);
        assertThat(day.pending(Queue.PHONE)).isEqualTo(calls);
        assertThat(day.assignments()).hasSize(assignments);
        assertThat(day.skips()).hasSize(skips);
    }

    @Test
    @DisplayName("ROT-1: only certified consultants join the queues; a second check-in is refused; the unknown or not-checked-in is refused")
    void onlyCertifiedAndCheckedIn() {
        refusedUnchanged("ROT-1", () -> day.checkIn("d", false, at()));
        refusedUnchanged("ROT-1", () -> day.checkIn("a", true, at()));
        refusedUnchanged("ROT-1", () -> day.decline(Queue.WALK_IN, "nobody", "lunch", at()));
        day.checkOut("c", "c", null, at());
        refusedUnchanged("ROT-1", () -> day.away("c", at()));
        assertThat(day.pending(Queue.WALK_IN)).containsExactly("a", "b");
        assertThat(day.pending(Queue.PHONE)).containsExactly("a", "b");
    }

    @Test
    @DisplayName("ROT-1: nobody checked in: there is nobody to give a visitor to")
    void nobodyCheckedIn() {
        ReceptionDay empty = ReceptionDay.open("dev-1", "office-1", DAY);
        assertThatThrownBy(() -> empty.next(Queue.WALK_IN, null, at())).isInstanceOfSatisfying(
                RuleRefusedException.class, e -> assertThat(e.rule().id()).isEqualTo("ROT-1"));
    }

    @Test
    @DisplayName("ROT-2: both queues are in today's check-in order; a late arrival joins the end of the current round")
    void checkInOrder() {
        assertThat(day.pending(Queue.WALK_IN)).containsExactly("a", "b", "c");
        assertThat(day.pending(Queue.PHONE)).containsExactly("a", "b", "c");
        assertThat(day.duties()).extracting(Duty::position).containsExactly(1, 2, 3);
        assertThat(receiveAndFinish()).isEqualTo("a");
        day.checkIn("d", true, at());
        assertThat(day.pending(Queue.WALK_IN)).containsExactly("b", "c", "d");
        assertThat(receiveAndFinish()).isEqualTo("b");
        assertThat(receiveAndFinish()).isEqualTo("c");
        assertThat(receiveAndFinish()).isEqualTo("d");
        assertThat(receiveAndFinish()).isEqualTo("a");
        assertThat(day.round(Queue.WALK_IN)).isEqualTo(2);
    }

    @Test
    @DisplayName("ROT-3: the head receives; one still serving is passed over (recorded) and may not drop the visitor nor check out")
    void headReceivesServingIsPassedOver() {
        assertThat(nextWalkIn()).isEqualTo("a");
        assertThat(receiveAndFinish()).isEqualTo("b");
        assertThat(receiveAndFinish()).isEqualTo("c");
        // round 2: a is still serving its round-1 visitor
        RotationEvent.Assigned second = day.next(Queue.WALK_IN, null, at());
        assertThat(second.assignment().consultantId()).isEqualTo("b");
        assertThat(second.assignment().round()).isEqualTo(2);
        assertThat(second.assignment().rule().id()).isEqualTo("ROT-3");
        assertThat(second.assignment().why()).contains("round 1 closed", "passed over: a (ROT-3");
        assertThat(second.assignment().snapshot()).extracting(QueueEntry::consultantId, QueueEntry::status)
                .startsWith(org.assertj.core.groups.Tuple.tuple("a", EntryStatus.SERVING),
                        org.assertj.core.groups.Tuple.tuple("b", EntryStatus.AVAILABLE));
        assertThat(day.skips()).extracting(Skip::consultantId, s -> s.rule().id(), Skip::round)
                .contains(org.assertj.core.groups.Tuple.tuple("a", "ROT-3", 2));
        refusedUnchanged("ROT-3", () -> day.checkOut("a", "a", null, at()));
        refusedUnchanged("ROT-3", () -> day.finish("c", null, at()));
        // a finishes and, still holding its round-2 turn, is first again
        day.finish("a", null, at());
        assertThat(nextWalkIn()).isEqualTo("a");
    }

    @Test
    @DisplayName("ROT-3: when everyone on duty is serving, the next visitor is refused and nothing changes")
    void everybodyServing() {
        nextWalkIn();
        nextWalkIn();
        nextWalkIn();
        refusedUnchanged("ROT-3", () -> day.next(Queue.WALK_IN, null, at()));
    }

    @Test
    @DisplayName("ROT-4: declined for a personal reason: skipped this round, normal place next round")
    void declineSkipsThisRound() {
        Skip skip = day.decline(Queue.WALK_IN, "a", "on a personal call", at());
        assertThat(skip.rule().id()).isEqualTo("ROT-4");
        assertThat(receiveAndFinish()).isEqualTo("b");
        assertThat(receiveAndFinish()).isEqualTo("c");
        assertThat(receiveAndFinish()).isEqualTo("a");
        assertThat(receiveAndFinish()).isEqualTo("b");
        // the phone queue is its own
        assertThat(nextCall()).isEqualTo("a");
        refusedUnchanged("ROT-4", () -> day.decline(Queue.WALK_IN, "b", "again", at()));
    }

    @Test
    @DisplayName("ROT-5: unavailable for an objective reason: skipped; back, inserted into the current round; next round in the original order")
    void unavailableAndBack() {
        day.unavailable("a", "with an appointment", at());
        refusedUnchanged("ROT-5", () -> day.unavailable("a", "twice", at()));
        assertThat(receiveAndFinish()).isEqualTo("b");
        day.back("a", at());
        // a's place in round 1 was kept: a is inserted before c
        assertThat(receiveAndFinish()).isEqualTo("a");
        assertThat(receiveAndFinish()).isEqualTo("c");
        assertThat(receiveAndFinish()).isEqualTo("a");
        assertThat(receiveAndFinish()).isEqualTo("b");
        assertThat(day.skips()).extracting(Skip::consultantId, s -> s.rule().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "ROT-5"));
        refusedUnchanged("ROT-5", () -> day.back("a", at()));
    }

    @Test
    @DisplayName("ROT-5: unavailable for a whole round: recorded as skipped for it, the next round starts in check-in order")
    void unavailableForAWholeRound() {
        day.unavailable("b", "signing at the bank", at());
        assertThat(receiveAndFinish()).isEqualTo("a");
        assertThat(receiveAndFinish()).isEqualTo("c");
        assertThat(receiveAndFinish()).isEqualTo("a");
        assertThat(day.round(Queue.WALK_IN)).isEqualTo(2);
        assertThat(day.pending(Queue.WALK_IN)).containsExactly("b", "c");
        day.back("b", at());
        assertThat(receiveAndFinish()).isEqualTo("b");
    }

    @Test
    @DisplayName("ROT-6: away from the post when the turn comes: the next one takes it, the absent one goes to the end")
    void awayGoesToTheEnd() {
        List<Skip> skips = day.away("a", at());
        assertThat(skips).extracting(Skip::rule).containsOnly(LeadRule.ROT_6);
        assertThat(day.pending(Queue.WALK_IN)).containsExactly("b", "c", "a");
        assertThat(receiveAndFinish()).isEqualTo("b");
        day.back("a", at());
        assertThat(receiveAndFinish()).isEqualTo("c");
        assertThat(receiveAndFinish()).isEqualTo("a");
        // next round: check-in order again
        assertThat(receiveAndFinish()).isEqualTo("a");
        day.away("b", at());
        refusedUnchanged("ROT-6", () -> day.away("b", at()));
    }

    @Test
    @DisplayName("ROT-6: one serving a visitor is not away")
    void servingIsNotAway() {
        nextWalkIn();
        refusedUnchanged("ROT-6", () -> day.away("a", at()));
    }

    @Test
    @DisplayName("ROT-7: handed to the consultant who owns the visitor; the receiver keeps the turn and takes the next one")
    void handToOwner() {
        assertThat(nextWalkIn()).isEqualTo("a");
        RotationEvent.Assigned handed = day.handToOwner("a", "c", at());
        assertThat(handed.assignment().consultantId()).isEqualTo("c");
        assertThat(handed.assignment().rule().id()).isEqualTo("ROT-7");
        assertThat(handed.assignment().why()).contains("a keeps the turn");
        assertThat(day.assignments().getFirst().status()).isEqualTo(AssignmentStatus.HANDED_OVER);
        assertThat(day.assignments().getFirst().turn().id()).isEqualTo("ROT-7");
        assertThat(nextWalkIn()).isEqualTo("a");
        assertThat(nextWalkIn()).isEqualTo("b");
        // c serves its own customer: passed over (ROT-3) but keeps its turn
        day.finish("c", "deposit next week", at());
        assertThat(nextWalkIn()).isEqualTo("c");
    }

    @Test
    @DisplayName("ROT-7: the owner must be on duty and free; nobody hands a visitor to themself")
    void handToOwnerRefusals() {
        nextWalkIn();
        refusedUnchanged("ROT-7", () -> day.handToOwner("a", "a", at()));
        refusedUnchanged("ROT-7", () -> day.handToOwner("a", "zed", at()));
        nextWalkIn();
        refusedUnchanged("ROT-3", () -> day.handToOwner("a", "b", at()));
        refusedUnchanged("ROT-3", () -> day.handToOwner("c", "a", at()));
    }

    @Test
    @DisplayName("ROT-8: covering for a colleague's customer or a non-buyer does not use the turn: first of the round again after it")
    void coverKeepsTheTurn() {
        assertThat(nextWalkIn()).isEqualTo("a");
        Assignment covered = day.cover("a", CoverKind.NOT_A_BUYER, at());
        assertThat(covered.turn().id()).isEqualTo("ROT-8");
        assertThat(covered.usedTurn()).isFalse();
        assertThat(nextWalkIn()).isEqualTo("b");
        day.finish("a", "market survey", at());
        assertThat(nextWalkIn()).isEqualTo("a");
        day.cover("a", CoverKind.COLLEAGUES_CUSTOMER, at());
        refusedUnchanged("ROT-8", () -> day.cover("a", CoverKind.COLLEAGUES_CUSTOMER, at()));
    }

    @Test
    @DisplayName("ROT-9: every other reception uses the turn, with or without a phone number left")
    void everyOtherReceptionUsesTheTurn() {
        String first = nextWalkIn();
        Assignment finished = day.finish(first, "left no phone number", at());
        assertThat(finished.usedTurn()).isTrue();
        assertThat(finished.turn().id()).isEqualTo("ROT-9");
        assertThat(finished.status()).isEqualTo(AssignmentStatus.FINISHED);
        assertThat(day.pending(Queue.WALK_IN)).containsExactly("b", "c");
        assertThat(day.snapshot(Queue.WALK_IN)).extracting(QueueEntry::status)
                .containsExactly(EntryStatus.AVAILABLE, EntryStatus.AVAILABLE, EntryStatus.TURN_USED);
    }

    @Test
    @DisplayName("ROT-11: the visit log line keeps time, consultant, source and outcome")
    void visitLog() {
        RotationEvent.Assigned assigned = day.next(Queue.PHONE, "newspaper ad", at());
        Assignment finished = day.finish(assigned.assignment().consultantId(), "invited to visit on Saturday", at());
        assertThat(finished.source()).isEqualTo("newspaper ad");
        assertThat(finished.outcome()).isEqualTo("invited to visit on Saturday");
        assertThat(finished.assignedAt()).isBefore(finished.endedAt());
        assertThat(finished.queue()).isEqualTo(Queue.PHONE);
    }

    @Test
    @DisplayName("ROT-10: a call is offered to the head of the phone queue alone within the answer window; after it anyone on duty takes it, recorded with who took it")
    void callAnswerWindow() {
        java.time.Duration window = java.time.Duration.ofSeconds(15);
        Instant rings = Instant.parse("2026-11-23T03:00:00Z");
        CallOffer offer = day.offerCall("hotline ad", window, rings);
        assertThat(offer.offeredTo()).isEqualTo("a");
        assertThat(offer.openAt()).isEqualTo(rings.plusSeconds(15));
        refusedUnchanged("ROT-10", () -> day.offerCall(null, window, rings.plusSeconds(1)));
        refusedUnchanged("ROT-10", () -> day.takeCall(offer.id(), "b", rings.plusSeconds(14)));
        refusedUnchanged("ROT-10", () -> day.takeCall("2026-11-23-c99", "a", rings.plusSeconds(1)));

        RotationEvent.Assigned taken = day.takeCall(offer.id(), "b", rings.plusSeconds(15));
        assertThat(taken.assignment().consultantId()).isEqualTo("b");
        assertThat(taken.assignment().rule().id()).isEqualTo("ROT-10");
        assertThat(taken.assignment().turn().id()).isEqualTo("ROT-9");
        assertThat(taken.assignment().source()).isEqualTo("hotline ad");
        assertThat(taken.assignment().why()).contains("offered to a", "did not answer", "taken by b");
        assertThat(day.skips()).extracting(Skip::consultantId, s -> s.rule().id())
                .contains(org.assertj.core.groups.Tuple.tuple("a", "ROT-10"));
        assertThat(day.ringing()).isEmpty();
        // a kept the place: the next call is offered to a again, who answers in time with the turn (ROT-3)
        CallOffer again = day.offerCall(null, window, rings.plusSeconds(60));
        assertThat(again.offeredTo()).isEqualTo("a");
        RotationEvent.Assigned answered = day.takeCall(again.id(), "a", rings.plusSeconds(61));
        assertThat(answered.assignment().rule().id()).isEqualTo("ROT-3");
        assertThat(day.pending(Queue.PHONE)).containsExactly("c");
    }
}
