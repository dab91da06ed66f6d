package com.anchang.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.inventory.domain.BuyerQuotas;
import com.anchang.inventory.domain.Hold;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitEvent;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.inventory.domain.UnitSpec;
import com.anchang.inventory.domain.UnitStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A unit swap approved in transaction-service, as inventory applies it: two writes, completed on redelivery. */
class SwappingUnitTest {

    static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    /** Units by id, the event ids applied to each, the events written; a write may be made to fail. */
    static class Store implements UnitRepository {
        final Map<String, Unit> units = new HashMap<>();
        final Map<String, Set<String>> applied = new HashMap<>();
        final List<UnitEvent> written = new ArrayList<>();
        String failOn;

        @Override
        public Optional<Unit> find(String unitId) {
            return Optional.ofNullable(units.get(unitId));
        }

        @Override
        public List<Unit> inBuilding(String buildingId) {
            return List.copyOf(units.values());
        }

        @Override
        public void insertAll(List<Unit> all) {
            all.forEach(unit -> units.put(unit.id(), unit));
        }

        @Override
        public void save(Unit unit, List<UnitEvent> events, String appliedEventId) {
            if (unit.id().equals(failOn)) {
                failOn = null;
                units.remove(unit.id()); // the change is lost with the process
                throw new IllegalStateException("the process stopped before writing unit " + unit.id());
            }
            units.put(unit.id(), unit);
            written.addAll(events);
            if (appliedEventId != null) {
                applied.computeIfAbsent(unit.id(), id -> new HashSet<>()).add(appliedEventId);
            }
        }

        @Override
        public boolean hasApplied(String unitId, String eventId) {
            return applied.getOrDefault(unitId, Set.of()).contains(eventId);
        }

        @Override
        public void reprice(Unit unit, BigDecimal listPrice, String marker) {
        }
    }

    static final BuyerQuotas NO_QUOTAS = new BuyerQuotas() {
        @Override
        public Optional<String> take(String openingId, String buyerRef, int quota, String unitId) {
            return Optional.empty();
        }

        @Override
        public List<Slot> taken(String openingId, String buyerRef, int quota) {
            return List.of();
        }

        @Override
        public void free(String slot) {
        }

        @Override
        public boolean freeIfStill(Slot slot) {
            return false;
        }
    };

    final Store store = new Store();
    final SwappingUnit swapping = new SwappingUnit(store, NO_QUOTAS);

    Unit unit(String number, UnitStatus status, String dealId) {
        Unit catalogued = Unit.catalogue("dev-1", "office-1", "proj-1", "bld-1", "3", new UnitSpec(18,
                Integer.parseInt(number), "3室2厅2卫", new BigDecimal("118.50"), new BigDecimal("95.20"), "南",
                new BigDecimal("3256800.00")));
        Hold hold = dealId == null ? null : new Hold(dealId, "c-1", "王先生", T0.minusSeconds(86400), T0);
        Unit unit = Unit.restore(catalogued.id(), "dev-1", "office-1", "proj-1", "bld-1", catalogued.code(),
                catalogued.spec(), status, hold, status == UnitStatus.RESERVED ? dealId : null, 0);
        store.units.put(unit.id(), unit);
        return unit;
    }

    SwappingUnit.UnitSwap swap(Unit from, Unit to, String eventId) {
        return new SwappingUnit.UnitSwap("deal-1", from.id(), to.id(), "c-1", "王先生", "a higher floor", "u-pm-1", T0,
                "co-1", eventId);
    }

    @Test
    @DisplayName("unit swap: the new unit RESERVED for the deal, the previous one AVAILABLE again, each once however often the event comes")
    void swapped() {
        Unit from = unit("2", UnitStatus.RESERVED, "deal-1");
        Unit to = unit("3", UnitStatus.AVAILABLE, null);

        assertThat(swapping.swap(swap(from, to, "ev-1"))).isEqualTo(SwappingUnit.Outcome.SWAPPED);
        assertThat(swapping.swap(swap(from, to, "ev-1"))).isEqualTo(SwappingUnit.Outcome.SWAPPED);

        assertThat(store.units.get(to.id()).status()).isEqualTo(UnitStatus.RESERVED);
        assertThat(store.units.get(to.id()).takenBy()).isEqualTo("deal-1");
        assertThat(store.units.get(from.id()).status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(store.written).hasSize(2);
    }

    @Test
    @DisplayName("unit swap stopped between the two writes (the new unit reserved, the previous not yet released): the redelivered event completes it")
    void aStopHalfWayIsCompletedByTheRedelivery() {
        Unit from = unit("2", UnitStatus.RESERVED, "deal-1");
        Unit to = unit("3", UnitStatus.AVAILABLE, null);
        store.failOn = from.id();
        Unit stored = from;

        assertThatThrownBy(() -> swapping.swap(swap(stored, to, "ev-2"))).isInstanceOf(IllegalStateException.class);
        store.units.put(from.id(), unit("2", UnitStatus.RESERVED, "deal-1"));
        assertThat(store.units.get(to.id()).takenBy()).as("half-way: both units the deal's").isEqualTo("deal-1");
        assertThat(store.units.get(from.id()).takenBy()).isEqualTo("deal-1");

        assertThat(swapping.swap(swap(from, to, "ev-2"))).isEqualTo(SwappingUnit.Outcome.SWAPPED);

        assertThat(store.units.get(to.id()).status()).isEqualTo(UnitStatus.RESERVED);
        assertThat(store.units.get(from.id()).status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(store.written).hasSize(2);
    }

    @Test
    @DisplayName("UNIT-2: the new unit taken by another deal meanwhile — no unit changes, the previous unit stays the deal's, and one inventory.unit-swap-refused naming UNIT-2 tells transaction-service, however often the event comes")
    void newUnitTakenMeanwhile() {
        Unit from = unit("2", UnitStatus.RESERVED, "deal-1");
        Unit to = unit("3", UnitStatus.RESERVED, "deal-other");

        assertThat(swapping.swap(swap(from, to, "ev-3"))).isEqualTo(SwappingUnit.Outcome.REFUSED);
        assertThat(swapping.swap(swap(from, to, "ev-3"))).isEqualTo(SwappingUnit.Outcome.REFUSED);

        assertThat(store.units.get(from.id()).takenBy()).isEqualTo("deal-1");
        assertThat(store.units.get(from.id()).status()).isEqualTo(UnitStatus.RESERVED);
        assertThat(store.units.get(to.id()).takenBy()).isEqualTo("deal-other");
        assertThat(store.written).singleElement().isInstanceOfSatisfying(UnitEvent.SwapRefused.class, refused -> {
            assertThat(refused.unit().id()).isEqualTo(from.id());
            assertThat(refused.refusedUnitId()).isEqualTo(to.id());
            assertThat(refused.rule()).isEqualTo("UNIT-2");
            assertThat(refused.changeOrderId()).isEqualTo("co-1");
        });
    }
}
