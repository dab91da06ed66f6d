package com.anchang.platform.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * The gateway as the day's people meet it: each user signed in once (again when the token has run out, its 15
 * minutes being real time), each command with an Idempotency-Key and asked again after a 503 with the same key,
 * every answer's time kept by endpoint (the path with its ids replaced by {id}) for the day's p99 table.
 */
final class Desk {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The password the day gives its people (demo data only, like the demo users'). */
    static final String PASSWORD = "anchang-demo-2026";
    private static final Pattern ID = Pattern.compile("[^/]*\\d[^/]*");

    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status / 100 == 2;
        }

        /** The refusal's rule (e.g. LEAD-5) or title, for a line a person reads. */
        String why() {
            return status + " " + body.path("rule").asText(body.path("title").asText(body.toString()));
        }
    }

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();

    Desk(String gateway) {
        this.gateway = gateway;
    }

    String token(String username) {
        return tokens.computeIfAbsent(username, this::signIn);
    }

    /** The user's id (the token's subject). */
    String userId(String username) {
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token(username).split("\\.")[1])).get("sub").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String signIn(String username) {
        Answer answer = send("POST", "/auth/sign-in", null, Map.of("username", username, "password", PASSWORD), null);
        if (answer.status() != 200) {
            throw new IllegalStateException("signing in " + username + ": " + answer.why());
        }
        return answer.body().get("accessToken").asText();
    }

    Answer get(String username, String path) {
        return call(username, "GET", path, null);
    }

    /** A command or a read as the user; after a 401 the user signs in again, after a 503 it is asked again (at most 3 times). */
    Answer call(String username, String method, String path, Object body) {
        String key = UUID.randomUUID().toString();
        long started = System.nanoTime();
        Answer answer = send(method, path, token(username), body, key);
        for (int retry = 0; retry < 3 && (answer.status() == 503 || answer.status() == 401); retry++) {
            if (answer.status() == 401) {
                tokens.remove(username);
            }
            answer = send(method, path, token(username), body, key);
        }
        timings.computeIfAbsent(method + " " + template(path), k -> new ConcurrentLinkedQueue<>())
                .add(System.nanoTime() - started);
        return answer;
    }

    /** The answer when it is the expected status, else an exception naming the call and the refusal. */
    JsonNode expect(int status, String username, String method, String path, Object body) {
        Answer answer = call(username, method, path, body);
        if (answer.status() != status) {
            throw new IllegalStateException(username + " " + method + " " + path + " answered " + answer.why());
        }
        return answer.body();
    }

    /** A multipart upload of one file, as a browser's form sends it. */
    Answer upload(String username, String path, String kind, String fileName, String type, byte[] content) {
        String boundary = "----anchang" + Long.toHexString(System.nanoTime());
        byte[] form = com.anchang.platform.GatewayClient.form(boundary, kind, fileName, type, content);
        long started = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token(username))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build();
        Answer answer = exchange(request);
        timings.computeIfAbsent("POST " + template(path), k -> new ConcurrentLinkedQueue<>())
                .add(System.nanoTime() - started);
        return answer;
    }

    private Answer send(String method, String path, String token, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofMinutes(5));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null && !method.equals("GET")) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request.build());
    }

    private Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), com.anchang.platform.GatewayClient.parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The path's shape: query dropped, every segment holding a digit (an id) as {id}. */
    static String template(String path) {
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return ID.matcher(bare).replaceAll("{id}");
    }

    /** One endpoint's answers: how many, p50 and p99 in milliseconds (nearest rank). */
    record Latency(String endpoint, int calls, double p50, double p99) {
    }

    List<Latency> latencies() {
        List<Latency> all = new ArrayList<>();
        new TreeMap<>(timings).forEach((endpoint, nanos) -> {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            all.add(new Latency(endpoint, sorted.length, rank(sorted, 0.50), rank(sorted, 0.99)));
        });
        return all;
    }

    private static double rank(long[] sorted, double p) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
