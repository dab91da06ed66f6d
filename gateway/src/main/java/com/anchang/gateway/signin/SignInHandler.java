package com.anchang.gateway.signin;

import com.anchang.gateway.config.DownstreamUnavailableFilter;
import com.anchang.gateway.config.ProblemErrorHandler;
import com.anchang.gateway.signin.FixedWindowRateLimiter.Decision;
import com.anchang.gateway.signin.IdentityTokenClient.IdentityUnavailable;
import com.anchang.gateway.signin.IdentityTokenClient.InvalidGrant;
import com.anchang.gateway.signin.IdentityTokenClient.Tokens;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The browser's sign-in at the gateway (a backend-for-frontend, ADR 5): the browser posts its
 * credentials here, the gateway exchanges them at identity-service with its client secret, answers the
 * access token and keeps the refresh token in an HttpOnly, SameSite=Strict cookie scoped to
 * {@code /auth}, so page scripts never see it and only these endpoints receive it.
 * <ul>
 *   <li>{@code POST /auth/sign-in} {@code {username, password}} → 200 {@code {username, expiresIn, accessToken}};
 *       refused credentials (wrong, unknown, locked — identity does not say which) → 401 "sign-in failed";
 *       too many attempts for the account or from the address → 429 with Retry-After.</li>
 *   <li>{@code POST /auth/refresh} → a new access token, the rotated refresh token in the cookie.</li>
 *   <li>{@code POST /auth/sign-out} → the refresh token revoked at identity, the cookie cleared, 204.</li>
 * </ul>
 * identity-service down or too slow → 503 naming it. Bad input → 400 naming the field.
 */
class SignInHandler {

    static final int MAX_BODY_BYTES = 8 * 1024;
    static final int MAX_USERNAME_LENGTH = 100;
    static final int MAX_PASSWORD_LENGTH = 256;
    static final int MAX_COOKIE_LENGTH = 4096;
    private static final Set<String> FIELDS = Set.of("username", "password");
    private static final String IDENTITY = "identity-service";
    private static final String AUTH_PATH = "/auth";

