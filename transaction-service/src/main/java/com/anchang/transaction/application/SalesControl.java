package com.anchang.transaction.application;

import com.anchang.transaction.domain.UnitAvailability;
import java.util.Optional;

/**
 * Outbound port: asks sales control (inventory-service) about a unit, synchronously, while the
 * consultant waits (UNIT-2).
 */
public interface SalesControl {

    /**
     * @return the unit's availability as sales control knows it now, empty when sales control knows
     *     no such unit
     * @throws com.anchang.support.problem.UnavailableException when sales control did not answer in
     *     time (down, slow, or the circuit is open): availability is unknown, never assumed
     */
    Optional<UnitAvailability> availability(String unitId);
}
