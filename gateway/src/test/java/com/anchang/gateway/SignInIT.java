package com.anchang.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The browser sign-in at the gateway, with WireMock standing in for identity-service's OAuth2 token
 * and revocation endpoints. Every test signs in from its own client address (X-Forwarded-For) and
 * with its own usernames, so that the in-memory rate limits of one test do not reach another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "anchang.gateway.client-secret=it-secret/with:odd chars",
        "anchang.gateway.identity-timeout=1s",
        "anchang.gateway.sign-in-rate-limit.per-account=3",
        "anchang.gateway.sign-in-rate-limit.per-address=5",
        "anchang.gateway.sign-in-rate-limit.trust-forwarded-for=true"})
class SignInIT {

    static final WireMockServer IDENTITY = new WireMockServer(WireMockConfiguration.options()
            .dynamicPort().bindAddress("127.0.0.1").containerThreads(8).jettyAcceptors(1));
    static final String COOKIE = "anchang_refresh";
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    static {
        IDENTITY.start();
    }

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        registry.add("anchang.services.identity", IDENTITY::baseUrl);
    }

    @AfterAll
    static void stopIdentity() {
        IDENTITY.stop();
    }

    @LocalServerPort
    int port;

    WebTestClient client;
    String address;

    @BeforeEach
    void setUp() {
        IDENTITY.resetAll();
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
        address = "198.51.100." + ADDRESSES.incrementAndGet();
    }

    @Test
    @DisplayName("sign-in exchanges the credentials at identity with the client secret, answers the access token and keeps the refresh token in an HttpOnly SameSite=Strict cookie on /auth")
    void signInSucceeds() {
        stubPasswordGrant("wang.fang", "correct-horse-1", tokens(jwt("wang.fang"), "R-1"));

        client.post().uri("/auth/sign-in").header("X-Forwarded-For", address + ", 10.0.0.1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"wang.fang\",\"password\":\"correct-horse-1\"}")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectCookie().valueEquals(COOKIE, "R-1")
                .expectCookie().httpOnly(COOKIE, true)
                .expectCookie().sameSite(COOKIE, "Strict")
                .expectCookie().path(COOKIE, "/auth")
                .expectCookie().secure(COOKIE, true)
                .expectCookie().maxAge(COOKIE, Duration.ofHours(8))
                .expectBody()
                .jsonPath("$.username").isEqualTo("wang.fang")
                .jsonPath("$.expiresIn").isEqualTo(900)
                .jsonPath("$.accessToken").isEqualTo(jwt("wang.fang"))
                .jsonPath("$.refreshToken").doesNotExist();

        IDENTITY.verify(1, postRequestedFor(urlEqualTo("/oauth2/token"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(basic("anchang-gateway", "it-secret%2Fwith%3Aodd+chars")))
                .withHeader(HttpHeaders.CONTENT_TYPE, containing("application/x-www-form-urlencoded"))
                .withFormParam("grant_type", equalTo("urn:anchang:grant-type:password"))
                .withFormParam("username", equalTo("wang.fang"))
                .withFormParam("password", equalTo("correct-horse-1"))
                .withHeader("traceparent", matching("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")));
    }

    @Test
    @DisplayName("refused credentials (identity's invalid_grant) answer 401 with one generic message and set no cookie")
    void invalidGrantIsGeneric401() {
        IDENTITY.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(invalidGrant()));

        for (String username : new String[] {"known.user", "nobody.at.all"}) {
            client.post().uri("/auth/sign-in").header("X-Forwarded-For", address)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"username\":\"" + username + "\",\"password\":\"wrong-password\"}")
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(401)
                    .jsonPath("$.type").isEqualTo("https://anchang.dev/problems/sign-in-failed")
                    .jsonPath("$.detail").isEqualTo("sign-in failed")
                    .jsonPath("$.username").doesNotExist();
        }
    }

    @Test
    @DisplayName("identity slower than the timeout, or refusing the gateway's own client credentials, answers 503 naming identity-service")
    void identityUnusableIs503() {
        IDENTITY.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(aResponse().withFixedDelay(2_500)
                .withStatus(200).withHeader("Content-Type", "application/json").withBody(tokens(jwt("slow"), "R-9"))));
        signIn("slow.user", "whatever-pass").expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE)
                .expectBody()
                .jsonPath("$.detail").isEqualTo("identity-service is unavailable")
                .jsonPath("$.service").isEqualTo("identity-service")
                .jsonPath("$.reason").isEqualTo("timeout");

        IDENTITY.resetAll();
        IDENTITY.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"invalid_client\"}")));
        signIn("other.user", "whatever-pass").expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("identity-service");
    }

    @Test
    @DisplayName("refresh sends the cookie's refresh token, stores the rotated one and answers a new access token; two tabs share one rotation; a refused one clears the cookie")
    void refreshRotatesTheCookie() {
        IDENTITY.stubFor(post(urlEqualTo("/oauth2/token"))
                .withFormParam("grant_type", equalTo("refresh_token"))
                .withFormParam("refresh_token", equalTo("R-1"))
                .willReturn(json(tokens(jwt("li.lei"), "R-2"))));

        client.post().uri("/auth/refresh").cookie(COOKIE, "R-1").exchange()
                .expectStatus().isOk()
                .expectCookie().valueEquals(COOKIE, "R-2")
                .expectCookie().httpOnly(COOKIE, true)
                .expectCookie().sameSite(COOKIE, "Strict")
                .expectCookie().path(COOKIE, "/auth")
                .expectBody()
                .jsonPath("$.username").isEqualTo("li.lei")
                .jsonPath("$.accessToken").isEqualTo(jwt("li.lei"))
                .jsonPath("$.expiresIn").isEqualTo(900);
        IDENTITY.verify(1, postRequestedFor(urlEqualTo("/oauth2/token"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(basic("anchang-gateway", "it-secret%2Fwith%3Aodd+chars"))));

        // a second tab with the same cookie at the same moment: the same rotation, identity is not asked again
        client.post().uri("/auth/refresh").cookie(COOKIE, "R-1").exchange()
                .expectStatus().isOk()
                .expectCookie().valueEquals(COOKIE, "R-2");
        IDENTITY.verify(1, postRequestedFor(urlEqualTo("/oauth2/token")));

        // a token identity refuses (used long ago, revoked): the session is over
        IDENTITY.stubFor(post(urlEqualTo("/oauth2/token"))
                .withFormParam("refresh_token", equalTo("R-0")).willReturn(invalidGrant()));
        client.post().uri("/auth/refresh").cookie(COOKIE, "R-0").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectCookie().valueEquals(COOKIE, "")
                .expectCookie().maxAge(COOKIE, Duration.ZERO)
                .expectBody().jsonPath("$.type").isEqualTo("https://anchang.dev/problems/not-signed-in");

        client.post().uri("/auth/refresh").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("not signed in");
        IDENTITY.verify(2, postRequestedFor(urlEqualTo("/oauth2/token")));
    }

    @Test
    @DisplayName("sign-out revokes the refresh token at identity with the client secret and clears the cookie")
    void signOutRevokesAndClears() {
        IDENTITY.stubFor(post(urlEqualTo("/oauth2/revoke")).willReturn(aResponse().withStatus(200)));

        client.post().uri("/auth/sign-out").cookie(COOKIE, "R-2").exchange()
                .expectStatus().isNoContent()
                .expectCookie().valueEquals(COOKIE, "")
                .expectCookie().maxAge(COOKIE, Duration.ZERO)
                .expectCookie().path(COOKIE, "/auth");

        IDENTITY.verify(1, postRequestedFor(urlEqualTo("/oauth2/revoke"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(basic("anchang-gateway", "it-secret%2Fwith%3Aodd+chars")))
                .withFormParam("token", equalTo("R-2"))
                .withFormParam("token_type_hint", equalTo("refresh_token")));

        // without a cookie there is nothing to revoke: still 204
        client.post().uri("/auth/sign-out").exchange().expectStatus().isNoContent();
        IDENTITY.verify(1, postRequestedFor(urlEqualTo("/oauth2/revoke")));
    }

    @Test
    @DisplayName("over the per-account limit sign-in answers 429 with Retry-After without asking identity, while another account still signs in")
    void perAccountLimit() {
        IDENTITY.stubFor(post(urlEqualTo("/oauth2/token")).withFormParam("username", equalTo("zhao.lei"))
                .willReturn(invalidGrant()));
        stubPasswordGrant("qian.li", "right-password", tokens(jwt("qian.li"), "R-Q"));

        for (int attempt = 1; attempt <= 3; attempt++) { // each from its own address: only the account limit counts
            client.post().uri("/auth/sign-in").header("X-Forwarded-For", "203.0.113." + attempt)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"username\":\"zhao.lei\",\"password\":\"guess-" + attempt + "\"}")
                    .exchange().expectStatus().isUnauthorized();
        }
        String retryAfter = signIn("ZHAO.LEI", "guess-4") // the same account, spelt differently
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://anchang.dev/problems/too-many-attempts")
                .jsonPath("$.limit").isEqualTo("account")
                .returnResult().getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER);
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        IDENTITY.verify(3, postRequestedFor(urlEqualTo("/oauth2/token")).withFormParam("username", equalTo("zhao.lei")));
        IDENTITY.verify(0, postRequestedFor(urlEqualTo("/oauth2/token")).withFormParam("username", equalTo("ZHAO.LEI")));

        signIn("qian.li", "right-password").expectStatus().isOk()
                .expectBody().jsonPath("$.username").isEqualTo("qian.li");
    }

    @Test
    @DisplayName("over the per-address limit sign-in answers 429 with Retry-After for any account from that address, not from another")
    void perAddressLimit() {
        IDENTITY.stubFor(post(urlEqualTo("/oauth2/token")).willReturn(invalidGrant()));

        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("sprayed" + attempt, "password-1").expectStatus().isUnauthorized();
        }
        signIn("sprayed6", "password-1")
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.limit").isEqualTo("address");
        IDENTITY.verify(5, postRequestedFor(urlEqualTo("/oauth2/token")));

        client.post().uri("/auth/sign-in").header("X-Forwarded-For", "192.0.2.200")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"sprayed6\",\"password\":\"password-1\"}")
                .exchange().expectStatus().isUnauthorized();
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("{\"password\":\"p-123456789\"}", "username"),
                Arguments.of("{\"username\":\"  \",\"password\":\"p-123456789\"}", "username"),
                Arguments.of("{\"username\":\"a\"}", "password"),
                Arguments.of("{\"username\":\"a\",\"password\":12345}", "password"),
                Arguments.of("{\"username\":\"a\",\"password\":\"p\",\"admin\":true}", "admin"),
                Arguments.of("{\"username\":\"a\",", "body"),
                Arguments.of("[1,2]", "body"),
                Arguments.of("", "body"),
                Arguments.of("{\"username\":\"" + "x".repeat(64 * 1024) + "\",\"password\":\"p\"}", "body"),
                Arguments.of("{\"username\":\"" + "x".repeat(101) + "\",\"password\":\"p\"}", "username"));
    }

    @ParameterizedTest
    @MethodSource("badInput")
    @DisplayName("bad input (missing or wrong fields, malformed JSON, a huge body) answers 400 naming the field and reaches no one")
    void badInputNamesTheField(String body, String field) {
        client.post().uri("/auth/sign-in").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://anchang.dev/problems/invalid-input")
                .jsonPath("$.field").isEqualTo(field);
        assertThat(IDENTITY.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @DisplayName("a sign-in that is not JSON (such as a cross-site HTML form post) is refused with 415")
    void formPostIsRefused() {
        client.post().uri("/auth/sign-in").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("username=a&password=b")
                .exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(IDENTITY.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @DisplayName("the sign-in page is served at /sign-in with its form (Chinese and English labels), and / leads there")
    void servesTheSignInPage() {
        String page = client.get().uri("/sign-in").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().exists("Content-Security-Policy")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<form id=\"sign-in-form\"", "id=\"username\"", "id=\"password\"",
                "type=\"password\"", "用户名", "Username", "密码", "Password", "src=\"/sign-in.js\"");

        String script = client.get().uri("/sign-in.js").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/javascript"))
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(script).contains("'/auth/sign-in'", "application/json", "JSON.stringify");

        client.get().uri("/").exchange()
                .expectStatus().isSeeOther()
                .expectHeader().location("/sign-in");
    }

    private WebTestClient.ResponseSpec signIn(String username, String password) {
        return client.post().uri("/auth/sign-in").header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .exchange();
    }

    private static void stubPasswordGrant(String username, String password, String answer) {
        IDENTITY.stubFor(post(urlEqualTo("/oauth2/token"))
                .withFormParam("grant_type", equalTo("urn:anchang:grant-type:password"))
                .withFormParam("username", equalTo(username))
                .withFormParam("password", equalTo(password))
                .willReturn(json(answer)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json;charset=UTF-8").withBody(body);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder invalidGrant() {
        return aResponse().withStatus(400).withHeader("Content-Type", "application/json;charset=UTF-8")
                .withBody("{\"error\":\"invalid_grant\"}");
    }

    static String tokens(String accessToken, String refreshToken) {
        return "{\"access_token\":\"" + accessToken + "\",\"refresh_token\":\"" + refreshToken
                + "\",\"token_type\":\"Bearer\",\"expires_in\":900,\"scope\":\"\"}";
    }

    /** A JWT as identity issues it (the gateway reads only the username claim, for display). */
    static String jwt(String username) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"U-1\",\"username\":\"" + username + "\",\"aud\":\"anchang-gateway\"}")
                        .getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
