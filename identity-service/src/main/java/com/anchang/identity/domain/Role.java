package com.anchang.identity.domain;

/** What a user may do, and where: in an office, across a developer, or on the whole platform (IDN-3). */
public enum Role {
    CONSULTANT(Scope.OFFICE),
    SALES_CONTROL(Scope.OFFICE),
    FINANCE(Scope.OFFICE),
    PM(Scope.OFFICE),
    HEAD_OFFICE(Scope.DEVELOPER),
    PLATFORM_ADMIN(Scope.PLATFORM);

    public enum Scope {
        OFFICE, DEVELOPER, PLATFORM
    }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public boolean isOfficeRole() {
        return scope == Scope.OFFICE;
    }
}
