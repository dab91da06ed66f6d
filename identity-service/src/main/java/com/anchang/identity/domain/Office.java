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
        return open(null, developer, name, zone);
    }

    /** @param code the office's own id (e.g. {@code office-binjiang}), or null for a generated one */
    public static Office open(String code, Developer developer, String name, ZoneId zone) {
        return new Office(code == null ? "office-" + UUID.randomUUID() : Codes.valid("id", code), developer.id(),
                name.strip(), zone);
    }
}
