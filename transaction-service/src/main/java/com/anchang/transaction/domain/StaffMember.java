package com.anchang.transaction.domain;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * A person acting on a deal, with the roles they hold at the deal's office (none for head office or
 * anyone else): DEAL-1 needs to know whether the second person is staff of the office at all.
 */
public record StaffMember(String userId, Set<StaffRole> roles) {

    public StaffMember {
        Objects.requireNonNull(userId, "userId");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static StaffMember of(String userId, StaffRole... roles) {
        return new StaffMember(userId, Set.of(roles));
    }

    /** Holds any role at the deal's office. */
    public boolean staffOfTheOffice() {
        return !roles.isEmpty();
    }

    public boolean holds(StaffRole... anyOf) {
        return Arrays.stream(anyOf).anyMatch(roles::contains);
    }
}
