package com.anchang.dashboard.adapter.messaging;

import static com.anchang.dashboard.adapter.messaging.Needed.of;

import com.anchang.dashboard.application.RecordingFigures;
import com.anchang.dashboard.application.RecordingFigures.Occurrence;
import com.anchang.dashboard.application.RecordingSellThrough;
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
import java.time.Instant;
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
    EventHandler<UnitReserved> countReserved(RecordingSellThrough recording, RecordingFigures figures) {
        String type = UnitReserved.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitReserved.VERSION, UnitReserved.class, (e, envelope) -> {
            recording.sold(of(e.officeId(), type, "officeId"), of(e.unitId(), type, "unitId"), false);
            byArea(figures, envelope.eventId(), e.developerId(), e.officeId(), e.reservedAt(),
                    UnitArea.of(e.grossArea(), e.listPrice(), e.price()).reserved(1));
        });
    }

    @Bean
    EventHandler<UnitContracted> countContracted(RecordingSellThrough recording, RecordingFigures figures) {
        String type = UnitContracted.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitContracted.VERSION, UnitContracted.class, (e, envelope) -> {
            recording.sold(of(e.officeId(), type, "officeId"), of(e.unitId(), type, "unitId"), true);
            byArea(figures, envelope.eventId(), e.developerId(), e.officeId(), e.contractedAt(),
                    UnitArea.of(e.grossArea(), e.listPrice(), e.price()).contracted(1));
        });
    }

    /** A unit back on sale: off sell-through, and a reserved (or contracted) unit's area off the area sold. */
    @Bean
    EventHandler<UnitReleased> countReleased(RecordingSellThrough recording, RecordingFigures figures) {
        String type = UnitReleased.TYPE;
        return EventHandler.of(Topics.INVENTORY, type, UnitReleased.VERSION, UnitReleased.class, (e, envelope) -> {
            recording.released(of(e.officeId(), type, "officeId"), of(e.unitId(), type, "unitId"), e.buildingId());
            UnitArea area = UnitArea.of(e.grossArea(), e.listPrice(), e.price());
            Figures off = switch (e.fromStatus() == null ? "" : e.fromStatus()) {
                case "RESERVED" -> area.reserved(-1);
                case "CONTRACTED" -> area.reserved(-1).plus(area.contracted(-1));
                default -> Figures.ZERO;
            };
            byArea(figures, envelope.eventId(), e.developerId(), e.officeId(), e.releasedAt(), off);
        });
    }

    private static void byArea(RecordingFigures figures, String eventId, String developerId, String officeId,
            Instant at, Figures area) {
        if (!area.isZero() && developerId != null && officeId != null && at != null) {
            figures.record(new Occurrence(eventId, developerId, officeId, at, null, area));
        }
    }

    /** What a unit event states of the unit's floor area and prices (nothing from a producer before they were added). */
    private record UnitArea(BigDecimal area, BigDecimal listPrice, BigDecimal price) {

        static UnitArea of(BigDecimal area, BigDecimal listPrice, BigDecimal price) {
            return new UnitArea(area == null ? null : area.setScale(2, RoundingMode.HALF_UP), listPrice, price);
        }

        Figures reserved(int sign) {
            return figures(sign, Amount.AREA_RESERVED, Amount.LIST_RESERVED, Amount.PRICE_RESERVED);
        }

        Figures contracted(int sign) {
            return figures(sign, Amount.AREA_CONTRACTED, Amount.LIST_CONTRACTED, Amount.PRICE_CONTRACTED);
        }

        private Figures figures(int sign, Amount areaOf, Amount listOf, Amount priceOf) {
            if (area == null || listPrice == null || price == null) {
                return Figures.ZERO;
            }
            BigDecimal s = BigDecimal.valueOf(sign);
            return Figures.ZERO.plus(areaOf, area.multiply(s)).plus(listOf, listPrice.multiply(s))
                    .plus(priceOf, price.multiply(s));
        }
    }
}
