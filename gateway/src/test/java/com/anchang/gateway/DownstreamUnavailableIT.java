package com.anchang.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import com.anchang.support.test.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The gateway with every service down (nothing listens at their addresses). */
@ContextConfiguration(initializers = TestTokens.Issuer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DownstreamUnavailableIT {

    @DynamicPropertySource
    static void servicesDown(DynamicPropertyRegistry registry) {
        Map<Downstreams, String> closed = Arrays.stream(Downstreams.values())
                .collect(Collectors.toMap(Function.identity(), d -> "http://127.0.0.1:" + Downstreams.closedPort()));
        Downstreams.register(registry, closed);
    }

    @LocalServerPort
    int port;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + TestTokens.staff("u-1", "dev-1").at("office-1", "CONSULTANT").token())
                .responseTimeout(Duration.ofSeconds(10)).build();
    }

    @ParameterizedTest
    @EnumSource(Downstreams.class)
    @DisplayName("a service that is down answers 503 as an RFC 9457 problem naming that service, with Retry-After, not a 500")
    void downServiceIsNamed(Downstreams downstream) {
        client.get().uri(downstream.apiPrefix + "/X-1").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "2")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://anchang.dev/problems/unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo(downstream.service + " is unavailable")
                .jsonPath("$.service").isEqualTo(downstream.service)
                .jsonPath("$.reason").isEqualTo("unreachable")
                .jsonPath("$.instance").isEqualTo(downstream.apiPrefix + "/X-1")
                .jsonPath("$.trace").doesNotExist();
    }

    @ParameterizedTest
    @EnumSource(value = Downstreams.class, names = {"INVENTORY", "NOTIFICATION"})
    @DisplayName("a service's docs route names that service when it is down")
    void downServiceDocsAreNamed(Downstreams downstream) {
        client.get().uri("/docs/" + downstream.key + "/v3/api-docs").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").isEqualTo(downstream.service + " is unavailable");
    }

    @Test
    @DisplayName("sign-in, refresh and sign-out with identity-service down answer 503 naming it, and sign-out keeps the cookie to try again")
    void signInWithIdentityDown() {
        client.post().uri("/auth/sign-in").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"wang.fang\",\"password\":\"correct-horse-1\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist("Set-Cookie")
                .expectBody()
                .jsonPath("$.detail").isEqualTo("identity-service is unavailable")
                .jsonPath("$.service").isEqualTo("identity-service")
                .jsonPath("$.reason").isEqualTo("unreachable")
                .jsonPath("$.instance").isEqualTo("/auth/sign-in");
        client.post().uri("/auth/refresh").cookie("anchang_refresh", "R-1").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().doesNotExist("Set-Cookie");
        client.post().uri("/auth/sign-out").cookie("anchang_refresh", "R-1").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().doesNotExist("Set-Cookie");

        // measured under its own name, beside (not instead of) the gateway's http.client.requests
        String metrics = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics.lines().filter(line -> line.startsWith("anchang_identity_client_requests_seconds_count{")))
                .anySatisfy(line -> assertThat(line).contains("uri=\"/oauth2/token\"").contains("service=\"gateway\""));
    }

    @Test
    @DisplayName("an outage closes the gateway's observation of the call: its timer records it with the route")
    void outageClosesTheObservation() {
        client.get().uri("/api/leads/L-1").exchange().expectStatus().isEqualTo(503);

        // a timer records an observation only when it stops: the 503's call is counted, so it was closed
        String metrics = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics.lines().filter(line -> line.startsWith("http_client_requests_seconds_count{")))
                .anySatisfy(line -> assertThat(line).contains("spring_cloud_gateway_route_id=\"lead-service\"")
                        .contains("service=\"gateway\""));
    }
}
