package com.anchang.identity.domain;

/** Whose audit to read: one office's, one developer's (all of its offices), or the platform's. */
public sealed interface AuditScope {

    record OfficeScope(String officeId) implements AuditScope {
    }

    record DeveloperScope(String developerId) implements AuditScope {
    }

    record PlatformScope() implements AuditScope {
    }
}
