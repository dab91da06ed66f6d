package com.anchang.transaction.adapter.http;

import com.anchang.support.problem.UnavailableException;
import com.anchang.transaction.application.SalesControl;
import com.anchang.transaction.domain.UnitAvailability;
import feign.FeignException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreaker;

/**
 * Sales control as inventory-service answers it over HTTP, through one circuit breaker with a time
 * limiter for that downstream. "No such unit" (404) is an answer, not a failure; anything else that
 * is not an answer in time (an error, a timeout, an open circuit) becomes "availability unknown, try
 * again" — never a guessed availability. The caller's token is passed down as an argument into the
 * call (which runs on the time limiter's thread), so inventory-service scopes its answer to what the
 * caller may see: an invisible unit is a 404 like an unknown one.
 */
public class InventorySalesControl implements SalesControl {

    /** The circuit breaker (and time limiter) of the inventory-service downstream. */
    public static final String BREAKER = "inventory-service";

    private static final Logger log = LoggerFactory.getLogger(InventorySalesControl.class);

    private final InventoryClient client;
    private final CircuitBreaker breaker;

    public InventorySalesControl(InventoryClient client, CircuitBreaker breaker) {
        this.client = client;
        this.breaker = breaker;
    }

    @Override
    public Optional<UnitAvailability> availability(String unitId, String accessToken) {
        String authorization = "Bearer " + accessToken;
        return breaker.run(() -> ask(unitId, authorization), failure -> {
            log.warn("sales control did not answer for unit {}: {}", unitId, String.valueOf(failure));
            throw new UnavailableException("availability of unit " + unitId + " unknown, try again", failure);
        });
    }

    private Optional<UnitAvailability> ask(String unitId, String authorization) {
        try {
            InventoryUnit unit = client.unit(unitId, authorization);
            if (unit == null || unit.status() == null) {
                throw new IllegalStateException("inventory-service answered without a status for unit " + unitId);
            }
            return Optional.of(new UnitAvailability(unit.unitId() == null ? unitId : unit.unitId(), unit.code(),
                    unit.officeId(), unit.status(), unit.listPrice()));
        } catch (FeignException.NotFound notFound) {
            return Optional.empty();
        }
    }
}
