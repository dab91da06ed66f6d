package com.anchang.identity.application;

import java.util.Objects;

/**
 * Who acts: the signed-in user's id (the verified token's subject, never a header) and the address the
 * request came from, for the audit.
 */
public record Actor(String userId, String address) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
    }
}
