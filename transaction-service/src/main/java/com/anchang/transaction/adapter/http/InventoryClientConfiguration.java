package com.anchang.transaction.adapter.http;

import feign.Request;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/**
 * Feign settings of the inventory client only (deliberately not a {@code @Configuration}, so that it
 * stays in the client's own context). The read timeout equals the time limiter's, so a hung call
 * does not keep a thread long after the caller has been answered.
 */
public class InventoryClientConfiguration {

    @Bean
    Request.Options inventoryRequestOptions(InventoryProperties inventory) {
        return new Request.Options(inventory.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                inventory.timeout().toMillis(), TimeUnit.MILLISECONDS, false);
    }
}
