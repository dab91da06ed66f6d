package com.anchang.transaction.adapter.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * The fields of inventory-service's unit view that matter here; the rest is ignored, so inventory
 * may add fields without breaking this reader. {@code dealPrice} is the list price less an approved
 * discount on the unit's hold (UNIT-4), when there is one.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryUnit(String unitId, String officeId, String code, String status, BigDecimal listPrice,
        BigDecimal dealPrice) {
}
