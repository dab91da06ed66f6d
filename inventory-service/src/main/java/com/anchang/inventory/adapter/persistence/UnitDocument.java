package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.Discount;
import com.anchang.inventory.domain.Hold;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitSpec;
import com.anchang.inventory.domain.UnitStatus;
import com.anchang.inventory.domain.Withholding;
import com.anchang.support.outbox.OutboxEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit as stored: its state, the events it caused that are not yet published (the outbox), and
 * the ids of incoming events already applied to it. The unique {_id, version} index lets the
 * embedded store serve the compare-and-set write by index (it only uses unique indexes whose fields
 * are exactly the query's).
 */
@Document("units")
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record UnitDocument(
        @Id String id,
        String developerId,
        String officeId,
        String projectId,
        String buildingId,
        String code,
        int floor,
        int number,
        String layout,
        BigDecimal grossArea,
        BigDecimal netArea,
        String orientation,
        BigDecimal listPrice,
        UnitStatus status,
        HoldDocument hold,
        String reservedForDeal,
        Withholding withholding,
        String openingId,
        Instant onSaleFrom,
        List<OutboxEntry> outbox,
        List<String> appliedEventIds,
        long version) {

    public record HoldDocument(String dealId, String consultantId, String buyerRef, Instant heldAt, Instant expiresAt,
            String quotaSlot, Discount discount) {

        static HoldDocument of(Hold hold) {
            return hold == null ? null
                    : new HoldDocument(hold.dealId(), hold.consultantId(), hold.buyerRef(), hold.heldAt(), hold.expiresAt(),
                            hold.quotaSlot(), hold.discount());
        }

        Hold toDomain() {
            return new Hold(dealId, consultantId, buyerRef, heldAt, expiresAt, quotaSlot, discount);
        }
    }

    static UnitDocument of(Unit unit) {
        UnitSpec spec = unit.spec();
        return new UnitDocument(unit.id(), unit.developerId(), unit.officeId(), unit.projectId(), unit.buildingId(),
                unit.code(), spec.floor(), spec.number(), spec.layout(), spec.grossArea(), spec.netArea(),
                spec.orientation(), spec.listPrice(), unit.status(), HoldDocument.of(unit.hold()),
                unit.reservedForDeal(), unit.withholding(), unit.openingId(), unit.onSaleFrom(), List.of(), List.of(), 0);
    }

    Unit toDomain() {
        return Unit.restore(id, developerId, officeId, projectId, buildingId, code,
                new UnitSpec(floor, number, layout, grossArea, netArea, orientation, listPrice),
                status, hold == null ? null : hold.toDomain(), reservedForDeal, withholding, openingId, onSaleFrom, version);
    }
}
