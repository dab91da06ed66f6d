package com.anchang.transaction.adapter.http;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * inventory-service's HTTP API, the part transaction-service reads, always on behalf of the user whose
 * request is being served: their bearer token goes along as an explicit argument (no thread-bound
 * request context, which the time limiter's thread would not have).
 */
@FeignClient(name = "inventory-service", url = "${transaction.inventory.url}",
        configuration = InventoryClientConfiguration.class)
public interface InventoryClient {

    @GetMapping("/api/inventory/units/{unitId}")
    InventoryUnit unit(@PathVariable("unitId") String unitId,
            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization);
}
