package com.anchang.inventory.domain;

import java.time.Instant;

/** Why, by whom and since when a unit is withheld from sale (控房, UNIT-1). */
public record Withholding(String reason, String withheldBy, Instant withheldAt) {
}
