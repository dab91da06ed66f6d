package com.anchang.identity.domain;

import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/** A sales office (售楼处) of one developer, in its own time zone. */
public record Office(String id, String developerId, String name, ZoneId zone) {

    public Office {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(developerId, "developerId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
    }

    public static Office open(Developer developer, String name, ZoneId zone) {
        return new Office("office-" + UUID.randomUUID(), developer.id(), name.strip(), zone);
    }
}
