package com.anchang.identity.domain;

/**
 * The caller sees the object but may not do this to it (IDN-7): HTTP 403 naming the rule. Nothing was
 * changed. (An object of another developer is not refused but invisible: NotFoundException, 404.)
 */
public class AccessRefusedException extends RuntimeException {

    private final IdentityRule rule;

    public AccessRefusedException(IdentityRule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public IdentityRule rule() {
        return rule;
    }
}
