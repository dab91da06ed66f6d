package com.anchang.lead.domain.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Long random sequences of rotation operations (seeded, so a failure names its seed and replays),
 * with the invariants of the issue checked after every step:
 * <ul>
 *   <li>nobody serves two visitors (ROT-3);</li>
 *   <li>every visitor goes to the first available consultant holding a turn, and everyone passed over
 *       has a recorded reason (ROT-3..6): nobody available is skipped without one, and every member of a
 *       closed round either received in it or has a recorded skip, unless they checked out during it;</li>
 *   <li>every new round starts in today's check-in order (ROT-2);</li>
 *   <li>a refused operation changes nothing.</li>
 * </ul>
 */
class ReceptionDayRandomizedTest {

    static final int STEPS = 2_500;
    static final List<String> POOL = List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8);
    }

    record State(List<Duty> duties, Map<Queue, List<String>> pending, Map<Queue, Integer> rounds,
            List<RoundLog> rounds2, List<Assignment> assignments, List<Skip> skips) {

        static State of(ReceptionDay day) {
            return new State(day.duties(), day.pending(), day.rounds(), day.roundLogs(), day.assignments(), day.skips());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("ROT-2..ROT-9 randomized: nobody serves two visitors, nobody available is skipped without a recorded reason, every round starts in check-in order")
    void randomOperations(long seed) {
        Random random = new Random(seed);
        ReceptionDay day = ReceptionDay.open("dev-1", "office-1", LocalDate.parse("2026-11-23"));
        Instant now = Instant.parse("2026-11-23T01:00:00Z");
        // the test's own model: check-in order (last check-in wins) and who checked out in which round
        Map<String, Integer> checkInOrder = new LinkedHashMap<>();
        int arrivals = 0;
        Map<Queue, Set<String>> leftDuringRound = new EnumMap<>(Queue.class);
        for (Queue queue : Queue.values()) {
            leftDuringRound.put(queue, new HashSet<>());
        }
        int applied = 0;
        Map<String, Integer> refusedByRule = new HashMap<>();
        for (int step = 0; step < STEPS; step++) {
            now = now.plusSeconds(1 + random.nextInt(120));
            String who = POOL.get(random.nextInt(POOL.size()));
            Queue queue = random.nextInt(3) == 0 ? Queue.PHONE : Queue.WALK_IN;
            State before = State.of(day);
            int op = random.nextInt(100);
            String description = "step " + step + " (seed " + seed + "): ";
            try {
                if (op < 12) {
                    description += who + " checks in";
                    day.checkIn(who, random.nextInt(20) != 0, now);
                    checkInOrder.remove(who);
                    checkInOrder.put(who, ++arrivals);
                } else if (op < 16) {
                    description += who + " checks out";
                    day.checkOut(who, who, null, now);
                    for (Queue q : Queue.values()) {
                        leftDuringRound.get(q).add(who);
                    }
                } else if (op < 46) {
                    description += "next " + queue;
                    RotationEvent.Assigned assigned = day.next(queue, null, now);
                    checkAssignment(day, before, assigned.assignment(), description);
                } else if (op < 72) {
                    description += who + " finishes";
                    day.finish(who, "done", now);
                } else if (op < 76) {
                    description += who + " declines " + queue;
                    day.decline(queue, who, "personal", now);
                } else if (op < 80) {
                    description += who + " is unavailable";
                    day.unavailable(who, "appointment", now);
                } else if (op < 88) {
                    description += who + " is back";
                    day.back(who, now);
                } else if (op < 92) {
                    description += who + " is away";
                    day.away(who, now);
                } else if (op < 96) {
                    String owner = POOL.get(random.nextInt(POOL.size()));
                    description += who + " hands over to " + owner;
                    RotationEvent.Assigned handed = day.handToOwner(who, owner, now);
                    assertThat(handed.assignment().rule().id()).as(description).isEqualTo("ROT-7");
                } else {
                    description += who + " covers";
                    day.cover(who, random.nextBoolean() ? CoverKind.NOT_A_BUYER : CoverKind.COLLEAGUES_CUSTOMER, now);
                }
                applied++;
            } catch (RuleRefusedException refused) {
                refusedByRule.merge(refused.rule().id(), 1, Integer::sum);
                assertThat(State.of(day)).as(description + " refused (" + refused.rule() + ") but changed the state")
                        .isEqualTo(before);
            }
            checkNobodyServesTwo(day, description);
            for (Queue q : Queue.values()) {
                if (day.round(q) > before.rounds().get(q) && before.rounds().get(q) > 0) {
                    checkClosedRound(day, q, before.rounds().get(q), leftDuringRound.get(q), description);
                    checkNewRoundInCheckInOrder(day, q, checkInOrder, description);
                    leftDuringRound.get(q).clear();
                }
            }
        }
        // the sequence really exercised the rotation: many receptions, many rounds, refusals of several rules
        assertThat(applied).as("applied operations").isGreaterThan(STEPS / 3);
        assertThat(day.assignments().size()).as("receptions").isGreaterThan(STEPS / 10);
        assertThat(day.round(Queue.WALK_IN)).as("walk-in rounds").isGreaterThan(10);
        assertThat(refusedByRule.keySet()).as("rules that refused something").contains("ROT-1", "ROT-3");
    }

    /** ROT-3: the first available consultant holding a turn received; everyone before them was not available and has a skip. */
    static void checkAssignment(ReceptionDay day, State before, Assignment assignment, String description) {
        List<QueueEntry> snapshot = assignment.snapshot();
        int chosen = snapshot.stream().map(QueueEntry::consultantId).toList().indexOf(assignment.consultantId());
        assertThat(chosen).as(description + ": the receiver is in the snapshot").isNotNegative();
        assertThat(snapshot.get(chosen).status()).as(description).isEqualTo(EntryStatus.AVAILABLE);
        for (QueueEntry earlier : snapshot.subList(0, chosen)) {
            assertThat(earlier.status()).as(description + ": " + earlier.consultantId() + " was passed over")
                    .isIn(EntryStatus.SERVING, EntryStatus.UNAVAILABLE, EntryStatus.AWAY);
            assertThat(day.skips()).as(description + ": the skip of " + earlier.consultantId() + " is recorded")
                    .anyMatch(s -> s.queue() == assignment.queue() && s.round() == assignment.round()
                            && s.consultantId().equals(earlier.consultantId()));
        }
        assertThat(assignment.why()).as(description).isNotBlank();
        assertThat(assignment.rule().id()).isEqualTo("ROT-3");
    }

    static void checkNobodyServesTwo(ReceptionDay day, String description) {
        Map<String, List<String>> serving = day.assignments().stream()
                .filter(a -> a.status() == AssignmentStatus.SERVING)
                .collect(Collectors.groupingBy(Assignment::consultantId,
                        Collectors.mapping(Assignment::id, Collectors.toList())));
        serving.forEach((consultant, ids) -> assertThat(ids).as(description + ": " + consultant + " serves").hasSize(1));
        for (Duty duty : day.duties()) {
            if (duty.serving()) {
                assertThat(duty.onDuty()).as(description).isTrue();
                assertThat(serving.get(duty.consultantId())).as(description).containsExactly(duty.servingAssignmentId());
            } else {
                assertThat(serving).as(description).doesNotContainKey(duty.consultantId());
            }
        }
    }

    /** Every member of the closed round received in it or has a recorded reason, unless they left duty during it. */
    static void checkClosedRound(ReceptionDay day, Queue queue, int round, Set<String> left, String description) {
        RoundLog log = day.roundLogs().stream().filter(r -> r.queue() == queue && r.round() == round).findFirst()
                .orElseThrow();
        Set<String> accounted = new HashSet<>();
        day.assignments().stream().filter(a -> a.queue() == queue && a.round() == round)
                .forEach(a -> accounted.add(a.consultantId()));
        day.skips().stream().filter(s -> s.queue() == queue && s.round() == round)
                .forEach(s -> accounted.add(s.consultantId()));
        List<String> unaccounted = new ArrayList<>(log.members());
        unaccounted.removeAll(accounted);
        unaccounted.removeAll(left);
        assertThat(unaccounted).as(description + ": members of " + queue + " round " + round
                + " who neither received nor have a recorded reason").isEmpty();
    }

    /** ROT-2: the new round's order is today's check-in order of those on duty. */
    static void checkNewRoundInCheckInOrder(ReceptionDay day, Queue queue, Map<String, Integer> checkInOrder,
            String description) {
        RoundLog log = day.roundLogs().stream().filter(r -> r.queue() == queue && r.round() == day.round(queue))
                .findFirst().orElseThrow();
        List<String> expected = checkInOrder.entrySet().stream()
                .filter(e -> day.duty(e.getKey()).map(Duty::onDuty).orElse(false))
                .sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
        assertThat(log.members()).as(description + ": round " + log.round() + " of " + queue).containsExactlyElementsOf(expected);
    }
}
