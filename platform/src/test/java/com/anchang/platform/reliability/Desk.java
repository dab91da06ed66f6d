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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The gateway as the day's people meet it: each user signed in once (again when the token has run out, its 15
 * minutes being real time), each command with an Idempotency-Key, every answer's time kept by endpoint (the path
 * with its ids replaced by {id}) for the day's p99 table.
 *
 * <p>A request answered 502, 503 or 504, or not answered at all (the connection refused or cut: the gateway
 * itself down), is asked again with the same Idempotency-Key, pausing 0.25 s and doubling up to 2 s, for at most
 * {@link #RETRY_FOR} (a service killed and restarted takes that long here), as a client told "try again" does
 * (issue 17). Counted: every request sent, each retry, each 5xx seen and each call a retry resolved or did not,
 * and every wrong answer (an answer the day did not expect, noted by {@link #expect} and {@link #wrong}).
 */
final class Desk {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The password the day gives its people (demo data only, like the demo users'). */
    static final String PASSWORD = "anchang-demo-2026";
    /** How long a call is asked again after 502/503/504 or no answer before it counts as unresolved. */
    static final Duration RETRY_FOR = Duration.ofSeconds(Long.getLong("anchang.reliability.retry-seconds", 180));
    /**
     * How long one request may wait for its answer: long, since a slow answer is no failure (a week on the simulated
     * clock steps every service) and a request cut off by the client while the platform is still working on it would
     * be sent again and, where the command takes no Idempotency-Key, carried out twice (the clock moved two weeks).
     */
    private static final Duration ANSWER_WITHIN = Duration.ofMinutes(5);
    private static final Pattern ID = Pattern.compile("[^/]*\\d[^/]*");

    /**
     * @param status the HTTP status, 0 when no answer came (connection refused or cut, or timed out)
     * @param retries how many times the call was asked again before this answer
     */
    record Answer(int status, JsonNode body, int retries) {

        Answer(int status, JsonNode body) {
            this(status, body, 0);
        }

        boolean ok() {
            return status / 100 == 2;
        }

        /** The refusal's rule (e.g. LEAD-5) or title, for a line a person reads. */
        String why() {
            return status + " " + body.path("rule").asText(body.path("title").asText(body.toString()))
                    + (retries > 0 ? " (after " + retries + " retr" + (retries == 1 ? "y" : "ies") + ")" : "");
        }
    }

    /**
     * What the client side saw of the platform's answers.
     *
     * @param refusedOnRetry commands without an Idempotency-Key (every service's but transaction-service's) asked
     *        again after no answer or a 5xx and then refused with 409: the first attempt may have been carried out
     *        before its answer was lost, and the service cannot tell the retry from a second command
     */
    record Tally(long calls, long requestsSent, long retries, long fiveXxSeen, long noAnswerSeen, long resolvedByRetry,
            long unresolved, List<String> wrongAnswers, List<String> refusedOnRetry) {
    }

    private final String gateway;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong fiveXx = new AtomicLong();
    private final AtomicLong noAnswer = new AtomicLong();
    private final AtomicLong resolved = new AtomicLong();
    private final AtomicLong unresolved = new AtomicLong();
    private final List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refusedOnRetry = Collections.synchronizedList(new ArrayList<>());

    Desk(String gateway) {
        this.gateway = gateway;
    }

    String token(String username) {
        String token = tokens.get(username);
        if (token == null) {
            token = signIn(username);
            tokens.put(username, token);
        }
        return token;
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
        Answer answer = persist(null, token -> request("POST", "/auth/sign-in", null,
                Map.of("username", username, "password", PASSWORD), null));
        if (answer.status() != 200) {
            throw new IllegalStateException(wrong("signing in " + username + " answered " + answer.why()));
        }
        return answer.body().get("accessToken").asText();
    }

    Answer get(String username, String path) {
        return call(username, "GET", path, null);
    }

    /**
     * A command or a read as the user; after a 401 the user signs in again (at most 3 times), after a 502, 503, 504 or
     * no answer it is asked again with the same Idempotency-Key for at most {@link #RETRY_FOR}.
     */
    Answer call(String username, String method, String path, Object body) {
        String key = UUID.randomUUID().toString();
        long started = System.nanoTime();
        Answer answer = persist(username, token -> request(method, path, token, body, key));
        timings.computeIfAbsent(method + " " + template(path), k -> new ConcurrentLinkedQueue<>())
                .add(System.nanoTime() - started);
        return answer;
    }

    /** The answer when it is the expected status, else a wrong answer: noted, and an exception naming the call. */
    JsonNode expect(int status, String username, String method, String path, Object body) {
        Answer answer = call(username, method, path, body);
        if (answer.status() != status) {
            throw new IllegalStateException(wrong(username + " " + method + " " + path + " answered " + answer.why()
                    + ", not " + status));
        }
        return answer.body();
    }

    /**
     * A command whose answer the day does not use (a reception finished, a check-in): 200 expected, but a 409 after a
     * retry of a command that takes no Idempotency-Key is noted apart ({@link Tally#refusedOnRetry}) and the day goes
     * on; any other answer is wrong, as in {@link #expect}.
     */
    void command(String username, String method, String path, Object body) {
        Answer answer = call(username, method, path, body);
        if (answer.status() == 409 && answer.retries() > 0 && !path.startsWith("/api/deals")) {
            refusedOnRetry.add(username + " " + method + " " + path + " answered " + answer.why());
        } else if (answer.status() != 200) {
            throw new IllegalStateException(wrong(username + " " + method + " " + path + " answered " + answer.why()
                    + ", not 200"));
        }
    }

    /** Notes an answer the day did not expect; answers the line. */
    String wrong(String line) {
        wrong.add(line);
        return line;
    }

    /** A multipart upload of one file, as a browser's form sends it. */
    Answer upload(String username, String path, String kind, String fileName, String type, byte[] content) {
        String boundary = "----anchang" + Long.toHexString(System.nanoTime());
        byte[] form = com.anchang.platform.GatewayClient.form(boundary, kind, fileName, type, content);
        long started = System.nanoTime();
        Answer answer = persist(username, token -> HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(ANSWER_WITHIN).header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build());
        timings.computeIfAbsent("POST " + template(path), k -> new ConcurrentLinkedQueue<>())
                .add(System.nanoTime() - started);
        return answer;
    }

    /** What the client side saw so far. */
    Tally tally() {
        return new Tally(calls.get(), sent.get(), retries.get(), fiveXx.get(), noAnswer.get(), resolved.get(),
                unresolved.get(), List.copyOf(wrong), List.copyOf(refusedOnRetry));
    }

    /** Requests sent so far (each retry one more). */
    long requestsSent() {
        return sent.get();
    }

    /** 5xx answers and requests not answered so far: what a fault shows the clients. */
    long failuresSeen() {
        return fiveXx.get() + noAnswer.get();
    }

    private static boolean askAgain(int status) {
        return status == 0 || status == 502 || status == 503 || status == 504;
    }

    /** Sends the request (built for the user's token, or none), again after 401 and after 502/503/504/no answer. */
    private Answer persist(String username, Function<String, HttpRequest> request) {
        calls.incrementAndGet();
        long deadline = System.nanoTime() + RETRY_FOR.toNanos();
        long pause = Duration.ofMillis(250).toNanos();
        int signIns = 0;
        int asked = 0;
        while (true) {
            sent.incrementAndGet();
            Answer answer = exchange(request.apply(username == null ? null : token(username)), asked);
            if (answer.status() == 401 && username != null && signIns++ < 3) {
                tokens.remove(username);
                continue;
            }
            if (!askAgain(answer.status())) {
                if (answer.status() >= 500) {
                    fiveXx.incrementAndGet();
                    unresolved.incrementAndGet();
                } else if (asked > 0) {
                    resolved.incrementAndGet();
                }
                return answer;
            }
            (answer.status() == 0 ? noAnswer : fiveXx).incrementAndGet();
            if (System.nanoTime() + pause > deadline) {
                unresolved.incrementAndGet();
                return answer;
            }
            LockSupport.parkNanos(pause);
            pause = Math.min(pause * 2, Duration.ofSeconds(2).toNanos());
            asked++;
            retries.incrementAndGet();
        }
    }

    private HttpRequest request(String method, String path, String token, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(ANSWER_WITHIN);
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
        return request.build();
    }

    /** One request; no answer (refused, cut, timed out) is status 0 with the reason as its title. */
    private Answer exchange(HttpRequest request, int retries) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), com.anchang.platform.GatewayClient.parse(response.body()), retries);
        } catch (IOException e) {
            return new Answer(0, JSON.createObjectNode().put("title", "no answer: " + e), retries);
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
