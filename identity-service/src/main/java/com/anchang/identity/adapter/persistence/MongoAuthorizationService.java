package com.anchang.identity.adapter.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.identity.application.Sessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Spring Authorization Server's authorizations (the sign-in sessions: access and refresh tokens) on
 * MongoDB, so they survive a restart and are shared by every instance.
 * <ul>
 *   <li>Token values are never stored: a token is found by the SHA-256 of its value, the {@code _id} of
 *       an {@code authorization_keys} document (a unique key, as the embedded store needs). An
 *       authorization read back carries the presented token's real value; its other token carries a
 *       placeholder that no client can present (it is only ever compared, never hashed to a key).</li>
 *   <li>Writes are a compare-and-set on {_id, version} (the version rides along as an attribute), so of
 *       two simultaneous refreshes with one refresh token exactly one wins; the other is refused as
 *       {@code invalid_grant} and its tokens are never stored.</li>
 *   <li>No multi-document transactions: a sign-in writes the user's session list, then the authorization,
 *       then the token keys, so that whatever a crash leaves is either refused or found by
 *       {@link #endAll}; a listed session without its authorization is marked ended there.</li>
 *   <li>Only the grants this service issues are supported: the principal is kept as its name and
 *       authorities; other attributes are not stored.</li>
 * </ul>
 */
public class MongoAuthorizationService implements OAuth2AuthorizationService, Sessions {

    private static final Logger log = LoggerFactory.getLogger(MongoAuthorizationService.class);

    static final String VERSION_ATTRIBUTE = MongoAuthorizationService.class.getName() + ".version";
    private static final String PLACEHOLDER = "not-stored:";
    private static final int SESSIONS_BEFORE_PRUNING = 16;

    private final MongoTemplate mongo;
    private final RegisteredClientRepository clients;
    private final Clock clock;
    private final AfterWrite afterWrite;

    public MongoAuthorizationService(MongoTemplate mongo, RegisteredClientRepository clients, Clock clock) {
        this(mongo, clients, clock, written -> { });
    }

    MongoAuthorizationService(MongoTemplate mongo, RegisteredClientRepository clients, Clock clock,
            AfterWrite afterWrite) {
        this.mongo = mongo;
        this.clients = clients;
        this.clock = clock;
        this.afterWrite = afterWrite;
    }

    /** Told after each document a save writes: where a test stops a save, as a crash would. */
    @FunctionalInterface
    interface AfterWrite {
        void written(String document);
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        Objects.requireNonNull(authorization, "authorization");
        Long version = authorization.getAttribute(VERSION_ATTRIBUTE);
        AuthorizationDocument previous = version == null ? null
                : mongo.findById(authorization.getId(), AuthorizationDocument.class);
        if (version != null && (previous == null || previous.ended())) {
            throw concurrentChange();
        }
        AuthorizationDocument.TokenDocument access = token(authorization.getAccessToken(),
                previous == null ? null : previous.accessToken());
        AuthorizationDocument.TokenDocument refresh = token(authorization.getRefreshToken(),
                previous == null ? null : previous.refreshToken());
        Instant expiresAt = refresh != null ? refresh.expiresAt() : access == null ? null : access.expiresAt();
        List<String> authorities = principal(authorization).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();

        if (version == null) {
            // A new session, written so that a crash between two writes leaves nothing ending sessions misses:
            // the user's list first (endAll finds every session that may exist from it), then the
            // authorization, then the keys (a token authenticates only once all three are written).
            addSession(authorization.getPrincipalName(), authorization.getId());
            afterWrite.written("session list");
            try {
                mongo.insert(new AuthorizationDocument(authorization.getId(), authorization.getRegisteredClientId(),
                        authorization.getPrincipalName(), authorization.getAuthorizationGrantType().getValue(),
                        List.copyOf(authorization.getAuthorizedScopes()), authorities, access, refresh, expiresAt, 0));
            } catch (DuplicateKeyException endedMeanwhile) {
                throw concurrentChange(); // the user's sessions were ended since this one was listed
            }
            afterWrite.written("authorization");
            addKey(new ArrayList<>(), access, null, authorization.getId(), OAuth2TokenType.ACCESS_TOKEN);
            addKey(new ArrayList<>(), refresh, null, authorization.getId(), OAuth2TokenType.REFRESH_TOKEN);
            pruneSessions(authorization.getPrincipalName());
            return;
        }
        // A refresh: the new tokens' keys first (they find nothing until the authorization names their
        // tokens), then the authorization (compare-and-set), then the replaced tokens' keys go (they
        // already found nothing). The session is listed since its sign-in.
        List<String> newKeys = new ArrayList<>();
        addKey(newKeys, access, previous.accessToken(), authorization.getId(), OAuth2TokenType.ACCESS_TOKEN);
        addKey(newKeys, refresh, previous.refreshToken(), authorization.getId(), OAuth2TokenType.REFRESH_TOKEN);
        Update update = new Update()
                .set("scopes", List.copyOf(authorization.getAuthorizedScopes()))
                .set("accessToken", access)
                .set("refreshToken", refresh)
                .set("expiresAt", expiresAt)
                .inc("version", 1);
        var result = mongo.updateFirst(query(where("_id").is(authorization.getId()).and("version").is(version)), update,
                AuthorizationDocument.class);
        if (result.getMatchedCount() == 0) {
            newKeys.forEach(this::removeKey);
            throw concurrentChange();
        }
        afterWrite.written("authorization");
        staleKey(previous.accessToken(), access);
        staleKey(previous.refreshToken(), refresh);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        AuthorizationDocument stored = mongo.findById(authorization.getId(), AuthorizationDocument.class);
        if (stored == null) {
            return;
        }
        mongo.remove(query(where("_id").is(stored.id())), AuthorizationDocument.class);
        if (stored.accessToken() != null) {
            removeKey(stored.accessToken().hash());
        }
        if (stored.refreshToken() != null) {
            removeKey(stored.refreshToken().hash());
        }
    }

    @Override
    public OAuth2Authorization findById(String id) {
        AuthorizationDocument stored = mongo.findById(id, AuthorizationDocument.class);
        return stored == null || stored.ended() ? null : toAuthorization(stored, null, null);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        String hash = hash(token);
        AuthorizationKeyDocument key = mongo.findById(hash, AuthorizationKeyDocument.class);
        if (key == null || (tokenType != null && !tokenType.getValue().equals(key.tokenType()))) {
            return null;
        }
        AuthorizationDocument stored = mongo.findById(key.authorizationId(), AuthorizationDocument.class);
        if (stored == null) {
            return null;
        }
        AuthorizationDocument.TokenDocument current = OAuth2TokenType.ACCESS_TOKEN.getValue().equals(key.tokenType())
                ? stored.accessToken() : stored.refreshToken();
        if (current == null || !hash.equals(current.hash())) {
            return null; // a token replaced by a rotation
        }
        return toAuthorization(stored, token, key.tokenType());
    }

    /**
     * Revokes every session of the user: each refresh token (and with it its access token) is invalidated.
     * A listed session without its authorization (a sign-in still writing it, or one stopped before) is
     * marked ended under its id, so that authorization can never be written afterwards.
     */
    @Override
    public int endAll(String userId) {
        UserSessionsDocument sessions = mongo.findById(userId, UserSessionsDocument.class);
        if (sessions == null || sessions.authorizationIds() == null) {
            return 0;
        }
        int ended = 0;
        for (String authorizationId : sessions.authorizationIds()) {
            if (invalidate(authorizationId, userId)) {
                ended++;
            }
        }
        mongo.updateFirst(query(where("_id").is(userId)),
                new Update().pullAll("authorizationIds", sessions.authorizationIds().toArray()), UserSessionsDocument.class);
        return ended;
    }

    /** @return true if the session still had an active token */
    private boolean invalidate(String authorizationId, String userId) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            AuthorizationDocument stored = mongo.findById(authorizationId, AuthorizationDocument.class);
            if (stored == null) {
                if (markEnded(authorizationId, userId)) {
                    return false;
                }
                continue; // its sign-in wrote it meanwhile: end it
            }
            OAuth2Authorization authorization = stored.ended() ? null : toAuthorization(stored, null, null);
            if (authorization == null) {
                return false;
            }
            OAuth2Authorization.Token<OAuth2RefreshToken> refresh = authorization.getRefreshToken();
            OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
            boolean active = (refresh != null && refresh.isActive()) || (access != null && access.isActive());
            if (!active) {
                return false;
            }
            OAuth2Authorization.Builder builder = OAuth2Authorization.from(authorization);
            if (refresh != null) {
                builder.invalidate(refresh.getToken());
            }
            if (access != null) {
                builder.invalidate(access.getToken());
            }
            try {
                save(builder.build());
                return true;
            } catch (OAuth2AuthenticationException concurrentChange) {
                log.debug("session {} changed while being revoked, reading it again", authorizationId);
            }
        }
        throw new IllegalStateException("session " + authorizationId + " kept changing while being revoked");
    }

    /** Writes the ended mark of a session whose authorization is missing; false if the authorization is there. */
    private boolean markEnded(String authorizationId, String userId) {
        try {
            mongo.insert(AuthorizationDocument.ended(authorizationId, userId, clock.instant()));
            return true;
        } catch (DuplicateKeyException written) {
            return false;
        }
    }

    private void addSession(String userId, String authorizationId) {
        mongo.upsert(query(where("_id").is(userId)), new Update().push("authorizationIds", authorizationId),
                UserSessionsDocument.class);
    }

    /** Drops ended sessions from a long list; a missing authorization is marked ended before its id goes. */
    private void pruneSessions(String userId) {
        UserSessionsDocument sessions = mongo.findById(userId, UserSessionsDocument.class);
        if (sessions != null && sessions.authorizationIds().size() > SESSIONS_BEFORE_PRUNING) {
            List<String> over = new ArrayList<>();
            Instant now = clock.instant();
            for (String id : sessions.authorizationIds()) {
                AuthorizationDocument stored = mongo.findById(id, AuthorizationDocument.class);
                if (stored == null ? markEnded(id, userId)
                        : stored.ended() || stored.expiresAt() == null || !stored.expiresAt().isAfter(now)
                                || (stored.refreshToken() != null && stored.refreshToken().invalidated())) {
                    over.add(id);
                }
            }
            if (!over.isEmpty()) {
                mongo.updateFirst(query(where("_id").is(userId)), new Update().pullAll("authorizationIds", over.toArray()),
                        UserSessionsDocument.class);
            }
        }
    }

    private OAuth2Authorization toAuthorization(AuthorizationDocument stored, String knownValue, String knownType) {
        RegisteredClient client = clients.findById(stored.registeredClientId());
        if (client == null) {
            return null;
        }
        List<GrantedAuthority> authorities = stored.authorities() == null ? List.of()
                : stored.authorities().stream().<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
        Authentication principal = UsernamePasswordAuthenticationToken.authenticated(stored.principalName(), null,
                authorities);
        OAuth2Authorization.Builder builder = OAuth2Authorization.withRegisteredClient(client)
                .id(stored.id())
                .principalName(stored.principalName())
                .authorizationGrantType(new AuthorizationGrantType(stored.grantType()))
                .authorizedScopes(stored.scopes() == null ? Set.of() : new HashSet<>(stored.scopes()))
                .attribute(Principal.class.getName(), principal)
                .attribute(VERSION_ATTRIBUTE, stored.version());
        AuthorizationDocument.TokenDocument access = stored.accessToken();
        if (access != null) {
            String value = OAuth2TokenType.ACCESS_TOKEN.getValue().equals(knownType) ? knownValue : placeholder();
            builder.token(new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, access.issuedAt(),
                    access.expiresAt(), access.scopes() == null ? Set.of() : new HashSet<>(access.scopes())),
                    metadata -> metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME, access.invalidated()));
        }
        AuthorizationDocument.TokenDocument refresh = stored.refreshToken();
        if (refresh != null) {
            String value = OAuth2TokenType.REFRESH_TOKEN.getValue().equals(knownType) ? knownValue : placeholder();
            builder.token(new OAuth2RefreshToken(value, refresh.issuedAt(), refresh.expiresAt()),
                    metadata -> metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME, refresh.invalidated()));
        }
        return builder.build();
    }

    private static Authentication principal(OAuth2Authorization authorization) {
        Object principal = authorization.getAttribute(Principal.class.getName());
        if (principal instanceof Authentication authentication) {
            return authentication;
        }
        return UsernamePasswordAuthenticationToken.authenticated(authorization.getPrincipalName(), null, List.of());
    }

    /** The stored form of a token: a placeholder value keeps the hash stored before. */
    private static AuthorizationDocument.TokenDocument token(OAuth2Authorization.Token<? extends OAuth2Token> token,
            AuthorizationDocument.TokenDocument previous) {
        if (token == null) {
            return null;
        }
        String value = token.getToken().getTokenValue();
        String hash;
        if (value.startsWith(PLACEHOLDER)) {
            if (previous == null) {
                throw new IllegalStateException("a token read without its value has no stored hash");
            }
            hash = previous.hash();
        } else {
            hash = hash(value);
        }
        List<String> scopes = token.getToken() instanceof OAuth2AccessToken accessToken
                ? List.copyOf(accessToken.getScopes()) : null;
        return new AuthorizationDocument.TokenDocument(hash, token.getToken().getIssuedAt(),
                token.getToken().getExpiresAt(), token.isInvalidated(), scopes);
    }

    private void addKey(List<String> added, AuthorizationDocument.TokenDocument token,
            AuthorizationDocument.TokenDocument previous, String authorizationId, OAuth2TokenType type) {
        if (token == null || (previous != null && previous.hash().equals(token.hash()))) {
            return;
        }
        try {
            mongo.insert(new AuthorizationKeyDocument(token.hash(), authorizationId, type.getValue(), token.expiresAt()));
            added.add(token.hash());
            afterWrite.written(type.getValue() + " key");
        } catch (DuplicateKeyException alreadyThere) {
            // the same token saved again (e.g. a retried write): the key is the one we need
        }
    }

    private void staleKey(AuthorizationDocument.TokenDocument previous, AuthorizationDocument.TokenDocument current) {
        if (previous != null && (current == null || !previous.hash().equals(current.hash()))) {
            removeKey(previous.hash());
            afterWrite.written("stale key");
        }
    }

    private void removeKey(String hash) {
        mongo.remove(query(where("_id").is(hash)), AuthorizationKeyDocument.class);
    }

    private static OAuth2AuthenticationException concurrentChange() {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                "the session was changed or ended by a simultaneous request", null));
    }

    private static String placeholder() {
        return PLACEHOLDER + UUID.randomUUID();
    }

    static String hash(String tokenValue) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(tokenValue.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
