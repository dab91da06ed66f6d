package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change order of a deal (issue 11, "change orders"; DEAL-9): requested by the deal's consultant or the
 * PM with a reason, approved or rejected by the PM with a note, applied on approval in the same write, and
 * undone by the PM while the deal has not moved on. What it asks depends on its kind; what it replaced is
 * kept ({@code previous*}), so an undo restores it exactly.
 *
 * <p>"Undoable", per kind: a unit swap, a buyer change and a price change are undone by the PM as long as
 * the deal is still at the step it was at when the change was applied, no money was received since, and no
 * later change was applied on top of it (undo the later one first); a unit swap is undone only while sales
 * control still has the previous unit available (UNIT-2). A forfeit is never undone: the deal ended, its
 * unit went back on sale and its commission was reversed.
 *
 * @param newUnitId UNIT_SWAP: the unit the buyer moves to
 * @param newPrice UNIT_SWAP: the new unit's price after the discount the PM approves with it (null: its
 *     list price); PRICE_CHANGE: the price after the PM's approval (UNIT-4)
 * @param coBuyerAdded BUYER_CHANGE: the co-buyer added to the deal, or null
 * @param coBuyerRemoved BUYER_CHANGE: the co-buyer removed from the deal, or null
 * @param claimCheck BUYER_CHANGE: what LEAD-9's renaming-to-dodge-a-claim check looked at, for the PM
 * @param claimCheckNote BUYER_CHANGE: the PM's finding on that check, given with the approval
 * @param appliedAtStatus the deal's status when the change was applied (undo only while it still is)
 * @param appliedAtReceipts how many receipts the deal had then (undo only while no money came since)
 */
public record ChangeOrder(String id, Kind kind, Status status, String reason, String requestedBy, Instant requestedAt,
        String newUnitId, String newUnitCode, BigDecimal newListPrice, BigDecimal newPrice, String coBuyerAdded,
        String coBuyerRemoved, String claimCheck, String claimCheckNote, String previousUnitId,
        String previousUnitCode, BigDecimal previousListPrice, BigDecimal previousPrice, List<String> previousCoBuyers,
        DealStatus appliedAtStatus, int appliedAtReceipts, String decidedBy, Instant decidedAt, String decisionNote,
        String undoneBy, Instant undoneAt, String undoNote) {

    public enum Kind {
        /** 换房: the old unit released, the new one held, the money carried over. */
        UNIT_SWAP,
        /** 更名: a co-buyer added or removed, LEAD-9's check recorded for the PM. */
        BUYER_CHANGE,
        /** A price changed after the subscription fixed it: an approved discount (UNIT-4). */
        PRICE_CHANGE,
        /** 挞定: the buyer walks away; the deposits are kept (定金罚则), the unit released. */
        FORFEIT
    }

    public enum Status {
        REQUESTED,
        /** Approved by the PM and applied to the deal. */
        APPROVED,
        REJECTED,
        /** Approved, then undone by the PM: the deal is as it was before. */
        UNDONE
    }

    public ChangeOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        previousCoBuyers = previousCoBuyers == null ? List.of() : List.copyOf(previousCoBuyers);
    }

    static ChangeOrder requested(String id, Kind kind, String reason, String by, Instant at, String newUnitId,
            String newUnitCode, BigDecimal newListPrice, BigDecimal newPrice, String coBuyerAdded,
            String coBuyerRemoved, String claimCheck) {
        return new ChangeOrder(id, kind, Status.REQUESTED, reason, by, at, newUnitId, newUnitCode, newListPrice,
                newPrice, coBuyerAdded, coBuyerRemoved, claimCheck, null, null, null, null, null, List.of(), null, 0,
                null, null, null, null, null, null);
    }

    ChangeOrder approved(String by, Instant at, String note, String checkNote, String prevUnitId, String prevUnitCode,
            BigDecimal prevListPrice, BigDecimal prevPrice, List<String> prevCoBuyers, DealStatus atStatus,
            int receipts) {
        return new ChangeOrder(id, kind, Status.APPROVED, reason, requestedBy, requestedAt, newUnitId, newUnitCode,
                newListPrice, newPrice, coBuyerAdded, coBuyerRemoved, claimCheck, checkNote, prevUnitId, prevUnitCode,
                prevListPrice, prevPrice, prevCoBuyers, atStatus, receipts, by, at, note, null, null, null);
    }

    ChangeOrder rejected(String by, Instant at, String note) {
        return new ChangeOrder(id, kind, Status.REJECTED, reason, requestedBy, requestedAt, newUnitId, newUnitCode,
                newListPrice, newPrice, coBuyerAdded, coBuyerRemoved, claimCheck, null, null, null, null, null,
                List.of(), null, 0, by, at, note, null, null, null);
    }

    ChangeOrder undone(String by, Instant at, String note) {
        return new ChangeOrder(id, kind, Status.UNDONE, reason, requestedBy, requestedAt, newUnitId, newUnitCode,
                newListPrice, newPrice, coBuyerAdded, coBuyerRemoved, claimCheck, claimCheckNote, previousUnitId,
                previousUnitCode, previousListPrice, previousPrice, previousCoBuyers, appliedAtStatus,
                appliedAtReceipts, decidedBy, decidedAt, decisionNote, by, at, note);
    }

    public boolean waiting() {
        return status == Status.REQUESTED;
    }

    public boolean applied() {
        return status == Status.APPROVED;
    }

    /** The change in words, for the timeline. */
    public String described() {
        return switch (kind) {
            case UNIT_SWAP -> "unit swap to " + newUnitCode + (newPrice == null ? "" : " at " + newPrice.toPlainString());
            case BUYER_CHANGE -> "buyer change: " + (coBuyerAdded == null ? "" : "co-buyer " + coBuyerAdded + " added")
                    + (coBuyerAdded != null && coBuyerRemoved != null ? ", " : "")
                    + (coBuyerRemoved == null ? "" : "co-buyer " + coBuyerRemoved + " removed");
            case PRICE_CHANGE -> "price change to " + newPrice.toPlainString();
            case FORFEIT -> "forfeit (挞定): the deposits kept";
        };
    }
}
