package com.anchang.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./anchang clock}: reads or moves the simulated platform clock (ADR 11) of the embedded platform
 * running from this folder, as its platform administrator (the bootstrap administrator of
 * var/secrets.properties), through the gateway's {@code /api/platform/clock}.
 *
 * <pre>
 * ./anchang clock                    the platform's time
 * ./anchang clock advance 7d         every clock a week ahead (7d, 24h, 90m, 30s, 1d12h), the due work done on the way
 * ./anchang clock set INSTANT        every clock to that instant (e.g. 2026-03-09T23:59+08:00); never back
 * options: --home DIR  --var DIR  --port-offset N  --zone ZONE (how times are shown, default Asia/Shanghai)
 * </pre>
 */
public final class ClockCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ClockCommand() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(".");
        Path var = null;
        int offset = 0;
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--home" -> home = Path.of(args[++i]);
                case "--var" -> var = Path.of(args[++i]);
                case "--port-offset" -> offset = Integer.parseInt(args[++i]);
                case "--zone" -> zone = ZoneId.of(args[++i]);
                default -> words.add(args[i]);
            }
        }
        home = home.toAbsolutePath().normalize();
        PlatformConfig config = new PlatformConfig(home, var == null ? home.resolve("var") : var.toAbsolutePath(), offset,
                false, Path.of("java"));
        System.exit(run(config, words, zone, System.out));
    }

    static int run(PlatformConfig config, java.util.List<String> words, ZoneId zone, PrintStream out)
            throws IOException, InterruptedException {
        Map<String, String> move = new LinkedHashMap<>();
        if (words.size() == 2 && words.get(0).equals("advance")) {
            move.put("by", words.get(1));
        } else if (words.size() == 2 && words.get(0).equals("set")) {
            move.put("to", words.get(1));
        } else if (!words.isEmpty()) {
            out.println("usage: ./anchang clock [advance 7d | set 2026-03-09T23:59+08:00] [--port-offset N]");
            return 2;
        }
        if (!Files.exists(config.var().resolve("secrets.properties"))) {
            out.println("no embedded platform in " + config.var() + ": start one with ./anchang run --clock <instant>");
            return 1;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        PlatformSecrets secrets = PlatformSecrets.loadOrCreate(config.var());
        HttpResponse<String> answer;
        try {
            String token = DemoData.signIn(http, config, secrets, secrets.adminUsername(), secrets.adminPassword());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.gatewayUrl() + "/api/platform/clock"))
                    .timeout(Duration.ofMinutes(10))
                    .header("Authorization", "Bearer " + token);
            request = move.isEmpty() ? request.GET() : request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(move), StandardCharsets.UTF_8));
            answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            out.println("no platform answers at " + config.gatewayUrl() + ": start it with ./anchang run --clock <instant>");
            return 1;
        }
        JsonNode body = answer.body().isBlank() ? JSON.nullNode() : JSON.readTree(answer.body());
        if (answer.statusCode() == 404) {
            out.println("the platform at " + config.gatewayUrl() + " runs on the real clock; start it with"
                    + " ./anchang run --clock <instant> for a simulated one");
            return 1;
        }
        if (answer.statusCode() != 200) {
            out.println("refused (" + answer.statusCode() + "): " + body.path("detail").asText(answer.body()));
            return 1;
        }
        Instant now = Instant.parse(body.get("now").asText());
        out.println("Simulated clock: " + now.atZone(zone).toOffsetDateTime() + " (" + zone + "), " + now);
        if (body.has("steps")) {
            Map<String, Integer> runs = new LinkedHashMap<>();
            body.path("runs").forEach(run -> runs.merge(run.path("service").asText() + "/" + run.path("job").asText(), 1,
                    Integer::sum));
            out.printf("moved from %s in %d step(s), %.1f s; due work run: %s%n",
                    Instant.parse(body.get("from").asText()).atZone(zone).toOffsetDateTime(), body.get("steps").asInt(),
                    body.path("tookMillis").asLong() / 1000.0, runs.isEmpty() ? "none" : runs.entrySet().stream()
                            .map(entry -> entry.getKey() + " ×" + entry.getValue()).toList());
        } else {
            body.path("clocks").properties().forEach(clock -> out.printf("  %-22s %s%n", clock.getKey(),
                    Instant.parse(clock.getValue().asText()).atZone(zone).toOffsetDateTime()));
        }
        return 0;
    }
}
