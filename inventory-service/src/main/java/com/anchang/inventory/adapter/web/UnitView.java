package com.anchang.inventory.adapter.web;

import com.anchang.inventory.domain.Discount;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitStatus;
import java.math.BigDecimal;
import java.time.Instant;

/** A unit as sales control sees it. */
public record UnitView(String unitId, String officeId, String buildingId, String code, int floor, int number,
        String layout, BigDecimal grossArea, BigDecimal netArea, String orientation, BigDecimal listPrice,
        BigDecimal pricePerSquareMetre, UnitStatus status, String heldForDeal, String heldBy, Instant heldAt,
        Instant holdExpiresAt, String reservedForDeal, String withheldReason, String withheldBy, String openingId,
        Instant onSaleFrom, DiscountView discount, BigDecimal dealPrice) {

    /** UNIT-4: the discount requested on the hold and its decision (who, when, why). */
    public record DiscountView(BigDecimal amount, String requestReason, String requestedBy, Instant requestedAt,
            Discount.Decision decision, String decidedBy, Instant decidedAt, String decisionReason) {

        static DiscountView of(Discount d) {
            return d == null ? null : new DiscountView(d.amount(), d.requestReason(), d.requestedBy(), d.requestedAt(),
                    d.decision(), d.decidedBy(), d.decidedAt(), d.decisionReason());
        }
    }

    static UnitView of(Unit unit) {
        var spec = unit.spec();
        var hold = unit.hold();
        var withholding = unit.withholding();
        return new UnitView(unit.id(), unit.officeId(), unit.buildingId(), unit.code(), spec.floor(), spec.number(),
                spec.layout(), spec.grossArea(), spec.netArea(), spec.orientation(), spec.listPrice(),
                spec.pricePerSquareMetre(), unit.status(), hold == null ? null : hold.dealId(),
                hold == null ? null : hold.consultantId(), hold == null ? null : hold.heldAt(),
                hold == null ? null : hold.expiresAt(), unit.reservedForDeal(),
                withholding == null ? null : withholding.reason(), withholding == null ? null : withholding.withheldBy(),
                unit.openingId(), unit.onSaleFrom(), hold == null ? null : DiscountView.of(hold.discount()),
                unit.dealPrice());
    }
}
