package com.anchang.inventory.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.inventory.UnitReserved;
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

    public static Record toContract(UnitEvent event) {
        Unit unit = event.unit();
        return switch (event) {
            case UnitEvent.Held held -> new UnitHeld(unit.id(), unit.developerId(), unit.officeId(), unit.buildingId(),
                    unit.code(), held.hold().dealId(), held.hold().consultantId(), held.hold().buyerRef(),
                    unit.spec().listPrice(), held.hold().heldAt(), held.hold().expiresAt());
            case UnitEvent.Reserved reserved -> new UnitReserved(unit.id(), unit.developerId(), unit.officeId(),
                    unit.code(), reserved.dealId(), reserved.reservedAt());
        };
    }
}
