package com.anchang.gateway;

import com.anchang.support.clock.ClockHeader;
import com.anchang.support.test.TestTokens;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** On its production settings the gateway has no platform clock: /api/platform/clock answers 404, no answer says simulated. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestTokens.Issuer.class)
class PlatformClockAbsentIT {

    static final Map<Downstreams, WireMockServer> SERVICES = Downstreams.startWireMocks();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        Downstreams.register(registry, SERVICES.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().baseUrl())));
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(WireMockServer::stop);
    }

    @LocalServerPort
    int port;

    @Test
    @DisplayName("production settings: GET and POST /api/platform/clock answer 404 to the platform administrator; no Anchang-Clock header; no banner on the sign-in page")
    void noPlatformClock() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
        String token = TestTokens.staff("u-admin", null).withRoles("PLATFORM_ADMIN").token();

        client.get().uri("/api/platform/clock").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isNotFound()
                .expectHeader().doesNotExist(ClockHeader.NAME);
        client.post().uri("/api/platform/clock").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.CONTENT_TYPE, "application/json").bodyValue("{\"by\":\"7d\"}").exchange()
                .expectStatus().isNotFound();
        client.get().uri("/sign-in").exchange().expectStatus().isOk()
                .expectBody(String.class).value(page -> org.assertj.core.api.Assertions.assertThat(page)
                        .contains("id=\"simulated-clock\" role=\"status\" hidden"));
    }
}
