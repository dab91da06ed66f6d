package com.anchang.gateway.signin;

import com.anchang.support.clock.SecurityClock;
import com.anchang.support.clock.SimulatedClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import io.micrometer.observation.ObservationRegistry;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The browser sign-in at the gateway: {@code /auth/sign-in}, {@code /auth/refresh}, {@code /auth/sign-out}
 * and the page at {@code /sign-in} ({@code /} redirects there). These routes are answered by the gateway
 * itself (router functions run before the gateway's route mapping); the {@code /api/**} routes are unchanged.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInProperties.class)
class SignInConfiguration {

    /** Calls from the sign-in endpoints to identity-service, in Prometheus {@code anchang_identity_client_requests_seconds}. */
    static final String IDENTITY_CLIENT_METRIC = "anchang.identity.client.requests";
    private static final String CLOCK_BANNER = "<p id=\"simulated-clock\" role=\"status\" hidden></p>";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);
    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("text/javascript;charset=UTF-8");
    private static final String PAGE_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    IdentityTokenClient identityTokenClient(@Value("${anchang.services.identity}") String identityBaseUrl,
                                            SignInProperties properties,
                                            ObjectProvider<ObservationRegistry> observations) {
        // observed, so that the call carries the caller's trace (traceparent) to identity-service; under its
        // own metric name: the gateway's routing already owns http.client.requests with other tags, and
        // Prometheus keeps only one tag set per name
        WebClient.Builder builder = WebClient.builder()
                .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
                .observationConvention(new DefaultClientRequestObservationConvention(IDENTITY_CLIENT_METRIC));
        return new IdentityTokenClient(builder, identityBaseUrl, properties);
    }

    @Bean
    SignInHandler signInHandler(IdentityTokenClient identity, SignInProperties properties, SecurityClock clock) {
        // rate limits and refresh grace are security: the machine's time under a simulated clock (ADR 11)
        return new SignInHandler(identity, properties, clock.clock());
    }

    @Bean
    RouterFunction<ServerResponse> signInRoutes(SignInHandler handler, Clock clock) throws IOException {
        Resource page = new ClassPathResource("static/sign-in.html");
        Resource script = new ClassPathResource("static/sign-in.js");
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        return RouterFunctions.route()
                .POST("/auth/sign-in", handler::signIn)
                .POST("/auth/refresh", handler::refresh)
                .POST("/auth/sign-out", handler::signOut)
                .GET("/sign-in", request -> ServerResponse.ok().contentType(HTML)
                        .cacheControl(CacheControl.noCache())
                        .header("Content-Security-Policy", PAGE_POLICY)
                        .header("X-Content-Type-Options", "nosniff")
                        .bodyValue(clock instanceof SimulatedClock ? withClockBanner(html, clock) : page))
                .GET("/sign-in.js", request -> ServerResponse.ok().contentType(JAVASCRIPT)
                        .cacheControl(CacheControl.noCache())
                        .header("X-Content-Type-Options", "nosniff")
                        .bodyValue(script))
                .GET("/", request -> ServerResponse.seeOther(URI.create("/sign-in")).build())
                .build();
    }

    /** On a simulated clock the sign-in page says so, with the platform's time (ADR 11). */
    static String withClockBanner(String html, Clock clock) {
        return html.replace(CLOCK_BANNER, "<p id=\"simulated-clock\" role=\"status\">模拟时钟 Simulated clock: this platform"
                + " runs on simulated business time (training / demonstration), now <time>" + clock.instant()
                + "</time></p>");
    }
}
