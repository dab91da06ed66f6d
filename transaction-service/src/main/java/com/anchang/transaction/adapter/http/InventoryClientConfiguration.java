package com.anchang.transaction.adapter.http;

import feign.Request;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/**
 * Feign settings of the inventory client only (deliberately not a {@code @Configuration}, so that it
 * stays in the client's own context). The read timeout equals the time limiter's
 * ({@code resilience4j.timelimiter.instances.inventory-service.timeout-duration}), so a hung call does
 * not keep a thread long after the caller has been answered.
 */
public class InventoryClientConfiguration {

    @Bean
    Request.Options inventoryRequestOptions(InventoryProperties inventory, TimeLimiterRegistry timeLimiters) {
        long timeout = timeLimiters.timeLimiter(InventorySalesControl.BREAKER).getTimeLimiterConfig()
                .getTimeoutDuration().toMillis();
        return new Request.Options(inventory.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                timeout, TimeUnit.MILLISECONDS, false);
    }
}
