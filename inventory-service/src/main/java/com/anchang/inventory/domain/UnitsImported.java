package com.anchang.inventory.domain;

import java.time.Instant;

/** A building was catalogued with the units of its first price list (UNIT-1): how many, by whom, when. */
public record UnitsImported(Building building, int units, String importedBy, Instant importedAt) {
}
