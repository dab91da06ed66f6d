package com.anchang.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.clock.ClockHeader;
import com.anchang.support.clock.ClockState;
import com.anchang.support.test.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a simulated platform clock (ADR 11), the services' clock APIs stubbed: the administrator
 * reads and moves every clock through {@code /api/platform/clock} with their own token; nobody else may;
 * the clock never goes back; every answer and the sign-in page say the clock is simulated.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"anchang.clock.simulated=true", "anchang.clock.start=2027-06-01T09:00+08:00"})
@ContextConfiguration(initializers = TestTokens.Issuer.class)
class PlatformClockIT {

    static final Map<Downstreams, WireMockServer> SERVICES = Downstreams.startWireMocks();
    static final Path STATE = stateFile();
    static final TestTokens.Staff ADMIN = TestTokens.staff("u-admin", null).withRoles("PLATFORM_ADMIN");
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("u-1", "dev-1").at("office-1", "CONSULTANT");
    static final Instant START = Instant.parse("2027-06-01T01:00:00Z");

    static Path stateFile() {
        try {
            return Files.createTempDirectory("gateway-clock-").resolve("clock.properties");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        Downstreams.register(registry, SERVICES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().baseUrl())));
        registry.add("anchang.clock.state-file", STATE::toString);
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(WireMockServer::stop);
    }

    @LocalServerPort
    int port;
    WebTestClient client;

    /** Every service's clock API as the real one answers: its time, no job due, settled. */
    @BeforeEach
    void stubClockApis() {
        SERVICES.values().forEach(service -> {
            service.resetAll();
            service.stubFor(get(urlEqualTo("/api/platform/clock")).willReturn(json(
                    "{\"simulated\":true,\"now\":\"" + START + "\",\"jobs\":[{\"job\":\"sweep\",\"nextDue\":null}]}")));
            service.stubFor(put(urlEqualTo("/api/platform/clock")).willReturn(json(
                    "{\"simulated\":true,\"now\":\"" + START + "\",\"jobs\":[]}")));
            service.stubFor(post(urlEqualTo("/api/platform/clock/due-work")).willReturn(json(
                    "{\"now\":\"" + START + "\",\"ran\":[]}")));
            service.stubFor(get(urlEqualTo("/api/platform/clock/settled")).willReturn(json(
                    "{\"settled\":true,\"activity\":7,\"waitingFor\":\"\"}")));
        });
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    WebTestClient.ResponseSpec move(TestTokens.Staff who, String body) {
        return client.post().uri("/api/platform/clock").header(HttpHeaders.AUTHORIZATION, "Bearer " + who.token())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    @DisplayName("the administrator reads every process's clock; the answer says simulated, in its body and its Anchang-Clock header")
    void read() {
        client.get().uri("/api/platform/clock").header(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN.token())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches(ClockHeader.NAME, "simulated; now=2027-.*")
                .expectBody()
                .jsonPath("$.simulated").isEqualTo(true)
                .jsonPath("$.clocks.gateway").exists()
                .jsonPath("$.clocks['lead-service']").isEqualTo(START.toString())
                .jsonPath("$.clocks['identity-service']").isEqualTo(START.toString());
    }

    @Test
    @DisplayName("advance 1h moves every service's clock (with the administrator's own token), runs the due work, waits for settling, and keeps the platform's time in the state file")
    void advance() {
        String token = ADMIN.token();
        byte[] body = client.post().uri("/api/platform/clock").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"by\":\"1h\"}").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.steps").isEqualTo(1).returnResult().getResponseBody();

        Instant now = Instant.parse(new String(body).replaceAll(".*\"now\":\"([^\"]+)\".*", "$1"));
        assertThat(now).isAfterOrEqualTo(START.plus(Duration.ofHours(1))).isBefore(START.plus(Duration.ofHours(2)));
        SERVICES.values().forEach(service -> service.verify(putRequestedFor(urlEqualTo("/api/platform/clock"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo("Bearer " + token))
                .withRequestBody(matchingJsonPath("$.to", equalTo(now.toString())))));
        assertThat(ClockState.read(STATE)).hasValueSatisfying(state ->
                assertThat(state.simulated()).isAfterOrEqualTo(now).isBefore(now.plusSeconds(5)));
    }

    @Test
    @DisplayName("refused: a time before the platform's present (409 clock-backwards), bad input (400 naming the field), anyone but the administrator (403; no token 401)")
    void refusals() {
        move(ADMIN, "{\"to\":\"2027-01-01T00:00+08:00\"}").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://anchang.dev/problems/clock-backwards");
        move(ADMIN, "{\"by\":\"soon\"}").expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("by");
        move(ADMIN, "{\"by\":\"1h\",\"to\":\"2028-01-01T00:00Z\"}").expectStatus().isBadRequest();
        move(ADMIN, "{\"at\":\"2028-01-01T00:00Z\"}").expectStatus().isBadRequest().expectBody().jsonPath("$.field")
                .isEqualTo("at");
        move(CONSULTANT, "{\"by\":\"1h\"}").expectStatus().isForbidden();
        client.post().uri("/api/platform/clock").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"by\":\"1h\"}")
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    @DisplayName("a service that does not answer its clock API stops the move with 503 naming it")
    void aServiceDown() {
        SERVICES.get(Downstreams.NOTIFICATION).stubFor(get(urlEqualTo("/api/platform/clock/settled"))
                .willReturn(aResponse().withStatus(500)));

        move(ADMIN, "{\"by\":\"1m\"}").expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.service").isEqualTo("notification-service");
    }

    @Test
    @DisplayName("the sign-in page shows that the platform runs on a simulated clock")
    void signInPageBanner() {
        String page = client.get().uri("/sign-in").exchange().expectStatus().isOk()
                .expectHeader().valueMatches(ClockHeader.NAME, "simulated; now=2027-.*")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("id=\"simulated-clock\" role=\"status\">").contains("Simulated clock").contains("<time>2027-");
    }
}
