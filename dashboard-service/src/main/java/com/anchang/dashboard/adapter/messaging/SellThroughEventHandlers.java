package com.anchang.dashboard.adapter.messaging;

import static com.anchang.dashboard.adapter.messaging.Needed.of;

import com.anchang.dashboard.application.RecordingSellThrough;
import com.anchang.events.Topics;
import com.anchang.events.inventory.HoldExpired;
import com.anchang.events.inventory.UnitContracted;
import com.anchang.events.inventory.UnitReleased;
import com.anchang.events.inventory.UnitReserved;
import com.anchang.events.inventory.UnitWithheld;
import com.anchang.events.inventory.UnitsImported;
import com.anchang.support.messaging.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * inventory-service's events about buildings and their units' sale, for sell-through (去化率): a price list
 * imported, a unit withheld, reserved, contracted, released; the building of a unit as its events name it
 * (a hold — see {@link FigureEventHandlers} — or a hold expired).
 */
@Configuration(proxyBeanMethods = false)
public class SellThroughEventHandlers {

    @Bean
    EventHandler<UnitsImported> catalogueBuilding(RecordingSellThrough recording) {
        String type = UnitsImported.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitsImported.VERSION, UnitsImported.class,
                (e, envelope) -> recording.catalogued(of(e.developerId(), type, "developerId"),
                        of(e.officeId(), type, "officeId"), e.projectId(), of(e.buildingId(), type, "buildingId"),
                        e.buildingName(), e.units()));
    }

    @Bean
    EventHandler<HoldExpired> placeExpiredHold(RecordingSellThrough recording) {
        String type = HoldExpired.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, HoldExpired.VERSION, HoldExpired.class,
                (e, envelope) -> recording.unitIn(of(e.unitId(), type, "unitId"), of(e.buildingId(), type, "buildingId")));
    }

    @Bean
    EventHandler<UnitWithheld> countWithheld(RecordingSellThrough recording) {
        String type = UnitWithheld.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitWithheld.VERSION, UnitWithheld.class,
                (e, envelope) -> recording.withheld(of(e.officeId(), type, "officeId"), of(e.unitId(), type, "unitId"),
                        of(e.buildingId(), type, "buildingId")));
    }

    @Bean
    EventHandler<UnitReserved> countReserved(RecordingSellThrough recording) {
        String type = UnitReserved.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitReserved.VERSION, UnitReserved.class,
                (e, envelope) -> recording.sold(of(e.officeId(), type, "officeId"), of(e.unitId(), type, "unitId"), false));
    }

    @Bean
    EventHandler<UnitContracted> countContracted(RecordingSellThrough recording) {
        String type = UnitContracted.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitContracted.VERSION, UnitContracted.class,
                (e, envelope) -> recording.sold(of(e.officeId(), type, "officeId"), of(e.unitId(), type, "unitId"), true));
    }

    @Bean
    EventHandler<UnitReleased> countReleased(RecordingSellThrough recording) {
        String type = UnitReleased.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitReleased.VERSION, UnitReleased.class,
                (e, envelope) -> recording.released(of(e.officeId(), type, "officeId"), of(e.unitId(), type, "unitId"),
                        e.buildingId()));
    }
}
