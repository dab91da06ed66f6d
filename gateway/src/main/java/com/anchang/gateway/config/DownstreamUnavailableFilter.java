package com.anchang.gateway.config;

import io.micrometer.observation.Observation;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * When the service behind a route cannot be reached or does not answer in time, the caller gets a
 * 503 RFC 9457 problem naming that service ("inventory-service is unavailable") with {@code Retry-After},
 * instead of the gateway's 500 (connection refused) or 504 (response timeout). The service comes from the route's
 * {@value #SERVICE} metadata, so every route answers for its own service. Errors the downstream
 * itself answers (its own 4xx/5xx) pass through untouched: they are responses, not failures.
 */
public class DownstreamUnavailableFilter implements GlobalFilter, Ordered {

    /** Route metadata key naming the service behind the route. */
    public static final String SERVICE = "service";

    /** ObservedResponseHttpHeadersFilter.OBSERVATION_STOPPED (package-private there). */
    private static final String OBSERVATION_STOPPED = "gateway.observation.stopped";

    static final URI TYPE = URI.create("https://anchang.dev/problems/unavailable");
    /** When to try again, as the services say it of their own 503s (ADR 34): a restart or a link back takes seconds. */
    static final String RETRY_AFTER_SECONDS = "2";

    private static final Logger log = LoggerFactory.getLogger(DownstreamUnavailableFilter.class);

    private final ServerResponse.Context context;

    public DownstreamUnavailableFilter(ServerCodecConfigurer codecs) {
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return codecs.getWriters();
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange).onErrorResume(
                error -> isUnavailable(error) && !exchange.getResponse().isCommitted(),
                error -> answerUnavailable(exchange, error));
    }

    /** Runs around every other filter, so it sees the failures of the routing filter at the end of the chain. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    private Mono<Void> answerUnavailable(ServerWebExchange exchange, Throwable error) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String service = serviceOf(route);
        boolean timedOut = isTimeout(error);
        log.warn("answering 503 for {} {}: {} {} ({})", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), service, timedOut ? "timed out" : "is unreachable", rootCause(error).toString());
        stopObservation(exchange, error);
        ProblemDetail problem = problem(service, timedOut, exchange.getRequest().getPath().value());
        return ServerResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problem)
                .flatMap(response -> response.writeTo(exchange, context));
    }

    /**
     * The gateway's observation of the downstream call (its span and active-request timer) is stopped
     * by the response filter, or by Spring Cloud Gateway's exception handler when the error reaches it.
     * This error ends here, so it is stopped here, with the error, as that handler would.
     */
    private static void stopObservation(ServerWebExchange exchange, Throwable error) {
        Observation observation = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_OBSERVATION_ATTR);
        if (observation != null && exchange.getAttribute(OBSERVATION_STOPPED) == null) {
            observation.error(error);
            observation.stop();
            exchange.getAttributes().put(OBSERVATION_STOPPED, "true");
        }
    }

    public static ProblemDetail problem(String service, boolean timedOut, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                service + " is unavailable");
        problem.setType(TYPE);
        problem.setTitle("Temporarily unavailable");
        try {
            problem.setInstance(URI.create(path));
        } catch (IllegalArgumentException notAUri) {
            // a raw path the client sent unencoded: the problem goes without its instance
        }
        problem.setProperty("service", service);
        problem.setProperty("reason", timedOut ? "timeout" : "unreachable");
        return problem;
    }

    static String serviceOf(Route route) {
        if (route == null) {
            return "the service";
        }
        Object service = route.getMetadata().get(SERVICE);
        return service != null ? service.toString() : route.getId();
    }

    /**
     * Could not connect (refused, unknown host, connect timeout), the connection broke before an
     * answer, or no answer within the response timeout.
     */
    static boolean isUnavailable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException || isTimeoutItself(t)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTimeout(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (isTimeoutItself(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTimeoutItself(Throwable t) {
        return t instanceof TimeoutException
                || t instanceof org.springframework.cloud.gateway.support.TimeoutException
                || t instanceof io.netty.channel.ConnectTimeoutException
                || t instanceof ResponseStatusException status
                        && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
