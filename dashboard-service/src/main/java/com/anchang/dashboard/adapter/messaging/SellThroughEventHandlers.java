package com.anchang.dashboard.adapter.messaging;

import static com.anchang.dashboard.adapter.messaging.Needed.of;

import com.anchang.dashboard.application.RecordingSellThrough;
import com.anchang.dashboard.application.RecordingUnitArea;
import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Figures;
import com.anchang.events.Topics;
import com.anchang.events.inventory.HoldExpired;
import com.anchang.events.inventory.UnitContracted;
import com.anchang.events.inventory.UnitReleased;
import com.anchang.events.inventory.UnitReserved;
import com.anchang.events.inventory.UnitWithheld;
import com.anchang.events.inventory.UnitsImported;
import com.anchang.support.messaging.EventHandler;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * inventory-service's events about buildings and their units' sale, for sell-through (去化率): a price list
 * imported, a unit withheld, reserved, contracted, released; the building of a unit as its events name it
 * (a hold — see {@link FigureEventHandlers} — or a hold expired); and the floor area sold with its prices, from
 * the units reserved, contracted and released.
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
    EventHandler<UnitReserved> countReserved(RecordingSellThrough recording, RecordingUnitArea area) {
        String type = UnitReserved.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitReserved.VERSION, UnitReserved.class, (e, envelope) -> {
            recording.sold(of(e.officeId(), type, "officeId"), of(e.unitId(), type, "unitId"), false);
            area.reserved(e.unitId(), envelope.eventId(), e.developerId(), e.officeId(), e.reservedAt(),
                    UnitArea.of(e.grossArea(), e.listPrice(), e.price()).reserved());
        });
    }

    @Bean
    EventHandler<UnitContracted> countContracted(RecordingSellThrough recording, RecordingUnitArea area) {
        String type = UnitContracted.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitContracted.VERSION, UnitContracted.class, (e, envelope) -> {
            recording.sold(of(e.officeId(), type, "officeId"), of(e.unitId(), type, "unitId"), true);
            area.contracted(e.unitId(), envelope.eventId(), e.developerId(), e.officeId(), e.contractedAt(),
                    UnitArea.of(e.grossArea(), e.listPrice(), e.price()).contracted());
        });
    }

    /**
     * A unit back on sale: off sell-through, and what its reservation (or contract) added to the area sold taken off
     * again — not what the release states, which a unit reserved before its area was published never added.
     */
    @Bean
    EventHandler<UnitReleased> countReleased(RecordingSellThrough recording, RecordingUnitArea area) {
        String type = UnitReleased.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitReleased.VERSION, UnitReleased.class, (e, envelope) -> {
            String unitId = of(e.unitId(), type, "unitId");
            recording.released(of(e.officeId(), type, "officeId"), unitId, e.buildingId());
            area.released(unitId, envelope.eventId(), e.releasedAt());
        });
    }

    /** What a unit event states of the unit's floor area and prices (nothing from a producer before they were added). */
    private record UnitArea(BigDecimal area, BigDecimal listPrice, BigDecimal price) {

        static UnitArea of(BigDecimal area, BigDecimal listPrice, BigDecimal price) {
            return new UnitArea(area == null ? null : area.setScale(2, RoundingMode.HALF_UP), listPrice, price);
        }

        Figures reserved() {
            return figures(Amount.AREA_RESERVED, Amount.LIST_RESERVED, Amount.PRICE_RESERVED);
        }

        Figures contracted() {
            return figures(Amount.AREA_CONTRACTED, Amount.LIST_CONTRACTED, Amount.PRICE_CONTRACTED);
        }

        private Figures figures(Amount areaOf, Amount listOf, Amount priceOf) {
            if (area == null || listPrice == null || price == null) {
                return Figures.ZERO;
            }
            return Figures.ZERO.plus(areaOf, area).plus(listOf, listPrice).plus(priceOf, price);
        }
    }
}
