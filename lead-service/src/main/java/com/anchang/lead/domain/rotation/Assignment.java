package com.anchang.lead.domain.rotation;

import com.anchang.lead.domain.LeadRule;
import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.util.List;

/**
 * One visitor or call given to a consultant, with WHY: the rule that decided it and the queue as it
 * stood at that moment. It is also the day's visit or call log line (ROT-11): time, consultant,
 * source/media, outcome.
 *
 * @param id {@code <business day>-r<n>}, unique in the office
 * @param round the round of the queue it was taken from
 * @param rule ROT-3 (head of the queue), ROT-7 (handed to the owner), ROT-10 (call open to anyone)
 * @param why the decision in words: who was passed over and for what
 * @param snapshot the round's order at the moment of the decision
 * @param turn how the reception counts for the rotation: ROT-9 (uses the turn), ROT-7 or ROT-8 (turn
 *     kept), null for a visitor handed over to their owner (not taken from the queue)
 * @param handedTo ROT-7: the owner the visitor was handed to
 * @param cover ROT-8: why the turn was kept
 * @param source the source or media the visitor or caller came through (ROT-11), if known
 * @param outcome what came of it, told when finishing (ROT-11)
 */
public record Assignment(
        String id,
        Queue queue,
        String consultantId,
        int round,
        LeadRule rule,
        String why,
        Instant assignedAt,
        List<QueueEntry> snapshot,
        AssignmentStatus status,
        LeadRule turn,
        String handedTo,
        CoverKind cover,
        String source,
        String outcome,
        Instant endedAt) {

    public Assignment {
        snapshot = List.copyOf(snapshot);
    }

    /** Whether the reception used the consultant's turn (ROT-9). */
    public boolean usedTurn() {
        return turn == LeadRule.ROT_9;
    }

    /**
     * LEAD-2 (首接制, no log, no claim): a customer is registered from this reception only by the consultant
     * it was logged for, and only if they kept the visitor: not one handed to the owner they already had
     * (ROT-7), nor a colleague's customer covered for (ROT-8).
     *
     * @throws RuleRefusedException naming LEAD-2 otherwise
     */
    public void claimedBy(String consultant) {
        if (!consultantId.equals(consultant)) {
            throw new RuleRefusedException(LeadRule.LEAD_2, "reception " + id + " was logged for another consultant: "
                    + "no log, no claim");
        }
        if (status == AssignmentStatus.HANDED_OVER) {
            throw new RuleRefusedException(LeadRule.LEAD_2, "the visitor of reception " + id + " was handed to the "
                    + "consultant who owns them (ROT-7): theirs to register");
        }
        if (cover == CoverKind.COLLEAGUES_CUSTOMER) {
            throw new RuleRefusedException(LeadRule.LEAD_2, "reception " + id + " covered for a colleague's customer "
                    + "(ROT-8): the colleague's to register");
        }
    }

    Assignment finished(String outcome, Instant at) {
        return new Assignment(id, queue, consultantId, round, rule, why, assignedAt, snapshot, AssignmentStatus.FINISHED,
                turn, handedTo, cover, source, outcome, at);
    }

    Assignment handedOver(String owner, Instant at) {
        return new Assignment(id, queue, consultantId, round, rule, why, assignedAt, snapshot,
                AssignmentStatus.HANDED_OVER, LeadRule.ROT_7, owner, cover, source, "handed to owner " + owner,
                at);
    }

    Assignment covered(CoverKind kind) {
        return new Assignment(id, queue, consultantId, round, rule, why, assignedAt, snapshot, status, LeadRule.ROT_8,
                handedTo, kind, source, outcome, endedAt);
    }
}
