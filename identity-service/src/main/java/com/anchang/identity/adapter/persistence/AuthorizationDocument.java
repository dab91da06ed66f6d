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
 * <p>An ended mark ({@link #ended(String, String, Instant)}) holds the id of a listed session whose
 * authorization was missing when the user's sessions ended, so that authorization cannot be written later.
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

    static final String ENDED = "anchang:ended";

    /** Version -1: no compare-and-set of a save (versions from 0) ever matches it. */
    static AuthorizationDocument ended(String id, String principalName, Instant at) {
        return new AuthorizationDocument(id, null, principalName, ENDED, List.of(), List.of(), null, null, at, -1);
    }

    boolean ended() {
        return ENDED.equals(grantType);
    }

    public record TokenDocument(String hash, Instant issuedAt, Instant expiresAt, boolean invalidated,
            List<String> scopes) {
    }
}
