package com.anchang.identity.domain;

import java.util.Objects;

/** A role held by a user: in one office (office roles) or with no office (HEAD_OFFICE, PLATFORM_ADMIN). */
public record RoleGrant(String officeId, Role role) {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
        if (role.isOfficeRole() != (officeId != null)) {
            throw new IllegalArgumentException(role + (role.isOfficeRole() ? " needs an office" : " takes no office"));
        }
    }
}