    private static final Logger log = LoggerFactory.getLogger(SignInHandler.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdentityTokenClient identity;
    private final SignInProperties.RefreshCookie cookie;
    private final FixedWindowRateLimiter perAccount;
    private final FixedWindowRateLimiter perAddress;
    private final boolean trustForwardedFor;
    private final RecentRefreshes recentRefreshes;

    SignInHandler(IdentityTokenClient identity, SignInProperties properties, Clock clock) {
        this.identity = identity;
        this.cookie = properties.refreshCookie();
        SignInProperties.RateLimit limit = properties.signInRateLimit();
        this.perAccount = new FixedWindowRateLimiter(limit.perAccount(), limit.window(), limit.maxKeys(), clock);
        this.perAddress = new FixedWindowRateLimiter(limit.perAddress(), limit.window(), limit.maxKeys(), clock);
        this.trustForwardedFor = limit.trustForwardedFor();
        this.recentRefreshes = new RecentRefreshes(properties.refreshGrace(), limit.maxKeys(), clock);
    }

    Mono<ServerResponse> signIn(ServerRequest request) {
        MediaType contentType = request.headers().contentType().orElse(null);
        if (contentType == null || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            // a cross-site HTML form cannot send application/json without a CORS preflight
            return problem(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                    "send the credentials as application/json", Map.of());
        }
        return DataBufferUtils.join(request.body(BodyExtractors.toDataBuffers()), MAX_BODY_BYTES)
                .map(SignInHandler::utf8)
                .defaultIfEmpty("")
                .flatMap(body -> {
                    Credentials credentials;
                    try {
                        credentials = Credentials.parse(body);
                    } catch (InvalidField invalid) {
                        return invalid(request, invalid.field, invalid.getMessage());
                    }
                    return limited(request, credentials).switchIfEmpty(Mono.defer(() -> exchange(request, credentials)));
                })
                .onErrorResume(DataBufferLimitException.class, tooBig -> invalid(request, "body",
                        "is larger than " + MAX_BODY_BYTES + " bytes"));
    }

    Mono<ServerResponse> refresh(ServerRequest request) {
        String refreshToken = refreshToken(request);
        if (refreshToken == null) {
            return notSignedIn(request, "not signed in");
        }
        return recentRefreshes.refresh(refreshToken, identity::refresh)
                .flatMap(tokens -> signedIn(tokens, usernameIn(tokens.accessToken(), null)))
                .onErrorResume(InvalidGrant.class, refused -> notSignedIn(request, "the session has ended; sign in again"))
                .onErrorResume(IdentityUnavailable.class, down -> unavailable(request, down));
    }

    Mono<ServerResponse> signOut(ServerRequest request) {
        String refreshToken = refreshToken(request);
        Mono<Void> revoked = refreshToken == null ? Mono.empty() : identity.revoke(refreshToken);
        return revoked
                .then(Mono.defer(() -> ServerResponse.noContent().cookie(clearedCookie()).build()))
                // the cookie stays, so that signing out can be tried again once identity answers
                .onErrorResume(IdentityUnavailable.class, down -> unavailable(request, down));
    }

    private Mono<ServerResponse> exchange(ServerRequest request, Credentials credentials) {
        return identity.password(credentials.username(), credentials.password())
                .flatMap(tokens -> signedIn(tokens, usernameIn(tokens.accessToken(), credentials.username())))
                .onErrorResume(InvalidGrant.class, refused -> {
                    log.info("sign-in refused by identity-service for a user from {}", clientAddress(request));
                    return problem(request, HttpStatus.UNAUTHORIZED, "sign-in-failed", "Sign-in failed",
                            "sign-in failed", Map.of());
                })
                .onErrorResume(IdentityUnavailable.class, down -> unavailable(request, down));
    }

    /** Empty when the attempt may go ahead; the 429 otherwise. Every attempt counts, successful or not. */
    private Mono<ServerResponse> limited(ServerRequest request, Credentials credentials) {
        String address = clientAddress(request);
        Decision byAddress = perAddress.tryAcquire(address);
        if (!byAddress.allowed()) {
            log.warn("sign-in attempts from {} over the per-address limit", address);
            return tooMany(request, byAddress, "address");
        }
        Decision byAccount = perAccount.tryAcquire(credentials.username().toLowerCase(Locale.ROOT));
        if (!byAccount.allowed()) {
            log.warn("sign-in attempts for one account over the per-account limit (last from {})", address);
            return tooMany(request, byAccount, "account");
        }
        return Mono.empty();
    }

    private Mono<ServerResponse> tooMany(ServerRequest request, Decision decision, String limit) {
        long seconds = Math.max(1, (decision.retryAfter().toMillis() + 999) / 1000);
        return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problemDetail(request, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                        "too many sign-in attempts; try again in " + seconds + " seconds",
                        Map.of("limit", limit, "retryAfterSeconds", seconds)));
    }

    private Mono<ServerResponse> signedIn(Tokens tokens, String username) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("expiresIn", tokens.expiresIn());
        body.put("accessToken", tokens.accessToken());
        return ServerResponse.ok()
                .cacheControl(CacheControl.noStore())
                .cookie(refreshCookie(tokens.refreshToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body);
    }

    private ResponseCookie refreshCookie(String value) {
        return ResponseCookie.from(cookie.name(), value)
                .httpOnly(true).secure(cookie.secure()).sameSite("Strict").path(AUTH_PATH)
                .maxAge(cookie.maxAge())
                .build();
    }

    private ResponseCookie clearedCookie() {
        return ResponseCookie.from(cookie.name(), "")
                .httpOnly(true).secure(cookie.secure()).sameSite("Strict").path(AUTH_PATH)
                .maxAge(Duration.ZERO)
                .build();
    }

    private String refreshToken(ServerRequest request) {
        HttpCookie value = request.cookies().getFirst(cookie.name());
        if (value == null || value.getValue().isBlank() || value.getValue().length() > MAX_COOKIE_LENGTH) {
            return null;
        }
        return value.getValue();
    }

