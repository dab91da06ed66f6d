package com.anchang.identity.domain;

import java.util.Objects;
import java.util.UUID;

/** A property developer (发展商): owns offices; its staff see nothing of other developers. */
public record Developer(String id, String name) {

    public Developer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public static Developer register(String name) {
        return register(null, name);
    }

    /** @param code the developer's own id (e.g. {@code dev-huaxin}), or null for a generated one */
    public static Developer register(String code, String name) {
        return new Developer(code == null ? "dev-" + UUID.randomUUID() : Codes.valid("id", code), name.strip());
    }
}
