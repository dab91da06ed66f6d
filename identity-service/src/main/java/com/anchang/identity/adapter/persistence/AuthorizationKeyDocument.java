package com.anchang.identity.adapter.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The look-up of an authorization by token: {@code _id} is the SHA-256 (base64url) of the token's
 * value. Only the authorization's current tokens count (a key left behind by a rotation finds nothing).
 */
@Document("authorization_keys")
public record AuthorizationKeyDocument(@Id String id, String authorizationId, String tokenType,
        @Indexed(expireAfter = "0s") Instant expiresAt) {
}
