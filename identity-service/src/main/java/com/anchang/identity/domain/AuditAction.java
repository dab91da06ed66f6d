package com.anchang.identity.domain;

/** What an audit entry records. */
public enum AuditAction {
    SIGNED_IN,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    SIGN_IN_REFUSED,
    SIGNED_OUT,
    DEVELOPER_CREATED,
    OFFICE_CREATED,
    USER_CREATED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    EMPLOYMENT_ENDED,
    PASSWORD_CHANGED,
    PASSWORD_CHANGE_REFUSED,
    PASSWORD_RESET,
    CERTIFICATION_CHANGED
}
