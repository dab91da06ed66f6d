package com.anchang.transaction.application;

import com.anchang.transaction.domain.UnitAvailability;
import java.util.Optional;

/**
 * Outbound port: asks sales control (inventory-service) about a unit, synchronously, while the
 * consultant waits (UNIT-2). Asked on the caller's behalf: sales control answers with what this
 * caller may see, so a unit of an office the caller has no role in is as unknown as no unit at all.
 */
public interface SalesControl {

    /**
     * @param accessToken the caller's verified access token, passed on as it is (explicitly, not from
     *     a thread-bound request: the call may run on another thread under the time limiter)
     * @return the unit's availability as sales control knows it now, empty when sales control knows
     *     no such unit or the caller may not see it
     * @throws com.anchang.support.problem.UnavailableException when sales control did not answer in
     *     time (down, slow, or the circuit is open): availability is unknown, never assumed
     */
    Optional<UnitAvailability> availability(String unitId, String accessToken);
}
