package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.HoldExpired;
import com.anchang.events.lead.LeadProtectionLapsing;
import com.anchang.events.lead.LeadReleased;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The embedded platform on a simulated clock (ADR 11), started on Monday 2 March 2026 at 09:00 office time
 * and moved by the platform administrator through the gateway: what waits for a date happens at its date
 * — a lead's protection lapses at the start of its release day, a 24-hour hold expires at its deadline —
 * and not earlier, with its events on Kafka carrying the simulated time; sign-in and tokens, on real
 * time, keep working across a simulated week. Ports offset by 11000.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SimulatedClockE2E {

    static final String START = "2026-03-02T09:00+08:00";
    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static PlatformConfig config;
    static EmbeddedPlatform platform;
    static String buildingId;
    static String leadId;

    record Answer(int status, JsonNode body, HttpHeaders headers) {
    }

    @BeforeAll
    static void startOnTheSimulatedClock() throws Exception {
        Path home = Path.of("..").toAbsolutePath().normalize();
        Path var = Files.createTempDirectory(Path.of("target"), "e2e-clock-var-").toAbsolutePath();
        config = new PlatformConfig(home, var, 11_000, true, Path.of(ProcessHandle.current().info().command().orElse("java")))
                .withClock(START)
                .withArguments("inventory-service", "--inventory.policy.hold-lifetime=24h");
        platform = EmbeddedPlatform.start(config, System.out);
        buildingId = new DemoData().loadOnce(config, platform.secrets()).getFirst();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    static Instant office(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    /** A call through the gateway as a signed-in demo user (null: no token). */
    static Answer call(String user, String method, String path, Object body) {
        return send(method, config.gatewayUrl() + path, user == null ? null : token(user), body);
    }

    static String token(String user) {
        return TOKENS.computeIfAbsent(user, SimulatedClockE2E::signIn);
    }

    static String signIn(String user) {
        Answer signIn = send("POST", config.gatewayUrl() + "/auth/sign-in", null,
                Map.of("username", user, "password", DemoData.DEMO_PASSWORD));
        assertThat(signIn.status()).as("signing in " + user + ": " + signIn.body()).isEqualTo(200);
        return signIn.body().get("accessToken").asText();
    }

    static String userId(String user) {
        try {
            return JSON.readTree(java.util.Base64.getUrlDecoder().decode(token(user).split("\\.")[1])).get("sub").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Answer send(String method, String url, String token, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json;
            try {
                json = response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (IOException notJson) {
                json = JSON.getNodeFactory().textNode(response.body());
            }
            return new Answer(response.statusCode(), json, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The platform administrator moves the clock ({"by": "1m"} or {"to": "..."}); the answer of the move. */
    static JsonNode moveClock(String field, String value) {
        Answer moved = call("platform.admin", "POST", "/api/platform/clock", Map.of(field, value));
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(200);
        System.out.printf("clock moved %s %s: %d steps, %d job runs, %d ms%n", field, value, moved.body().get("steps").asInt(),
                moved.body().get("runs").size(), moved.body().get("tookMillis").asLong());
        return moved.body();
    }

    /** The instants at which a move ran a service's job. */
    static List<Instant> runsOf(JsonNode move, String service, String job) {
        List<Instant> at = new ArrayList<>();
        move.path("runs").forEach(run -> {
            if (run.path("service").asText().equals(service) && run.path("job").asText().equals(job)) {
                at.add(Instant.parse(run.path("at").asText()));
            }
        });
        return at;
    }

    /** Every record of the topic with this key, as the topic holds them now (read to its end, no waiting). */
    static List<ConsumerRecord<String, String>> records(String topic, String key) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + config.kafkaPort());
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                assertThat(System.nanoTime()).as("reading " + topic + " to its end").isLessThan(deadline);
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }

    static List<Instant> occurrences(String topic, String key, String type) {
        return records(topic, key).stream()
                .filter(record -> type.equals(header(record, EventHeaders.TYPE)))
                .map(record -> Instant.parse(header(record, EventHeaders.OCCURRED_AT)))
                .toList();
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    static Map<String, Object> registration(String mobile) {
        return Map.of("officeId", "office-binjiang", "consent", "VERBAL", "customerName", "陈先生", "mobile", mobile,
                "source", "WALK_IN");
    }

    @Test
    @Order(1)
    @DisplayName("LEAD-3 on the simulated clock: a lead registered on Monday 2 March lapses at 00:00 of 10 March office time and not a minute earlier — a colleague's registration collides at 23:59, becomes the owner after — with lead.lead-released at that instant")
    void leadLapsesAtItsOfficeDayBoundary() {
        Answer registered = call("bj.consultant1", "POST", "/api/leads", registration("139 0000 3102"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        leadId = registered.body().get("leadId").asText();
        assertThat(registered.body().at("/protection/protectedUntil").asText()).isEqualTo("2026-03-09");
        assertThat(registered.body().at("/protection/releasedOn").asText()).isEqualTo("2026-03-10");

        JsonNode week = moveClock("to", "2026-03-09T23:59+08:00");
        assertThat(runsOf(week, "lead-service", "lead-lapse")).as("the lapse job at each office day's start")
                .containsExactly(office("2026-03-03T00:00"), office("2026-03-04T00:00"), office("2026-03-05T00:00"),
                        office("2026-03-06T00:00"), office("2026-03-07T00:00"), office("2026-03-08T00:00"),
                        office("2026-03-09T00:00"));
        assertThat(occurrences(Topics.LEAD, leadId, LeadProtectionLapsing.TYPE)).as("the owner reminded on the last day (LEAD-11)")
                .singleElement().satisfies(at -> assertThat(at).isBetween(office("2026-03-09T00:00"), office("2026-03-09T00:01")));

        Answer lastMinute = call("bj.consultant1", "GET", "/api/leads/" + leadId, null);
        assertThat(lastMinute.body().at("/protection/status").asText()).isEqualTo("PROTECTED");
        Answer collides = call("bj.consultant2", "POST", "/api/leads", registration("13900003102"));
        assertThat(collides.status()).as(collides.body().toString()).isEqualTo(409);
        assertThat(collides.body().get("rule").asText()).isEqualTo("LEAD-5");
        assertThat(occurrences(Topics.LEAD, leadId, LeadReleased.TYPE)).as("not released at 23:59").isEmpty();

        JsonNode midnight = moveClock("by", "1m");
        assertThat(runsOf(midnight, "lead-service", "lead-lapse")).containsExactly(office("2026-03-10T00:00"));

        assertThat(call("bj.pm", "GET", "/api/leads/" + leadId, null).body().at("/protection/status").asText())
                .as("released as soon as the move returned").isEqualTo("RELEASED");
        assertThat(occurrences(Topics.LEAD, leadId, LeadReleased.TYPE)).singleElement()
                .satisfies(at -> assertThat(at).isBetween(office("2026-03-10T00:00"), office("2026-03-10T00:01")));
        Answer owner = call("bj.consultant2", "POST", "/api/leads", registration("13900003102"));
        assertThat(owner.status()).as(owner.body().toString()).isEqualTo(201);
        assertThat(owner.body().get("leadId").asText()).isEqualTo(leadId);
        assertThat(owner.body().get("ownerConsultantId").asText()).isEqualTo(userId("bj.consultant2"));
    }

    @Test
    @Order(2)
    @DisplayName("UNIT-3 on the simulated clock: a hold with a 24 h lifetime returns to AVAILABLE after advance 24h, with inventory.hold-expired at its deadline")
    void holdExpiresAtItsDeadline() {
        String unitId = buildingId + "-101";
        Answer held = call("bj.control", "POST", "/api/inventory/units/" + unitId + "/hold",
                Map.of("dealId", "deal-training-1", "buyerRef", "陈先生 139****3102"));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(200);
        // as the store keeps it (milliseconds), which is what the sweep reads and names
        Instant deadline = Instant.parse(held.body().get("holdExpiresAt").asText()).truncatedTo(ChronoUnit.MILLIS);

        JsonNode day = moveClock("by", "24h");

        assertThat(runsOf(day, "inventory-service", "hold-expiry")).containsExactly(deadline);
        assertThat(call("bj.control", "GET", "/api/inventory/units/" + unitId, null).body().get("status").asText())
                .isEqualTo("AVAILABLE");
        assertThat(occurrences(Topics.INVENTORY, unitId, HoldExpired.TYPE)).singleElement()
                .satisfies(at -> assertThat(at).isBetween(deadline, deadline.plusSeconds(60)));
    }

    @Test
    @Order(3)
    @DisplayName("the clock never goes back and only the platform administrator moves it; every answer and the sign-in page say it is simulated; tokens and sign-in, on real time, work across the simulated days; audit entries carry the simulated time")
    void administratorHeadersTokensAudit() {
        Answer read = call("platform.admin", "GET", "/api/platform/clock", null);
        assertThat(read.status()).isEqualTo(200);
        Instant now = Instant.parse(read.body().get("now").asText());
        assertThat(now).isAfter(office("2026-03-11T00:00"));
        read.body().get("clocks").fields().forEachRemaining(clock -> assertThat(Instant.parse(clock.getValue().asText()))
                .as(clock.getKey()).isAfter(office("2026-03-11T00:00")));

        Answer back = call("platform.admin", "POST", "/api/platform/clock", Map.of("to", "2026-03-09T00:00+08:00"));
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.body().get("type").asText()).endsWith("/clock-backwards");
        assertThat(call("bj.pm", "POST", "/api/platform/clock", Map.of("by", "1d")).status()).isEqualTo(403);

        assertThat(read.headers().firstValue("Anchang-Clock")).hasValueSatisfying(value ->
                assertThat(value).startsWith("simulated; now=2026-03-"));
        PlatformConfig.Service leads = PlatformConfig.SERVICES.getFirst();
        assertThat(send("GET", "http://localhost:" + config.port(leads) + "/actuator/health", null, null).headers()
                .firstValue("Anchang-Clock")).as("a service's own answer").hasValueSatisfying(value ->
                        assertThat(value).startsWith("simulated; now=2026-03-"));
        assertThat(send("GET", config.gatewayUrl() + "/sign-in", null, null).body().asText())
                .contains("Simulated clock").contains("<time>2026-03-");

        assertThat(call("bj.consultant1", "GET", "/api/leads/" + leadId, null).status())
                .as("a token signed in at the start is still good: its 15 minutes are real").isEqualTo(200);
        TOKENS.remove("bj.pm");
        Answer audit = call("bj.pm", "GET", "/api/leads/audit?officeId=office-binjiang&date=2026-03-02", null);
        assertThat(audit.status()).as("signed in anew after the simulated week: " + audit.body()).isEqualTo(200);
        List<JsonNode> registration = new ArrayList<>();
        audit.body().forEach(entry -> {
            if (leadId.equals(entry.path("leadId").asText())) {
                registration.add(entry);
            }
        });
        assertThat(registration).as("the registration's disclosure, audited on the simulated day").isNotEmpty()
                .allSatisfy(entry -> assertThat(Instant.parse(entry.get("at").asText()).atZone(OFFICE).toLocalDate())
                        .hasToString("2026-03-02"));
    }

    @Test
    @Order(4)
    @DisplayName("./anchang clock reads and advances the clock as the platform's administrator and prints the new time")
    void clockCommand() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = ClockCommand.run(config, List.of("advance", "90m"), OFFICE, new PrintStream(printed, true,
                StandardCharsets.UTF_8));

        assertThat(status).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Simulated clock: 2026-03-1").contains("step(s)");
        assertThat(ClockCommand.run(config, List.of("set", "2026-03-01T00:00+08:00"), OFFICE, new PrintStream(printed, true,
                StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("never goes back");
    }

    /** The local inbox's entries of one deal, as the office's PM reads them (what the buyer would have received). */
    static List<JsonNode> inboxOf(String dealId) {
        Answer inbox = call("bj.pm", "GET", "/api/notifications/inbox?officeId=office-binjiang", null);
        assertThat(inbox.status()).as(inbox.body().toString()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        inbox.body().forEach(entry -> {
            if (dealId.equals(entry.path("dealId").asText())) {
                entries.add(entry);
            }
        });
        return entries;
    }

    static String officeTime(Instant instant) {
        return instant.atZone(OFFICE).toOffsetDateTime().toString();
    }

    @Test
    @Order(5)
    @DisplayName("NOTE-1 on the simulated clock: a down payment due in 10 days is reminded at T-5 and T-2, 10:00 office time, as the clock passes them — not a minute earlier, each once, into the local inbox")
    void downPaymentRemindersAsTheClockPassesThem() {
        Instant now = Instant.parse(call("platform.admin", "GET", "/api/platform/clock", null).body().get("now").asText());
        LocalDate due = LocalDate.ofInstant(now, OFFICE).plusDays(10);
        String unitId = buildingId + "-102";
        Answer opened = call("bj.consultant1", "POST", "/api/deals", Map.of("officeId", "office-binjiang", "unitId", unitId,
                "leadId", "lead-clock-102", "buyerName", "赵女士", "buyerMobile", "13900001020"));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String dealId = opened.body().get("dealId").asText();
        Answer held = call("bj.consultant1", "POST", "/api/inventory/units/" + unitId + "/hold",
                Map.of("dealId", dealId, "buyerRef", "赵女士 139****1020"));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> "UNIT_HELD".equals(
                call("bj.consultant1", "GET", "/api/deals/" + dealId, null).body().path("status").asText()));
        Answer entered = call("bj.finance", "POST", "/api/deals/" + dealId + "/payments", Map.of("purpose",
                "FORMAL_DEPOSIT", "amount", "50000.00", "method", "TRANSFER", "downPaymentDueDate", due.toString()));
        assertThat(entered.status()).as(entered.body().toString()).isEqualTo(200);
        String paymentId = entered.body().path("waitingPayment").path("paymentId").asText();
        Answer confirmed = call("bj.pm", "POST", "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.body().toString()).isEqualTo(200);

        Instant fiveDaysBefore = due.minusDays(5).atTime(10, 0).atZone(OFFICE).toInstant();
        Instant twoDaysBefore = due.minusDays(2).atTime(10, 0).atZone(OFFICE).toInstant();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                call("bj.pm", "GET", "/api/notifications/deals/" + dealId + "/reminders", null).body().findValuesAsText("dueAt"))
                .as("planned from transaction.deposit-received").containsExactly(fiveDaysBefore.toString(), twoDaysBefore.toString()));

        moveClock("to", officeTime(fiveDaysBefore.minusSeconds(60)));
        assertThat(inboxOf(dealId)).as("nothing sent at 09:59 five days before").isEmpty();

        JsonNode tenOClock = moveClock("by", "1m");
        assertThat(runsOf(tenOClock, "notification-service", "reminder-dispatch")).contains(fiveDaysBefore);
        assertThat(inboxOf(dealId)).as("the T-5 reminder, as soon as the move returned").singleElement()
                .satisfies(entry -> assertThat(entry.path("text").asText()).contains("赵女士"));

        JsonNode later = moveClock("to", officeTime(twoDaysBefore.plusSeconds(60)));
        assertThat(runsOf(later, "notification-service", "reminder-dispatch")).contains(twoDaysBefore);
        assertThat(inboxOf(dealId)).as("T-5 and T-2, each once").hasSize(2);
        List<Instant> sent = call("bj.pm", "GET", "/api/notifications/deals/" + dealId + "/reminders", null).body()
                .findValuesAsText("sentAt").stream().map(Instant::parse).toList();
        assertThat(sent).as("sent at their simulated instants").hasSize(2);
        assertThat(sent.get(0)).isBetween(fiveDaysBefore, fiveDaysBefore.plusSeconds(60));
        assertThat(sent.get(1)).isBetween(twoDaysBefore, twoDaysBefore.plusSeconds(60));
    }
}
