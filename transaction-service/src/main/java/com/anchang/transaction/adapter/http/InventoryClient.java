package com.anchang.transaction.adapter.http;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** inventory-service's HTTP API, the part transaction-service reads. */
@FeignClient(name = "inventory-service", url = "${transaction.inventory.url}",
        configuration = InventoryClientConfiguration.class)
public interface InventoryClient {

    @GetMapping("/api/inventory/units/{unitId}")
    InventoryUnit unit(@PathVariable("unitId") String unitId);
}
