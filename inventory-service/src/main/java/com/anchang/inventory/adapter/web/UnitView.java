package com.anchang.inventory.adapter.web;

import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** A unit as sales control sees it. */
public record UnitView(String unitId, String officeId, String buildingId, String code, int floor, int number,
        String layout, BigDecimal grossArea, BigDecimal netArea, String orientation, BigDecimal listPrice,
        BigDecimal pricePerSquareMetre, UnitStatus status, String heldForDeal, Instant heldAt, Instant holdExpiresAt,
        String reservedForDeal) {

    static UnitView of(Unit unit) {
        var spec = unit.spec();
        var hold = unit.hold();
        return new UnitView(unit.id(), unit.officeId(), unit.buildingId(), unit.code(), spec.floor(), spec.number(),
                spec.layout(), spec.grossArea(), spec.netArea(), spec.orientation(), spec.listPrice(),
                spec.pricePerSquareMetre(), unit.status(), hold == null ? null : hold.dealId(),
                hold == null ? null : hold.heldAt(), hold == null ? null : hold.expiresAt(), unit.reservedForDeal());
    }
}
