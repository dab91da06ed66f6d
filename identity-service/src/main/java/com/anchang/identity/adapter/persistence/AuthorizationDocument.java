package com.anchang.identity.adapter.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One sign-in session (a Spring Authorization Server authorization) as stored: its current access and
 * refresh token, each only as the SHA-256 of its value (a leaked store holds no usable token), with
 * its lifetime and revocation flag. Found by token through {@link AuthorizationKeyDocument}; written
 * with a compare-and-set on {_id, version}. Real MongoDB removes it once its refresh token expired.
 */
@Document("authorizations")
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record AuthorizationDocument(
        @Id String id,
        String registeredClientId,
        String principalName,
        String grantType,
        List<String> scopes,
        List<String> authorities,
        TokenDocument accessToken,
        TokenDocument refreshToken,
        @Indexed(expireAfter = "0s") Instant expiresAt,
        long version) {

    public record TokenDocument(String hash, Instant issuedAt, Instant expiresAt, boolean invalidated,
            List<String> scopes) {
    }
}
