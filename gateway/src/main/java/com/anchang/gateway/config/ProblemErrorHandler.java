package com.anchang.gateway.config;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors the gateway itself answers (a path no route owns, a method not allowed, anything
 * unexpected) as RFC 9457 problem details, like every service behind it. Runs before Boot's
 * default error handler.
 */
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status;
        String detail;
        if (error instanceof ResponseStatusException statusError) {
            status = statusError.getStatusCode();
            detail = status.value() == 404 ? "No route for " + exchange.getRequest().getPath().value()
                    : statusError.getReason() != null ? statusError.getReason() : "Request refused";
        } else {
            log.error("unhandled error at the gateway", error);
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            detail = "An unexpected error occurred at the gateway; it has been logged.";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://anchang.dev/problems/" + (status.value() == 404 ? "not-found"
                : status.is5xxServerError() ? "internal" : "refused")));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        return write(exchange, problem);
    }

    /** A problem the gateway answers: its type under https://anchang.dev/problems/, instance = the request path. */
    public static ProblemDetail problem(HttpStatusCode status, String type, String title, String detail, String path,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://anchang.dev/problems/" + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(path));
        properties.forEach(problem::setProperty);
        return problem;
    }

    /** Answers the exchange with the problem: its status, application/problem+json, instance = the request path. */
    public static Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        byte[] body = JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        exchange.getResponse().setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
    }
}
