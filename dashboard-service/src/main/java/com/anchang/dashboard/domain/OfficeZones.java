package com.anchang.dashboard.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * Each office's time zone (office policy: the rulebook's default Asia/Shanghai, an office may set its own),
 * which decides the day an instant counts on: the office's daily cut-off is its own midnight.
 */
public record OfficeZones(ZoneId defaultZone, Map<String, ZoneId> byOffice) {

    public static final OfficeZones DEFAULTS = new OfficeZones(ZoneId.of("Asia/Shanghai"), Map.of());

    public OfficeZones {
        Objects.requireNonNull(defaultZone, "defaultZone");
        byOffice = byOffice == null ? Map.of() : Map.copyOf(byOffice);
    }

    public ZoneId of(String officeId) {
        return byOffice.getOrDefault(officeId, defaultZone);
    }

    /** The office's calendar day at that instant. */
    public LocalDate dayOf(String officeId, Instant instant) {
        return instant.atZone(of(officeId)).toLocalDate();
    }
}
