package com.anchang.inventory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: OPEN-2, the holds a buyer has in an opening. Taking a slot is one atomic step of the store
 * (never a count read and then written), so a buyer firing many holds at once gets at most quota
 * of them; a slot whose hold then loses its unit, lapses or is cancelled is freed.
 */
public interface BuyerQuotas {

    /** A taken slot: for which unit's hold, since when. */
    record Slot(String id, String unitId, Instant takenAt) {
    }

    /** A free slot of the buyer in the opening, now taken for the unit; empty when all {@code quota} are taken. */
    Optional<String> take(String openingId, String buyerRef, int quota, String unitId);

    /** The buyer's taken slots in the opening. */
    List<Slot> taken(String openingId, String buyerRef, int quota);

    void free(String slot);

    /** Frees the slot only if it is still the one described (not freed and taken again since); true if it did. */
    boolean freeIfStill(Slot slot);
}
