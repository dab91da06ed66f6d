package com.anchang.inventory.domain;

import java.util.Optional;

/**
 * Port: OPEN-2, the holds a buyer has in an opening. Taking a slot is one atomic step of the store
 * (never a count read and then written), so a buyer firing many holds at once gets at most quota
 * of them; a slot whose hold then loses its unit, lapses or is cancelled is freed.
 */
public interface BuyerQuotas {

    /** A free slot of the buyer in the opening, now taken; empty when all {@code quota} are taken. */
    Optional<String> take(String openingId, String buyerRef, int quota);

    void free(String slot);
}
