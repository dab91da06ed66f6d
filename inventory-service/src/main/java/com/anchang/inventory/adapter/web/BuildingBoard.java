package com.anchang.inventory.adapter.web;

import com.anchang.inventory.application.ViewingInventory;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * UNIT-5: a building as a floors × units grid (top floor first), each unit with status, price and hold
 * expiry; counts by status; sell-through = units reserved or contracted / all units, and the list
 * value they stand for.
 */
public record BuildingBoard(String buildingId, String officeId, String projectId, String name, int floors,
        int unitsPerFloor, Map<UnitStatus, Long> counts, BigDecimal sellThrough, BigDecimal soldValue,
        BigDecimal totalValue, List<Floor> grid) {

    public record Floor(int floor, List<UnitView> units) {
    }

    static BuildingBoard of(ViewingInventory.BuildingUnits view) {
        var b = view.building();
        Map<UnitStatus, Long> counts = new EnumMap<>(UnitStatus.class);
        for (UnitStatus status : UnitStatus.values()) {
            counts.put(status, 0L);
        }
        view.units().forEach(u -> counts.merge(u.status(), 1L, Long::sum));
        Map<Integer, List<UnitView>> byFloor = view.units().stream()
                .sorted(java.util.Comparator.comparingInt((Unit u) -> -u.spec().floor()).thenComparingInt(u -> u.spec().number()))
                .collect(Collectors.groupingBy(u -> u.spec().floor(), LinkedHashMap::new,
                        Collectors.mapping(UnitView::of, Collectors.toList())));
        List<Floor> grid = byFloor.entrySet().stream().map(e -> new Floor(e.getKey(), e.getValue())).toList();
        List<Unit> sold = view.units().stream()
                .filter(u -> u.status() == UnitStatus.RESERVED || u.status() == UnitStatus.CONTRACTED).toList();
        BigDecimal sellThrough = view.units().isEmpty() ? BigDecimal.ZERO
                : BigDecimal.valueOf(sold.size()).divide(BigDecimal.valueOf(view.units().size()), 4, RoundingMode.HALF_UP);
        BigDecimal soldValue = sold.stream().map(Unit::dealPrice).reduce(new BigDecimal("0.00"), BigDecimal::add);
        BigDecimal totalValue = view.units().stream().map(u -> u.spec().listPrice()).reduce(new BigDecimal("0.00"),
                BigDecimal::add);
        return new BuildingBoard(b.id(), b.officeId(), b.projectId(), b.name(), b.floors(), b.unitsPerFloor(), counts,
                sellThrough, soldValue, totalValue, grid);
    }
}
