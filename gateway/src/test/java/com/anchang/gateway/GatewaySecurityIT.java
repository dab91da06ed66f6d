package com.anchang.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.MovingClock;
import com.anchang.support.test.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway lets through only requests with a valid access token of the platform, forwards the token
 * unchanged, and never forwards identity-looking headers a client made up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestTokens.Issuer.class)
class GatewaySecurityIT {

    static final Map<Downstreams, WireMockServer> SERVICES = Downstreams.startWireMocks();
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("u-1", "dev-1").at("office-1", "CONSULTANT");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        Downstreams.register(registry, SERVICES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().baseUrl())));
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(WireMockServer::stop);
    }

    /** The gateway's clock, set to the machine's before each test; a test moves it. */
    @TestConfiguration
    static class Clocks {

        @Bean
        MovingClock movingClock() {
            return new MovingClock(Instant.now());
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MovingClock clock;

    WebTestClient client;
    WireMockServer leads;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now());
        SERVICES.values().forEach(WireMockServer::resetAll);
        leads = SERVICES.get(Downstreams.LEAD);
        leads.stubFor(get(urlEqualTo("/api/leads/L-1")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"leadId\":\"L-1\"}")));
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "expired", "foreign-key", "garbage", "tampered", "alg-none", "basic", "empty-bearer"})
    @DisplayName("without a valid token of the platform /api/** answers 401 (problem + WWW-Authenticate) and reaches no service")
    void refusesBadTokens(String kind) {
        String header = switch (kind) {
            case "none" -> null;
            case "expired" -> "Bearer " + CONSULTANT.expiredToken();
            case "foreign-key" -> "Bearer " + CONSULTANT.foreignToken();
            case "garbage" -> "Bearer not.a.token";
            case "tampered" -> "Bearer " + tampered(CONSULTANT.token());
            case "alg-none" -> "Bearer " + unsigned(CONSULTANT.token());
            case "basic" -> "Basic dTE6cGFzc3dvcmQ=";
            default -> "Bearer ";
        };
        WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/api/leads/L-1");
        if (header != null) {
            request = request.header(HttpHeaders.AUTHORIZATION, header);
        }
        request.exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.status").isEqualTo(401);
        leads.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("a valid token is forwarded unchanged; X-User-Id, X-Office-Id, X-Roles and the like sent by the client are not")
    void forwardsTokenStripsIdentityHeaders() {
        String token = CONSULTANT.token();
        client.get().uri("/api/leads/L-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header("X-User-Id", "u-pm")
                .header("X-Office-Id", "office-2")
                .header("X-Developer-Id", "dev-2")
                .header("X-Roles", "PM,HEAD_OFFICE")
                .header("X-Anchang-Caller", "admin")
                .header("X-Forwarded-User", "admin")
                .header("X-Request-Id", "kept-1")
                .exchange()
                .expectStatus().isOk();
        List<LoggedRequest> received = leads.findAll(getRequestedFor(urlEqualTo("/api/leads/L-1")));
        assertThat(received).hasSize(1);
        LoggedRequest request = received.get(0);
        assertThat(request.getHeader(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
        assertThat(request.getAllHeaderKeys()).noneMatch(name -> name.toLowerCase().matches(
                "x-user-id|x-office-id|x-developer-id|x-roles|x-anchang-caller|x-forwarded-user"));
        assertThat(request.getHeader("X-Request-Id")).as("other headers pass").isEqualTo("kept-1");
    }

    @Test
    @DisplayName("a token accepted (and remembered) by the gateway is refused with 401 once the gateway's clock passes its expiry")
    void expiryByTheInjectedClock() {
        String token = CONSULTANT.token();
        client.get().uri("/api/leads/L-1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();

        clock.advance(Duration.ofMinutes(14));
        client.get().uri("/api/leads/L-1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();

        clock.advance(Duration.ofMinutes(3));
        client.get().uri("/api/leads/L-1").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isUnauthorized();
        leads.verify(2, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("huge headers answer 4xx, never 5xx, and reach no service")
    void hugeHeaders() {
        int status = client.get().uri("/api/leads/L-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + "a".repeat(64 * 1024))
                .exchange().returnResult(String.class).getStatus().value();
        assertThat(status).isBetween(400, 499);
        int many = client.get().uri("/api/leads/L-1")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + CONSULTANT.token())
                .header("X-Padding", "p".repeat(20 * 1024))
                .exchange().returnResult(String.class).getStatus().value();
        assertThat(many).isBetween(400, 499);
        leads.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    @DisplayName("sign-in, the sign-in page, the OpenAPI documents and health need no token")
    void openPaths() {
        client.get().uri("/sign-in").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        leads.stubFor(get(urlEqualTo("/v3/api-docs")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"openapi\":\"3.1.0\"}")));
        client.get().uri("/docs/lead/v3/api-docs").exchange().expectStatus().isOk();
        client.post().uri("/auth/sign-in").header("Content-Type", "application/json").bodyValue("{")
                .exchange().expectStatus().isBadRequest();
    }

    /** The same header and signature over a payload that claims more. */
    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"CONSULTANT\"", "\"PM\"");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
    }

    /** The same claims with {@code alg: none} and no signature. */
    private static String unsigned(String token) {
        String[] parts = token.split("\\.");
        String header = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        return header + "." + parts[1] + ".";
    }
}
