package com.anchang.inventory.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.inventory.DiscountApproved;
import com.anchang.events.inventory.DiscountRejected;
import com.anchang.events.inventory.HoldExpired;
import com.anchang.events.inventory.UnitContracted;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.inventory.UnitReleased;
import com.anchang.events.inventory.UnitReserved;
import com.anchang.events.inventory.UnitSwapRefused;
import com.anchang.events.inventory.UnitWithheld;
import com.anchang.events.inventory.UnitsImported;
import com.anchang.events.inventory.UnitsRepriced;
import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.PriceListVersion;
import com.anchang.inventory.domain.Discount;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxEntry;

/** Turns the domain's unit events into versioned contract events on the inventory topic, keyed by unit id. */
public class InventoryEvents {

    private final Outbox outbox;

    public InventoryEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public OutboxEntry toOutbox(UnitEvent event) {
        Unit unit = event.unit();
        return outbox.entry(Topics.INVENTORY, unit.id(), unit.officeId(), toContract(event));
    }

    /** A contract record (TYPE, VERSION) on the inventory topic, keyed by {@code key}. */
    public OutboxEntry toOutbox(String key, String officeId, Record contract) {
        return outbox.entry(Topics.INVENTORY, key, officeId, contract);
    }

    public static Record toContract(UnitEvent event) {
        Unit unit = event.unit();
        return switch (event) {
            case UnitEvent.Held held -> new UnitHeld(unit.id(), unit.developerId(), unit.officeId(), unit.buildingId(),
                    unit.code(), held.hold().dealId(), held.hold().consultantId(), held.hold().buyerRef(),
                    unit.spec().listPrice(), held.hold().heldAt(), held.hold().expiresAt());
            case UnitEvent.Reserved reserved -> new UnitReserved(unit.id(), unit.developerId(), unit.officeId(),
                    unit.code(), reserved.dealId(), reserved.reservedAt(), unit.spec().grossArea(),
                    unit.spec().listPrice(), unit.dealPrice());
            case UnitEvent.Contracted contracted -> new UnitContracted(unit.id(), unit.developerId(), unit.officeId(),
                    unit.code(), contracted.dealId(), contracted.contractedAt(), unit.spec().grossArea(),
                    unit.spec().listPrice(), unit.dealPrice());
            case UnitEvent.Withheld withheld -> new UnitWithheld(unit.id(), unit.developerId(), unit.officeId(),
                    unit.buildingId(), unit.code(), withheld.withholding().reason(), withheld.withholding().withheldBy(),
                    withheld.withholding().withheldAt());
            case UnitEvent.Released released -> new UnitReleased(unit.id(), unit.developerId(), unit.officeId(),
                    unit.buildingId(), unit.code(), released.fromStatus().name(), released.dealId(), released.reason(),
                    released.releasedBy(), released.releasedAt(), unit.spec().grossArea(), unit.spec().listPrice(),
                    released.price());
            case UnitEvent.HoldExpired expired -> new HoldExpired(unit.id(), unit.developerId(), unit.officeId(),
                    unit.buildingId(), unit.code(), expired.hold().dealId(), expired.hold().consultantId(),
                    expired.hold().heldAt(), expired.hold().expiresAt(), expired.releasedAt());
            case UnitEvent.DiscountApproved approved -> {
                Discount d = approved.discount();
                yield new DiscountApproved(unit.id(), unit.developerId(), unit.officeId(), unit.code(), approved.dealId(),
                        unit.spec().listPrice(), d.amount(), unit.spec().listPrice().subtract(d.amount()), d.requestedBy(),
                        d.requestedAt(), d.requestReason(), d.decidedBy(), d.decidedAt(), d.decisionReason());
            }
            case UnitEvent.SwapRefused refused -> new UnitSwapRefused(unit.id(), unit.developerId(), unit.officeId(),
                    unit.code(), refused.dealId(), refused.refusedUnitId(), refused.changeOrderId(), refused.rule(),
                    refused.reason(), refused.refusedAt());
            case UnitEvent.DiscountRejected rejected -> {
                Discount d = rejected.discount();
                yield new DiscountRejected(unit.id(), unit.developerId(), unit.officeId(), unit.code(), rejected.dealId(),
                        d.amount(), d.requestedBy(), d.decidedBy(), d.decidedAt(), d.decisionReason());
            }
        };
    }

    /** inventory.units-imported: a building catalogued with the units of its first price list. */
    public static UnitsImported toContract(com.anchang.inventory.domain.UnitsImported imported) {
        Building b = imported.building();
        return new UnitsImported(b.id(), b.developerId(), b.officeId(), b.projectId(), b.name(), imported.units(),
                imported.importedBy(), imported.importedAt());
    }

    /** inventory.units-repriced: an applied price-list version with the changes it made. */
    public static UnitsRepriced toContract(PriceListVersion v) {
        return new UnitsRepriced(v.buildingId(), v.developerId(), v.officeId(), v.buildingName(), v.number(),
                v.appliedBy(), v.appliedAt(), v.changes().stream()
                        .map(c -> new UnitsRepriced.Change(c.unitId(), c.unitCode(), c.oldPrice(), c.newPrice(),
                                c.oldPricePerSquareMetre(), c.newPricePerSquareMetre()))
                        .toList());
    }
}
