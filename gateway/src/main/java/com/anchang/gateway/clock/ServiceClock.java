package com.anchang.gateway.clock;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's clock as a participant of a move (ADR 11), through its clock API ({@code /api/platform/clock},
 * support's ClockEndpoint), called with the platform administrator's own token. Blocking: a move runs on
 * a thread of its own, one step after the other.
 */
final class ServiceClock implements Stepping.Participant {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PATH = "/api/platform/clock";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A service that did not answer its clock API as it should; the move stops there. */
    static final class Unavailable extends RuntimeException {

        final String service;

        Unavailable(String service, String message, Throwable cause) {
            super(service + " " + message, cause);
            this.service = service;
        }
    }

    private final String name;
    private final URI base;
    private final String token;
    private final HttpClient http;

    ServiceClock(String name, URI base, String token, HttpClient http) {
        this.name = name;
        this.base = base;
        this.token = token;
        this.http = http;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Stepping.Reading read(Instant dueAfter) {
        return reading(call("GET", dueAfter == null ? PATH : PATH + "?dueAfter=" + dueAfter, null));
    }

    @Override
    public void moveTo(Instant instant) {
        call("PUT", PATH, Map.of("to", instant.toString()));
    }

    @Override
    public List<String> runDueWork(Instant after, Instant until) {
        JsonNode ran = call("POST", PATH + "/due-work", Map.of("after", after.toString(), "until", until.toString()));
        List<String> jobs = new ArrayList<>();
        ran.path("ran").forEach(job -> jobs.add(job.asString()));
        return jobs;
    }

    @Override
    public Stepping.Settled settled() {
        JsonNode answer = call("GET", PATH + "/settled", null);
        return new Stepping.Settled(answer.path("settled").asBoolean(), answer.path("activity").asLong(),
                answer.path("waitingFor").asString(""));
    }

    private static Stepping.Reading reading(JsonNode answer) {
        Map<String, Instant> due = new LinkedHashMap<>();
        answer.path("jobs").forEach(job -> {
            JsonNode at = job.path("nextDue");
            if (at.isString()) {
                due.put(job.path("job").asString(), Instant.parse(at.asString()));
            }
        });
        return new Stepping.Reading(Instant.parse(answer.path("now").asString()), due);
    }

    private JsonNode call(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable(name, "did not answer " + method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(name, "was not waited for: interrupted", e);
        }
        if (response.statusCode() == 404) {
            throw new Unavailable(name, "has no simulated clock (404 for " + path + "): was it started with --clock?", null);
        }
        if (response.statusCode() / 100 != 2) {
            throw new Unavailable(name, "answered " + response.statusCode() + " to " + method + " " + path + ": "
                    + response.body(), null);
        }
        return JSON.readTree(response.body());
    }
}
