package com.anchang.gateway.clock;

import com.anchang.gateway.config.ProblemErrorHandler;
import com.anchang.support.clock.ClockProperties;
import com.anchang.support.clock.SimulatedClock.ClockBackwardsException;
import com.anchang.support.security.Caller;
import com.anchang.support.security.StaffTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform administrator's clock API at the gateway (ADR 11), present only on a simulated clock:
 * <ul>
 *   <li>{@code GET /api/platform/clock} → {@code {simulated, now, clocks: {process: now}}};</li>
 *   <li>{@code POST /api/platform/clock} {@code {"by": "7d"}} or {@code {"to": "2026-03-09T23:59+08:00"}} →
 *       every clock moved there step by step, the due work done and settled; answers
 *       {@code {simulated, from, now, steps, runs: [{at, service, job}], tookMillis}}.</li>
 * </ul>
 * Refused: anyone but the platform administrator (403), a time before the platform's present (409
 * {@code clock-backwards}), a move while another is under way (409 {@code clock-moving}); a service that does
 * not answer or settle stops the move (503 naming it).
 */
final class ClockHandler {

    private static final Logger log = LoggerFactory.getLogger(ClockHandler.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FIELDS = Set.of("to", "by");

    private final PlatformClock clock;

    ClockHandler(PlatformClock clock) {
        this.clock = clock;
    }

    Mono<ServerResponse> read(ServerRequest request) {
        return asAdministrator(request, token -> () -> {
            Map<String, Instant> clocks = clock.read(token);
            Instant now = clocks.values().stream().max(Instant::compareTo).orElseThrow();
            return Map.of("simulated", true, "now", now.toString(), "clocks", text(clocks));
        });
    }

    Mono<ServerResponse> move(ServerRequest request) {
        return request.bodyToMono(String.class).defaultIfEmpty("").flatMap(body -> {
            JsonNode json;
            try {
                json = JSON.readTree(body.isBlank() ? "{}" : body);
            } catch (JacksonException e) {
                return problem(request, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                        "the body must be JSON: {\"by\": \"7d\"} or {\"to\": \"2026-03-09T23:59+08:00\"}", Map.of());
            }
            for (String field : json.propertyNames()) {
                if (!FIELDS.contains(field)) {
                    return invalid(request, field, "is not a field of a clock move (by, to)");
                }
            }
            boolean by = json.hasNonNull("by");
            boolean to = json.hasNonNull("to");
            if (by == to) {
                return invalid(request, "by", "give exactly one of 'by' (e.g. 7d, 24h, 90m) and 'to' (an instant)");
            }
            if (by) {
                Duration duration;
                try {
                    duration = Durations.parse(json.get("by").asString());
                } catch (IllegalArgumentException e) {
                    return invalid(request, "by", e.getMessage());
                }
                return asAdministrator(request, token -> () -> moved(clock.advanceBy(token, duration)));
            }
            Instant instant;
            try {
                instant = ClockProperties.parseInstant(json.get("to").asString(), "to");
            } catch (IllegalArgumentException e) {
                return invalid(request, "to", e.getMessage());
            }
            return asAdministrator(request, token -> () -> moved(clock.moveTo(token, instant)));
        });
    }

    private static Map<String, Object> moved(Stepping.Move move) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("simulated", true);
        answer.put("from", move.from().toString());
        answer.put("now", move.to().toString());
        answer.put("steps", move.steps());
        answer.put("runs", move.runs().stream().map(run -> Map.of("at", run.at().toString(),
                "service", run.participant(), "job", run.job())).toList());
        return answer;
    }

    /** Runs {@code work} (blocking, off the event loop) for the platform administrator only; maps its refusals. */
    private Mono<ServerResponse> asAdministrator(ServerRequest request,
            Function<String, Callable<Map<String, Object>>> work) {
        return request.principal().flatMap(principal -> {
            if (!(principal instanceof JwtAuthenticationToken jwt)
                    || !StaffTokens.caller(jwt.getToken()).roles().contains(Caller.PLATFORM_ADMIN)) {
                return problem(request, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                        "only the platform administrator reads and moves the platform clock", Map.of());
            }
            long started = System.nanoTime();
            return Mono.fromCallable(work.apply(jwt.getToken().getTokenValue()))
                    .subscribeOn(Schedulers.boundedElastic())
                    .flatMap(answer -> {
                        Map<String, Object> body = new LinkedHashMap<>(answer);
                        if (body.containsKey("steps")) {
                            body.put("tookMillis", (System.nanoTime() - started) / 1_000_000);
                        }
                        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(body);
                    })
                    .onErrorResume(ClockBackwardsException.class, back -> problem(request, HttpStatus.CONFLICT,
                            "clock-backwards", "The clock never goes back", back.getMessage(),
                            Map.of("now", back.now().toString())))
                    .onErrorResume(PlatformClock.MoveUnderWayException.class, busy -> problem(request,
                            HttpStatus.CONFLICT, "clock-moving", "The clock is being moved", busy.getMessage(), Map.of()))
                    .onErrorResume(ServiceClock.Unavailable.class, down -> unavailable(request, down.getMessage(),
                            down.service))
                    .onErrorResume(Stepping.NotSettledException.class, slow -> unavailable(request, slow.getMessage(), null))
                    .onErrorResume(IllegalArgumentException.class, bad -> invalid(request, "by", bad.getMessage()));
        }).switchIfEmpty(Mono.defer(() -> problem(request, HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized",
                "sign in as the platform administrator", Map.of())));
    }

    private static Map<String, String> text(Map<String, Instant> clocks) {
        Map<String, String> text = new LinkedHashMap<>();
        clocks.forEach((process, now) -> text.put(process, now.toString()));
        return text;
    }

    private static Mono<ServerResponse> unavailable(ServerRequest request, String detail, String service) {
        log.warn("moving the platform clock stopped: {}", detail);
        return problem(request, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable", detail,
                service == null ? Map.of() : Map.of("service", service));
    }

    private static Mono<ServerResponse> invalid(ServerRequest request, String field, String detail) {
        return problem(request, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", field + " " + detail,
                Map.of("field", field));
    }

    private static Mono<ServerResponse> problem(ServerRequest request, HttpStatus status, String type, String title,
            String detail, Map<String, Object> properties) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(ProblemErrorHandler.problem(status, type, title, detail, request.path(), properties));
    }
}
