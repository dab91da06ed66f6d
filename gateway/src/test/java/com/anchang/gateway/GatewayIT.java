package com.anchang.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import com.anchang.support.config.AnchangProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import com.anchang.support.test.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.ClassUtils;

/**
 * The gateway on a random port in front of five WireMock servers standing in for the services.
 * The response timeout is shortened so that a slow service is detected within the test.
 */
@ContextConfiguration(initializers = TestTokens.Issuer.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s")
class GatewayIT {

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

    @Autowired
    RouteLocator routes;

    @Autowired
    ApplicationContext context;

    WebTestClient client;

    @BeforeEach
    void setUp() {
        SERVICES.values().forEach(WireMockServer::resetAll);
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + TestTokens.staff("u-1", "dev-1").at("office-1", "CONSULTANT").token())
                .responseTimeout(Duration.ofSeconds(10)).build();
    }

    @ParameterizedTest
    @EnumSource(Downstreams.class)
    @DisplayName("a request under a service's API path reaches that service with path and query intact, and its answer comes back")
    void routesToTheOwningService(Downstreams downstream) {
        String pathAndQuery = downstream.apiPrefix + "/X-1/items?officeId=O-1&q=%E5%BC%A0%E4%B8%89&page=2";
        SERVICES.get(downstream).stubFor(get(urlEqualTo(pathAndQuery)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withHeader("X-Answered-By", downstream.service)
                .withBody("{\"from\":\"" + downstream.service + "\"}")));

        client.get().uri(URI.create("http://localhost:" + port + pathAndQuery)) // as sent, not encoded again
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Answered-By", downstream.service)
                .expectBody().jsonPath("$.from").isEqualTo(downstream.service);

        SERVICES.get(downstream).verify(1, getRequestedFor(urlEqualTo(pathAndQuery)));
        SERVICES.forEach((other, server) -> {
            if (other != downstream) {
                assertThat(received(server)).as("requests reaching " + other.service).isEmpty();
            }
        });
    }

    @Test
    @DisplayName("a POST reaches the service with its body, and the service's own refusal (409 problem) comes back unchanged")
    void passesBodyAndStatusBothWays() {
        String problem = """
                {"type":"https://anchang.dev/problems/rule-refused","title":"Refused by UNIT-2","status":409,\
                "detail":"unit U-7 is already reserved","rule":"UNIT-2"}""";
        SERVICES.get(Downstreams.TRANSACTION).stubFor(post(urlEqualTo("/api/deals")).willReturn(aResponse()
                .withStatus(409).withHeader("Content-Type", "application/problem+json").withBody(problem)));

        client.post().uri("/api/deals").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unitId\":\"U-7\",\"leadId\":\"L-1\"}")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json(problem);

        SERVICES.get(Downstreams.TRANSACTION).verify(1, postRequestedFor(urlEqualTo("/api/deals"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"unitId\":\"U-7\",\"leadId\":\"L-1\"}")));
    }

    @Test
    @DisplayName("a created resource comes back as 201 with its Location")
    void passesCreated() {
        SERVICES.get(Downstreams.LEAD).stubFor(post(urlEqualTo("/api/leads")).willReturn(aResponse()
                .withStatus(201).withHeader("Location", "/api/leads/L-9")
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"L-9\"}")));

        client.post().uri("/api/leads").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"王五\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/leads/L-9")
                .expectBody().jsonPath("$.id").isEqualTo("L-9");
    }

    @Test
    @DisplayName("a path no route owns answers a 404 problem and reaches no service")
    void unknownPathIsNotFound() {
        client.get().uri("/api/unknown/1").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404).jsonPath("$.detail").isEqualTo("No route for /api/unknown/1");
        client.get().uri("/api/leadsx").exchange().expectStatus().isNotFound();
        client.get().uri("/v3/api-docs").exchange().expectStatus().isNotFound();

        SERVICES.values().forEach(server -> assertThat(received(server)).isEmpty());
    }

    @Test
    @DisplayName("a service slower than the response timeout answers 503 as a problem naming it, with Retry-After")
    void slowServiceIsUnavailable() {
        SERVICES.get(Downstreams.INVENTORY).stubFor(get(urlEqualTo("/api/inventory/units/U-1"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(3_000).withBody("{}")));

        client.get().uri("/api/inventory/units/U-1").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "2")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("inventory-service is unavailable")
                .jsonPath("$.service").isEqualTo("inventory-service")
                .jsonPath("$.reason").isEqualTo("timeout")
                .jsonPath("$.instance").isEqualTo("/api/inventory/units/U-1");
    }

    @ParameterizedTest
    @EnumSource(Downstreams.class)
    @DisplayName("each service's OpenAPI document is reachable at /docs/{service}/v3/api-docs")
    void servesEachServicesApiDocs(Downstreams downstream) {
        SERVICES.get(downstream).stubFor(get(urlEqualTo("/v3/api-docs")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + downstream.service + "\"}}")));

        client.get().uri("/docs/" + downstream.key + "/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").isEqualTo("3.1.0")
                .jsonPath("$.info.title").isEqualTo(downstream.service);
    }

    @Test
    @DisplayName("a request reaches the service with a W3C traceparent, continuing the caller's trace when there is one")
    void forwardsTraceparent() {
        WireMockServer leads = SERVICES.get(Downstreams.LEAD);
        leads.stubFor(get(urlEqualTo("/api/leads/L-1")).willReturn(aResponse().withStatus(200).withBody("{}")));
        String callerTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";

        client.get().uri("/api/leads/L-1").exchange().expectStatus().isOk();
        client.get().uri("/api/leads/L-1").header("traceparent", "00-" + callerTraceId + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isOk();

        List<String> traceparents = leads.findAll(getRequestedFor(urlEqualTo("/api/leads/L-1"))).stream()
                .map(request -> request.getHeader("traceparent")).toList();
        assertThat(traceparents).hasSize(2)
                .allSatisfy(traceparent -> assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]"));
        assertThat(traceparents.get(0)).doesNotContain(callerTraceId);
        assertThat(traceparents.get(1)).startsWith("00-" + callerTraceId + "-")
                .doesNotContain("00f067aa0ba902b7"); // the gateway's own span is the parent now
    }

    @Test
    @DisplayName("readiness is UP and the Prometheus metrics carry service=\"gateway\"")
    void healthAndMetrics() {
        SERVICES.get(Downstreams.LEAD).stubFor(get(urlEqualTo("/api/leads")).willReturn(aResponse().withStatus(200)));
        client.get().uri("/api/leads").exchange().expectStatus().isOk();

        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();

        String metrics = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("service=\"gateway\"");
        // each routed call timed once, with its route (ADR 12): not again by the gateway's own metrics filter
        assertThat(metrics.lines().filter(line -> line.startsWith("http_client_requests_seconds_count{")))
                .anySatisfy(line -> assertThat(line).contains("spring_cloud_gateway_route_id=\"lead-service\"")
                        .contains("http_status_code=\"200\"").contains("service=\"gateway\""));
        assertThat(metrics).doesNotContain("spring_cloud_gateway_requests_seconds");
    }

    @Test
    @DisplayName("every route names the service it stands for, so an outage is reported for the right one")
    void everyRouteNamesItsService() {
        List<Route> all = routes.getRoutes().collectList().block(Duration.ofSeconds(5));
        // each service's API and document, and notification-service's two kinds of provider receipts
        assertThat(all).hasSize(2 * Downstreams.values().length + 2)
                .allSatisfy(route -> assertThat(route.getMetadata())
                        .containsKey("service")
                        .satisfies(metadata -> assertThat(route.getId()).startsWith(metadata.get("service").toString())));
    }

    @Test
    @DisplayName("the gateway runs reactive and takes only the shared defaults from support, not its servlet, store or broker parts")
    void reactiveWithoutStoreOrBroker() {
        assertThat(context).isInstanceOf(ReactiveWebApplicationContext.class);
        assertThat(ClassUtils.isPresent("org.springframework.web.servlet.DispatcherServlet", null)).isFalse();
        assertThat(ClassUtils.isPresent("org.springframework.data.mongodb.core.MongoTemplate", null)).isFalse();
        assertThat(ClassUtils.isPresent("org.springframework.kafka.core.KafkaTemplate", null)).isFalse();
        assertThat(context.containsBean("outbox")).isFalse();
        assertThat(context.getBeanNamesForType(AnchangProperties.class)).hasSize(1);
    }

    @Test
    @DisplayName("NOTE-3: the providers' delivery receipts reach notification-service without a platform token, "
            + "with path, query and body intact, and its answer goes back to the provider")
    void routesProviderReceipts() {
        WireMockServer notification = SERVICES.get(Downstreams.NOTIFICATION);
        String report = "[{\"biz_id\":\"9001\",\"out_id\":\"r-1\",\"success\":true}]";
        notification.stubFor(post(urlEqualTo("/callbacks/sms/alibaba?token=tok")).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"code\":0}")));
        notification.stubFor(post(urlEqualTo("/callbacks/sms/tencent?token=wrong")).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/json").withBody("{\"result\":403}")));
        String signed = "/callbacks/wechat/wx-1?signature=abc&timestamp=1765000000&nonce=42";
        notification.stubFor(get(urlEqualTo(signed + "&echostr=hello")).willReturn(aResponse().withStatus(200).withBody("hello")));
        notification.stubFor(post(urlEqualTo(signed)).willReturn(aResponse().withStatus(200).withBody("success")));
        WebTestClient provider = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();

        provider.post().uri("/callbacks/sms/alibaba?token=tok").contentType(MediaType.APPLICATION_JSON).bodyValue(report)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.code").isEqualTo(0);
        provider.post().uri("/callbacks/sms/tencent?token=wrong").contentType(MediaType.APPLICATION_JSON).bodyValue("[]")
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.result").isEqualTo(403);
        provider.get().uri(signed + "&echostr=hello").exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("hello");
        provider.post().uri(signed).contentType(MediaType.TEXT_XML).bodyValue("<xml><Event>TEMPLATESENDJOBFINISH</Event></xml>")
                .exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("success");

        notification.verify(1, postRequestedFor(urlEqualTo("/callbacks/sms/alibaba?token=tok")).withRequestBody(equalToJson(report)));
        notification.verify(1, postRequestedFor(urlEqualTo("/callbacks/sms/tencent?token=wrong")));
        notification.verify(1, getRequestedFor(urlEqualTo(signed + "&echostr=hello")));
        notification.verify(1, postRequestedFor(urlEqualTo(signed))
                .withRequestBody(equalTo("<xml><Event>TEMPLATESENDJOBFINISH</Event></xml>")));
    }

    @Test
    @DisplayName("NOTE-3: a /callbacks request a provider would not send (no token, no WeChat signature, another path "
            + "or method) is refused 404 at the gateway and reaches no service")
    void refusesOtherCallbacks() {
        WebTestClient stranger = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        String wechat = "/callbacks/wechat/wx-1?signature=abc&timestamp=1765000000&nonce=42";

        stranger.post().uri("/callbacks/sms/alibaba").contentType(MediaType.APPLICATION_JSON).bodyValue("[]")
                .exchange().expectStatus().isNotFound();
        stranger.get().uri("/callbacks/sms/alibaba?token=tok").exchange().expectStatus().isNotFound();
        stranger.post().uri("/callbacks/sms/other?token=tok").contentType(MediaType.APPLICATION_JSON).bodyValue("[]")
                .exchange().expectStatus().isNotFound();
        stranger.post().uri("/callbacks/wechat/wx-1?timestamp=1765000000&nonce=42").bodyValue("<xml/>")
                .exchange().expectStatus().isNotFound();
        stranger.put().uri(wechat).bodyValue("<xml/>").exchange().expectStatus().isNotFound();
        stranger.post().uri("/callbacks/wechat/wx-1/more?signature=abc&timestamp=1765000000&nonce=42").bodyValue("<xml/>")
                .exchange().expectStatus().isNotFound();
        stranger.get().uri("/callbacks/anything").exchange().expectStatus().isNotFound();

        SERVICES.values().forEach(server -> assertThat(received(server)).isEmpty());
    }

    private static List<LoggedRequest> received(WireMockServer server) {
        return server.findAll(anyRequestedFor(anyUrl()));
    }
}
