package com.anchang.gateway.signin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * identity-service's OAuth2 endpoints, called as the confidential client {@code anchang-gateway}
 * ({@code client_secret_basic}): the password extension grant, the refresh grant (the refresh token
 * is rotated), and RFC 7009 revocation. Fails with {@link InvalidGrant} when identity refuses the
 * credentials or the refresh token, with {@link IdentityUnavailable} for anything else.
 */
class IdentityTokenClient {

    static final String PASSWORD_GRANT = "urn:anchang:grant-type:password";

    private static final Logger log = LoggerFactory.getLogger(IdentityTokenClient.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The tokens of one sign-in or refresh. */
    record Tokens(String accessToken, String refreshToken, long expiresIn) {
    }

    /** identity answered {@code invalid_grant}: wrong, unknown, locked or left user, or a used/expired refresh token. */
    static final class InvalidGrant extends RuntimeException {
        InvalidGrant() {
            super("invalid_grant", null, false, false);
        }
    }

    /** identity could not be reached, was too slow, or answered something the gateway cannot use. */
    static final class IdentityUnavailable extends RuntimeException {
        final boolean timedOut;

        IdentityUnavailable(String message, boolean timedOut, Throwable cause) {
            super(message, cause);
            this.timedOut = timedOut;
        }
    }

    private final WebClient web;
    private final Duration timeout;

    IdentityTokenClient(WebClient.Builder builder, String identityBaseUrl, SignInProperties properties) {
        this.timeout = properties.identityTimeout();
        String id = URLEncoder.encode(properties.clientId(), StandardCharsets.UTF_8);       // RFC 6749 2.3.1
        String secret = URLEncoder.encode(properties.clientSecret(), StandardCharsets.UTF_8);
        this.web = builder.clone()
                .baseUrl(identityBaseUrl)
                .defaultHeaders(headers -> headers.setBasicAuth(id, secret, StandardCharsets.UTF_8))
                .build();
    }

    Mono<Tokens> password(String username, String password) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", PASSWORD_GRANT);
        form.add("username", username);
        form.add("password", password);
        return token(form);
    }

    Mono<Tokens> refresh(String refreshToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken);
        return token(form);
    }

    /** RFC 7009: identity answers 200 for a token it does not know, too. */
    Mono<Void> revoke(String refreshToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("token", refreshToken);
        form.add("token_type_hint", "refresh_token");
        return call("/oauth2/revoke", form, response -> response.statusCode().is2xxSuccessful()
                ? response.releaseBody()
                : response.bodyToMono(String.class).defaultIfEmpty("")
                        .flatMap(body -> Mono.<Void>error(refused("/oauth2/revoke", response, body))))
                .then();
    }

    private Mono<Tokens> token(MultiValueMap<String, String> form) {
        return call("/oauth2/token", form, response -> response.bodyToMono(String.class).defaultIfEmpty("")
                .flatMap(body -> {
                    if (response.statusCode().is2xxSuccessful()) {
                        return Mono.just(tokens(body));
                    }
                    if (response.statusCode().value() == 400 && "invalid_grant".equals(errorOf(body))) {
                        return Mono.error(new InvalidGrant());
                    }
                    return Mono.error(refused("/oauth2/token", response, body));
                }));
    }

    private <T> Mono<T> call(String path, MultiValueMap<String, String> form,
                             java.util.function.Function<ClientResponse, Mono<T>> handler) {
        return web.post().uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromFormData(form))
                .exchangeToMono(handler)
                .timeout(timeout)
                .onErrorMap(TimeoutException.class,
                        e -> new IdentityUnavailable("identity-service did not answer within " + timeout, true, e))
                .onErrorMap(WebClientRequestException.class,
                        e -> new IdentityUnavailable("identity-service is unreachable: " + e.getMessage(), false, e));
    }

    private static Tokens tokens(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            String access = string(json, "access_token");
            String refresh = string(json, "refresh_token");
            if (access == null || access.isBlank() || refresh == null || refresh.isBlank()) {
                throw new IdentityUnavailable("identity-service answered tokens without access_token or refresh_token", false, null);
            }
            return new Tokens(access, refresh, json.path("expires_in").asLong(0));
        } catch (tools.jackson.core.JacksonException e) {
            throw new IdentityUnavailable("identity-service answered a token response that is not JSON", false, e);
        }
    }

    private static String errorOf(String body) {
        try {
            return string(JSON.readTree(body), "error");
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }

    private static String string(JsonNode json, String field) {
        JsonNode value = json == null ? null : json.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static IdentityUnavailable refused(String path, ClientResponse response, String body) {
        // e.g. invalid_client: the gateway's secret is wrong; a configuration fault, never the user's
        log.error("identity-service refused the gateway at {}: {} {}", path, response.statusCode().value(),
                body.length() > 300 ? body.substring(0, 300) : body);
        return new IdentityUnavailable("identity-service refused the gateway's request (" + response.statusCode().value() + ")", false, null);
    }
}
