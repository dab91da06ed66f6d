package com.anchang.identity.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

/**
 * IDN-6 / IDN-4 against a crash: a sign-in or a refresh writes several documents one after another (the
 * store has no multi-document transactions). Stopped after each write but the last, the tokens it leaves
 * either are refused, or are ended by what ends a user's sessions (sign out everywhere, a password change
 * or reset, leaving: all {@code Sessions.endAll}). Also with that ending run in the middle of the sign-in.
 */
class SessionWritesCrashTest {

    static final String USER = "user-1";
    static final AuthorizationGrantType PASSWORD = new AuthorizationGrantType("urn:anchang:grant-type:password");

    final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), java.time.ZoneOffset.UTC);
    final RegisteredClient client = RegisteredClient.withId("anchang-gateway").clientId("anchang-gateway")
            .clientSecret("{noop}secret-secret-secret")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(PASSWORD).authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN).build();

    MongoServer server;
    MongoClient mongoClient;
    MongoTemplate mongo;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        mongoClient = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        mongo = new MongoTemplate(mongoClient, "identity");
    }

    @AfterEach
    void stop() {
        mongoClient.close();
        server.shutdownNow();
    }

    @ParameterizedTest(name = "stopped after write {0}")
    @ValueSource(ints = {1, 2, 3})
    @DisplayName("IDN-6: a sign-in stopped between two of its writes leaves no session that ending the user's sessions misses")
    void signInStoppedBetweenWrites(int writes) {
        SignIn signIn = signIn();
        assertThatThrownBy(() -> service(stopAfter(writes)).save(signIn.authorization()))
                .isInstanceOf(Crash.class);

        MongoAuthorizationService restarted = service(written -> { });
        restarted.endAll(USER);

        assertRefused(restarted, signIn);
        assertThat(sessionList()).as("the sessions list keeps no entry of an ended or never written session").isEmpty();
    }

    @ParameterizedTest(name = "ended after write {0}")
    @ValueSource(ints = {1, 2, 3})
    @DisplayName("IDN-6: sessions ended while a sign-in is between two of its writes: its tokens are refused afterwards")
    void sessionsEndedInTheMiddleOfASignIn(int writes) {
        SignIn signIn = signIn();
        MongoAuthorizationService ending = service(written -> { });
        AtomicInteger count = new AtomicInteger();
        MongoAuthorizationService signingIn = service(written -> {
            if (count.incrementAndGet() == writes) {
                ending.endAll(USER);
            }
        });

        try {
            signingIn.save(signIn.authorization());
        } catch (RuntimeException refusedAsEnded) {
            // a sign-in that finds its session already ended fails: nothing to check but its tokens
        }

        assertRefused(ending, signIn);
    }

    @ParameterizedTest(name = "stopped after write {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    @DisplayName("IDN-6: a refresh stopped between two of its writes leaves no token that ending the user's sessions misses")
    void refreshStoppedBetweenWrites(int writes) {
        SignIn first = signIn();
        MongoAuthorizationService service = service(written -> { });
        service.save(first.authorization());
        SignIn rotated = rotate(service.findByToken(first.refresh(), OAuth2TokenType.REFRESH_TOKEN));

        assertThatThrownBy(() -> service(stopAfter(writes)).save(rotated.authorization())).isInstanceOf(Crash.class);
        service.endAll(USER);

        assertRefused(service, first);
        assertRefused(service, rotated);
    }

    // -- helpers --

    record SignIn(OAuth2Authorization authorization, String access, String refresh) {
    }

    static final class Crash extends RuntimeException {
        Crash(int writes) {
            super("stopped after write " + writes);
        }
    }

    MongoAuthorizationService service(MongoAuthorizationService.AfterWrite afterWrite) {
        return new MongoAuthorizationService(mongo, new InMemoryRegisteredClientRepository(client), clock, afterWrite);
    }

    static MongoAuthorizationService.AfterWrite stopAfter(int writes) {
        return stopAfter(writes, new ArrayList<>());
    }

    static MongoAuthorizationService.AfterWrite stopAfter(int writes, List<String> written) {
        return document -> {
            written.add(document);
            if (written.size() == writes) {
                throw new Crash(writes);
            }
        };
    }

    SignIn signIn() {
        String access = "access-" + UUID.randomUUID();
        String refresh = "refresh-" + UUID.randomUUID();
        OAuth2Authorization authorization = OAuth2Authorization.withRegisteredClient(client)
                .id(UUID.randomUUID().toString())
                .principalName(USER)
                .authorizationGrantType(PASSWORD)
                .authorizedScopes(Set.of())
                .attribute(Principal.class.getName(), UsernamePasswordAuthenticationToken.authenticated(USER, null, List.of()))
                .token(accessToken(access))
                .refreshToken(new OAuth2RefreshToken(refresh, clock.instant(), clock.instant().plus(Duration.ofHours(8))))
                .build();
        return new SignIn(authorization, access, refresh);
    }

    SignIn rotate(OAuth2Authorization current) {
        String access = "access-" + UUID.randomUUID();
        String refresh = "refresh-" + UUID.randomUUID();
        OAuth2Authorization rotated = OAuth2Authorization.from(current)
                .token(accessToken(access))
                .refreshToken(new OAuth2RefreshToken(refresh, clock.instant(), clock.instant().plus(Duration.ofHours(8))))
                .build();
        return new SignIn(rotated, access, refresh);
    }

    OAuth2AccessToken accessToken(String value) {
        return new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, value, clock.instant(),
                clock.instant().plus(Duration.ofMinutes(15)), Set.of());
    }

    /** Neither token finds a live session: refused by this service's token check and by the refresh grant. */
    static void assertRefused(MongoAuthorizationService service, SignIn signIn) {
        OAuth2Authorization byAccess = service.findByToken(signIn.access(), OAuth2TokenType.ACCESS_TOKEN);
        assertThat(byAccess == null || byAccess.getAccessToken().isInvalidated())
                .as("the access token is refused").isTrue();
        OAuth2Authorization byRefresh = service.findByToken(signIn.refresh(), OAuth2TokenType.REFRESH_TOKEN);
        assertThat(byRefresh == null || !byRefresh.getRefreshToken().isActive())
                .as("the refresh token is refused").isTrue();
    }

    List<String> sessionList() {
        UserSessionsDocument sessions = mongo.findById(USER, UserSessionsDocument.class);
        return sessions == null || sessions.authorizationIds() == null ? List.of() : sessions.authorizationIds();
    }
}
