package com.anchang.transaction.adapter.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The fields of inventory-service's unit view that matter here; the rest is ignored, so inventory
 * may add fields without breaking this reader.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record InventoryUnit(String unitId, String officeId, String code, String status) {
}