    private Mono<ServerResponse> notSignedIn(ServerRequest request, String detail) {
        return ServerResponse.status(HttpStatus.UNAUTHORIZED)
                .cookie(clearedCookie())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problemDetail(request, HttpStatus.UNAUTHORIZED, "not-signed-in", "Not signed in", detail, Map.of()));
    }

    private Mono<ServerResponse> unavailable(ServerRequest request, IdentityUnavailable down) {
        log.warn("answering 503 for {} {}: {}", request.method(), request.path(), down.getMessage());
        ProblemDetail problem = DownstreamUnavailableFilter.problem(IDENTITY, down.timedOut, request.path());
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem);
    }

    private Mono<ServerResponse> invalid(ServerRequest request, String field, String message) {
        return problem(request, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", field + " " + message,
                Map.of("field", field));
    }

    private Mono<ServerResponse> problem(ServerRequest request, HttpStatus status, String type, String title,
                                         String detail, Map<String, Object> properties) {
        return ServerResponse.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problemDetail(request, status, type, title, detail, properties));
    }

    private static ProblemDetail problemDetail(ServerRequest request, HttpStatus status, String type, String title,
                                               String detail, Map<String, Object> properties) {
        return ProblemErrorHandler.problem(status, type, title, detail, request.path(), properties);
    }

    private String clientAddress(ServerRequest request) {
        return clientAddress(request, trustForwardedFor);
    }

    /**
     * The peer address; the first hop of X-Forwarded-For instead only when trusted (the gateway sits
     * behind a proxy or load balancer that sets it — without one a client could choose its own value).
     */
    static String clientAddress(ServerRequest request, boolean trustForwardedFor) {
        String forwarded = trustForwardedFor ? request.headers().firstHeader("X-Forwarded-For") : null;
        if (forwarded != null) {
            String first = forwarded.split(",", 2)[0].trim();
            if (!first.isEmpty()) {
                return first.length() > 64 ? first.substring(0, 64) : first;
            }
        }
        return request.remoteAddress()
                .map(InetSocketAddress::getAddress)
                .map(address -> address.getHostAddress())
                .orElse("unknown");
    }

    /** The {@code username} claim of the JWT identity issued (for display only; the services verify tokens). */
    static String usernameIn(String accessToken, String fallback) {
        String[] parts = accessToken.split("\\.");
        if (parts.length != 3) {
            return fallback;
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode username = claims.get("username");
            return username != null && username.isString() ? username.asString() : fallback;
        } catch (IllegalArgumentException | JacksonException notAJwt) {
            return fallback;
        }
    }

    private static String utf8(DataBuffer buffer) {
        try {
            return buffer.toString(StandardCharsets.UTF_8);
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** The sign-in form, checked field by field. */
    record Credentials(String username, String password) {

        static Credentials parse(String body) {
            if (body.isBlank()) {
                throw new InvalidField("body", "is required: {\"username\": ..., \"password\": ...}");
            }
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (JacksonException malformed) {
                throw new InvalidField("body", "is not valid JSON");
            }
            if (json == null || !json.isObject()) {
                throw new InvalidField("body", "must be a JSON object with username and password");
            }
            for (String name : json.propertyNames()) {
                if (!FIELDS.contains(name)) {
                    throw new InvalidField(name, "is not a known field");
                }
            }
            String username = text(json, "username", MAX_USERNAME_LENGTH).strip();
            if (username.isEmpty()) {
                throw new InvalidField("username", "is required");
            }
            String password = text(json, "password", MAX_PASSWORD_LENGTH);
            return new Credentials(username, password);
        }

        private static String text(JsonNode json, String field, int maxLength) {
            JsonNode value = json.get(field);
            if (value == null || value.isNull()) {
                throw new InvalidField(field, "is required");
            }
            if (!value.isString()) {
                throw new InvalidField(field, "must be a string");
            }
            String text = value.asString();
            if (text.isEmpty()) {
                throw new InvalidField(field, "is required");
            }
            if (text.length() > maxLength) {
                throw new InvalidField(field, "is longer than " + maxLength + " characters");
            }
            return text;
        }

        @Override
        public String toString() {
            return "Credentials[username=" + username + ", password=***]";
        }
    }

    static final class InvalidField extends RuntimeException {
        final String field;

        InvalidField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }
}
