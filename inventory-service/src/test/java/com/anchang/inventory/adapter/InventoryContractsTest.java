package com.anchang.inventory.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.inventory.DiscountApproved;
import com.anchang.events.inventory.DiscountRejected;
import com.anchang.events.inventory.HoldExpired;
import com.anchang.events.inventory.UnitContracted;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.inventory.UnitReleased;
import com.anchang.events.inventory.UnitWithheld;
import com.anchang.events.inventory.UnitReserved;
import com.anchang.events.inventory.UnitSwapRefused;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.inventory.UnitsImported;
import com.anchang.events.inventory.UnitsRepriced;
import com.anchang.inventory.domain.Building;
import com.anchang.inventory.domain.PriceListVersion;
import com.anchang.inventory.domain.Repricing;
import java.util.List;
import com.anchang.inventory.adapter.messaging.InventoryEvents;
import com.anchang.inventory.domain.SalesControlPolicy;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitSpec;
import com.anchang.support.messaging.EventJson;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The golden samples: what inventory-service produces serialises to them, what it consumes parses from them. */
class InventoryContractsTest {

    static final JsonMapper JSON = new JsonMapper();

    static Unit unit() {
        return Unit.restore("unit-3-1802", "dev-huaxin", "office-binjiang", "proj-1", "bldg-3", "3-1802",
                new UnitSpec(18, 2, "3室2厅2卫", new BigDecimal("118.50"), new BigDecimal("95.20"), "南",
                        new BigDecimal("3256800.00")),
                com.anchang.inventory.domain.UnitStatus.AVAILABLE, null, null, 0);
    }

