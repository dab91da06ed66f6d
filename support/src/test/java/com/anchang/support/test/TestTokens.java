package com.anchang.support.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Access tokens shaped exactly like identity-service's (RS256, iss, sub, username, developer_id,
 * office_roles, roles, certified), signed by a test key whose JWK set is served over real HTTP in the
 * test JVM, so a service under test verifies them through its real decoder: key fetch, signature,
 * issuer, expiry. Also the bad ones: expired, and signed by a key the platform does not know.
 * A {@link ServiceIntegrationTest} points {@code anchang.security.*} here (see {@link Issuer}).
 */
public final class TestTokens {

    public static final String ISSUER = "http://identity.test";

    private static final RSAKey PLATFORM_KEY = generate("test-platform-key");
    private static final RSAKey FOREIGN_KEY = generate("test-foreign-key");
    private static HttpServer jwksServer;
    /** Everyone a token was signed for, with every office role any of their tokens named. */
    private static final Map<String, Staff> SIGNED = new ConcurrentHashMap<>();

    private TestTokens() {
    }

    /** A staff member with no roles yet; add them with {@link Staff#at} and {@link Staff#withRoles}. */
    public static Staff staff(String userId, String developerId) {
        return new Staff(userId, developerId, Map.of(), Set.of());
    }

    /** Whether a token signed here named this office for staff of this developer. */
    public static boolean namedAt(String developerId, String officeId) {
        return developerId != null && SIGNED.values().stream().anyMatch(staff -> developerId.equals(staff.developerId())
                && staff.officeRoles().containsKey(officeId));
    }

    /** The URL of the test key set (started on first use, for the life of the JVM). */
    public static synchronized String jwkSetUri() {
        if (jwksServer == null) {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                byte[] body = new JWKSet(PLATFORM_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
                server.createContext("/oauth2/jwks", exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.createContext("/api/identity/users/", TestTokens::user);
                server.start();
                jwksServer = server;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return identityUrl() + "/oauth2/jwks";
    }

    /**
     * The base URL of the test identity-service: its key set, and {@code GET /api/identity/users/{id}}
     * answering, as identity-service does (its UserView), for every user a token was signed for here —
     * active, with the office roles their tokens named — and 404 for anyone else; 401 without a bearer token.
     */
    public static synchronized String identityUrl() {
        if (jwksServer == null) {
            jwkSetUri();
        }
        return "http://127.0.0.1:" + jwksServer.getAddress().getPort();
    }

    private static void user(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String userId = exchange.getRequestURI().getPath().substring("/api/identity/users/".length());
        Staff staff = SIGNED.get(userId);
        int status;
        Map<String, Object> answer = new LinkedHashMap<>();
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            status = 401;
            answer.put("title", "Unauthorized");
        } else if (staff == null) {
            status = 404;
            answer.put("title", "Not Found");
            answer.put("detail", "user " + userId + " not found");
        } else {
            status = 200;
            answer.put("userId", staff.userId());
            answer.put("username", staff.userId());
            answer.put("displayName", staff.userId());
            answer.put("developerId", staff.developerId());
            answer.put("employment", "ACTIVE");
            answer.put("certified", staff.certified());
            List<Map<String, Object>> grants = new java.util.ArrayList<>();
            staff.officeRoles().forEach((office, roles) -> roles.forEach(role -> grants.add(Map.of("officeId", office,
                    "role", role))));
            answer.put("grants", grants);
        }
        byte[] body = com.nimbusds.jose.util.JSONObjectUtils.toJSONString(answer).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /**
     * One signed-in user as a token would describe them.
     *
     * @param officeRoles office id → its roles (CONSULTANT, SALES_CONTROL, FINANCE, PM)
     * @param roles developer-level roles (HEAD_OFFICE, PLATFORM_ADMIN)
     * @param certified whether the user holds the sales certification (the token's {@code certified}; ROT-1)
     */
    public record Staff(String userId, String developerId, Map<String, Set<String>> officeRoles, Set<String> roles,
            boolean certified) {

        /** A certified user (the usual case). */
        public Staff(String userId, String developerId, Map<String, Set<String>> officeRoles, Set<String> roles) {
            this(userId, developerId, officeRoles, roles, true);
        }

        public Staff at(String officeId, String... officeRoles) {
            Map<String, Set<String>> copy = new LinkedHashMap<>(this.officeRoles);
            copy.put(officeId, Set.of(officeRoles));
            return new Staff(userId, developerId, copy, roles, certified);
        }

        public Staff withRoles(String... roles) {
            return new Staff(userId, developerId, officeRoles, Set.of(roles), certified);
        }

        /** The same user without the sales certification. */
        public Staff uncertified() {
            return new Staff(userId, developerId, officeRoles, roles, false);
        }

        /** A valid access token (15 minutes). */
        public String token() {
            Instant now = Instant.now();
            return sign(PLATFORM_KEY, now.minusSeconds(5), now.plus(Duration.ofMinutes(15)));
        }

        /** Signed by the platform's key, but expired ten minutes ago (beyond any clock-skew allowance). */
        public String expiredToken() {
            Instant now = Instant.now();
            return sign(PLATFORM_KEY, now.minus(Duration.ofMinutes(30)), now.minus(Duration.ofMinutes(10)));
        }

        /** Well-formed and unexpired, but signed by a key the platform never published. */
        public String foreignToken() {
            Instant now = Instant.now();
            return sign(FOREIGN_KEY, now.minusSeconds(5), now.plus(Duration.ofMinutes(15)));
        }

        private String sign(RSAKey key, Instant issuedAt, Instant expiresAt) {
            SIGNED.merge(userId, this, (known, now) -> {
                Map<String, Set<String>> offices = new LinkedHashMap<>(known.officeRoles());
                now.officeRoles().forEach((office, roles) -> offices.merge(office, roles, (a, b) -> {
                    Set<String> both = new java.util.HashSet<>(a);
                    both.addAll(b);
                    return Set.copyOf(both);
                }));
                return new Staff(userId, now.developerId(), offices, now.roles(), now.certified());
            });
            Map<String, Object> offices = new LinkedHashMap<>();
            officeRoles.forEach((office, list) -> offices.put(office, List.copyOf(list)));
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .subject(userId)
                    .audience("anchang-gateway")
                    .issueTime(Date.from(issuedAt))
                    .notBeforeTime(Date.from(issuedAt))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("username", userId)
                    .claim("name", userId)
                    .claim("office_roles", offices)
                    .claim("roles", List.copyOf(roles))
                    .claim("certified", certified);
            if (developerId != null) {
                claims.claim("developer_id", developerId);
            }
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                        claims.build());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Points the service under test at the test issuer and its key set. */
    public static class Issuer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-issuer", Map.of(
                    "anchang.security.issuer", ISSUER,
                    "anchang.security.jwk-set-uri", jwkSetUri(),
                    // the test identity-service a service asks about users (see identityUrl)
                    "anchang.identity.url", identityUrl())));
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
