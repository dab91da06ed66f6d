package com.anchang.identity.domain;

/** IDN-6: a user who LEFT the company keeps their record (for the audit) but can no longer sign in. */
public enum Employment {
    ACTIVE, LEFT
}