    @Test
    @DisplayName("UnitHeld v1 serialises to its golden sample")
    void unitHeldMatchesGolden() {
        Unit unit = unit();
        UnitEvent held = unit.hold("deal-7d0c9a1e", "u-bj-consultant-1", "王先生 138****5678",
                Instant.parse("2026-11-20T06:03:07Z"), new SalesControlPolicy(Duration.ofHours(48)));

        String json = EventJson.write(InventoryEvents.toContract(held));

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(GoldenSamples.json(UnitHeld.TYPE, UnitHeld.VERSION)));
    }

    @Test
    @DisplayName("UnitReserved v1 serialises to its golden sample")
    void unitReservedMatchesGolden() {
        Unit unit = unit();
        unit.hold("deal-7d0c9a1e", "c", "b", Instant.parse("2026-11-20T06:03:07Z"), new SalesControlPolicy(Duration.ofHours(1)));
        UnitEvent reserved = unit.reserve("deal-7d0c9a1e", Instant.parse("2026-11-21T03:30:00Z"));

        String json = EventJson.write(InventoryEvents.toContract(reserved));

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(GoldenSamples.json(UnitReserved.TYPE, UnitReserved.VERSION)));
    }

    @Test
    @DisplayName("DepositReceived v1 (consumed) parses from its golden sample, amounts fen-exact")
    void depositReceivedParses() {
        DepositReceived event = EventJson.read(GoldenSamples.json(DepositReceived.TYPE, DepositReceived.VERSION),
                DepositReceived.class);

        assertThat(event.unitId()).isEqualTo("unit-3-1802");
        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.amount()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(event.receivedAt()).isEqualTo(Instant.parse("2026-11-21T03:30:00Z"));
    }

    static void matchesGolden(UnitEvent event, String type, int version) {
        String json = EventJson.write(InventoryEvents.toContract(event));
        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(GoldenSamples.json(type, version)));
    }

    static Unit heldAt(Instant at, Duration lifetime) {
        Unit unit = unit();
        unit.hold("deal-7d0c9a1e", "u-bj-consultant-1", "王先生", at, new SalesControlPolicy(lifetime));
        return unit;
    }

    @Test
    @DisplayName("UnitWithheld v1 and UnitReleased v1 (控房, UNIT-1) serialise to their golden samples")
    void withheldAndReleasedMatchGolden() {
        Unit unit = unit();
        matchesGolden(unit.withhold("kept for the developer's own staff", "u-bj-pm", Instant.parse("2026-11-20T02:00:00Z")),
                UnitWithheld.TYPE, UnitWithheld.VERSION);
        matchesGolden(unit.release("back on sale for the second batch", "u-bj-pm", Instant.parse("2026-11-20T08:00:00Z")),
                UnitReleased.TYPE, UnitReleased.VERSION);
    }

    @Test
    @DisplayName("UnitSwapRefused v1 serialises to its golden sample: the unit that stays the deal's, the one refused, the rule")
    void swapRefusedMatchesGolden() {
        Unit unit = heldAt(Instant.parse("2026-11-20T06:03:07Z"), Duration.ofHours(48));
        unit.reserve("deal-7d0c9a1e", Instant.parse("2026-11-21T03:30:00Z"));
        matchesGolden(new UnitEvent.SwapRefused(unit, "deal-7d0c9a1e", "unit-3-1902", "co-4e0a7c21", "UNIT-2",
                "unit 3-1902 is already reserved by another deal", Instant.parse("2026-11-25T02:00:05Z")),
                UnitSwapRefused.TYPE, UnitSwapRefused.VERSION);
    }

    @Test
    @DisplayName("UnitContracted v1 serialises to its golden sample")
    void contractedMatchesGolden() {
        Unit unit = heldAt(Instant.parse("2026-11-20T06:03:07Z"), Duration.ofHours(48));
        unit.reserve("deal-7d0c9a1e", Instant.parse("2026-11-21T03:30:00Z"));
        matchesGolden(unit.contract("deal-7d0c9a1e", Instant.parse("2026-11-28T07:00:00Z")),
                UnitContracted.TYPE, UnitContracted.VERSION);
    }

    @Test
    @DisplayName("HoldExpired v1 (UNIT-3) serialises to its golden sample")
    void holdExpiredMatchesGolden() {
        Unit unit = heldAt(Instant.parse("2026-11-20T06:03:07Z"), Duration.ofHours(48));
        matchesGolden(unit.expire(Instant.parse("2026-11-22T06:03:30Z")).orElseThrow(), HoldExpired.TYPE, HoldExpired.VERSION);
    }

    @Test
    @DisplayName("DiscountApproved v1 and DiscountRejected v1 (UNIT-4) serialise to their golden samples")
    void discountDecisionsMatchGolden() {
        Unit approved = heldAt(Instant.parse("2026-11-20T06:03:07Z"), Duration.ofHours(48));
        approved.requestDiscount("deal-7d0c9a1e", new BigDecimal("30000.00"), "buyer pays in full", "u-bj-consultant-1",
                Instant.parse("2026-11-20T06:10:00Z"));
        matchesGolden(approved.approveDiscount("u-bj-pm", "full payment within 30 days", Instant.parse("2026-11-20T06:30:00Z")),
                DiscountApproved.TYPE, DiscountApproved.VERSION);

        Unit rejected = heldAt(Instant.parse("2026-11-20T06:03:07Z"), Duration.ofHours(48));
        rejected.requestDiscount("deal-7d0c9a1e", new BigDecimal("30000.00"), "r", "u-bj-consultant-1",
                Instant.parse("2026-11-20T06:10:00Z"));
        matchesGolden(rejected.rejectDiscount("u-bj-pm", "beyond this month's allowance", Instant.parse("2026-11-20T06:30:00Z")),
                DiscountRejected.TYPE, DiscountRejected.VERSION);
    }

    @Test
    @DisplayName("UnitsImported v1 (a building's first price list) serialises to its golden sample")
    void unitsImportedMatchesGolden() {
        Building building = new Building("bldg-3", "dev-huaxin", "office-binjiang", "proj-1", "3", 32, 2);

        String json = EventJson.write(InventoryEvents.toContract(new com.anchang.inventory.domain.UnitsImported(building,
                64, "u-bj-pm", Instant.parse("2026-11-19T08:00:00Z"))));

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(GoldenSamples.json(UnitsImported.TYPE, UnitsImported.VERSION)));
    }

    @Test
    @DisplayName("UnitsRepriced v1 (an applied price-list version, UNIT-1) serialises to its golden sample")
    void unitsRepricedMatchesGolden() {
        Repricing.PriceChange change = new Repricing.PriceChange("bldg-3-1801", "3-1801", 2, new BigDecimal("3256800.00"),
                new BigDecimal("3318000.00"), new BigDecimal("27483.54"), new BigDecimal("28000.00"));
        PriceListVersion applied = new PriceListVersion("bldg-3#2", "bldg-3", "dev-huaxin", "office-binjiang", "3", 2,
                PriceListVersion.State.APPLIED, "价目表.xlsx", "u-bj-pm", Instant.parse("2026-11-23T01:59:58Z"),
                Instant.parse("2026-11-23T02:00:00Z"), List.of(change), List.of());

        String json = EventJson.write(InventoryEvents.toContract(applied));

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(GoldenSamples.json(UnitsRepriced.TYPE, UnitsRepriced.VERSION)));
    }

    @Test
    @DisplayName("ContractSigned v1 and DealCancelled v1 (consumed, defined consumer-first) parse from their golden samples")
    void dealEventsParse() {
        ContractSigned signed = EventJson.read(GoldenSamples.json(ContractSigned.TYPE, ContractSigned.VERSION),
                ContractSigned.class);
        DealCancelled cancelled = EventJson.read(GoldenSamples.json(DealCancelled.TYPE, DealCancelled.VERSION),
                DealCancelled.class);

        assertThat(signed.unitId()).isEqualTo("unit-3-1802");
        assertThat(signed.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(signed.signedAt()).isEqualTo(Instant.parse("2026-12-21T07:00:00Z"));
        assertThat(cancelled.unitId()).isEqualTo("unit-3-1802");
        assertThat(cancelled.reason()).isEqualTo("the buyer withdrew; deposit refunded");
        assertThat(cancelled.cancelledBy()).isEqualTo("u-bj-finance");
    }

    @Test
    @DisplayName("UnitSwapped v1 (consumed) parses from its golden sample: the deal, both units, who decided")
    void unitSwappedParses() {
        UnitSwapped swapped = EventJson.read(GoldenSamples.json(UnitSwapped.TYPE, UnitSwapped.VERSION),
                UnitSwapped.class);

        assertThat(swapped.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(swapped.previousUnitId()).isEqualTo("unit-3-1702");
        assertThat(swapped.unitId()).isEqualTo("unit-3-1802");
        assertThat(swapped.decidedBy()).isEqualTo("u-bj-pm");
        assertThat(swapped.undo()).isFalse();
    }
}
