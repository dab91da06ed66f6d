package com.anchang.support.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxEntry;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.OutboxWrites;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.TestHttp.Answer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.TestPropertySource;

@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.application.name=parcel-service", "anchang.events.topic=" + ParcelApp.TOPIC,
        "anchang.events.transient-retry-interval=200ms"})
class EventBackboneIT {

    @Autowired
    MongoTemplate mongo;
    @Autowired
    ParcelApp.CrashingRelay relay;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    Outbox outbox;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    TestHttp server;
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("u-1", ParcelApp.DEVELOPER).at("office-1", "CONSULTANT");
    TestHttp http;

    @BeforeEach
    void signIn() {
        http = server.as(CONSULTANT.token());
    }

    Answer ship(String parcelId, String weight) {
        Answer shipped = http.call("POST", "/api/parcels", Map.of("parcelId", parcelId, "officeId", "office-1", "weight", weight));
        assertThat(shipped.status()).as("shipping %s", parcelId).isEqualTo(200);
        return shipped;
    }

    long deliveries(String parcelId) {
        return mongo.getCollection("deliveries").countDocuments(new Document("parcelId", parcelId));
    }

    @Test
    @DisplayName("an event written with the state change reaches the broker with its envelope and leaves the outbox")
    void publishesWithEnvelope() {
        String parcelId = "p-" + UUID.randomUUID();
        try (EventCapture capture = new EventCapture(brokers, ParcelApp.TOPIC)) {
            Answer answer = ship(parcelId, "12.50");

            ConsumerRecord<String, String> record = capture.awaitRecords(r -> parcelId.equals(r.key())).getFirst();
            assertThat(EventCapture.header(record, EventHeaders.EVENT_ID)).isEqualTo(answer.text("eventId"));
            assertThat(EventCapture.header(record, EventHeaders.TYPE)).isEqualTo("parcel.parcel-shipped");
            assertThat(EventCapture.header(record, EventHeaders.VERSION)).isEqualTo("1");
            assertThat(EventCapture.header(record, EventHeaders.OFFICE_ID)).isEqualTo("office-1");
            assertThat(EventCapture.header(record, EventHeaders.OCCURRED_AT)).isNotBlank();
            assertThat(EventCapture.header(record, EventHeaders.TRACE_ID)).matches("[0-9a-f]{32}");
            assertThat(EventCapture.header(record, EventHeaders.TRACEPARENT))
                    .startsWith("00-" + EventCapture.header(record, EventHeaders.TRACE_ID) + "-");
            assertThat(record.value()).contains("\"weight\":12.50");
        }
        await().untilAsserted(() -> assertThat(mongo.findById(parcelId, ParcelDocument.class).outbox()).isEmpty());
        await().until(() -> deliveries(parcelId) == 1);
    }

    @Test
    @DisplayName("an event carries its request's trace with the request's sampling decision: a sampled trace goes on "
            + "sampled in the consumers, an unsampled one stays unsampled (no trace begins half-way)")
    void traceSamplingTravelsWithTheEvent() {
        for (String flags : List.of("01", "00")) {
            String parcelId = "p-" + UUID.randomUUID();
            String traceId = UUID.randomUUID().toString().replace("-", "");
            try (EventCapture capture = new EventCapture(brokers, ParcelApp.TOPIC)) {
                Answer shipped = http.call("POST", "/api/parcels", Map.of("parcelId", parcelId, "officeId", "office-1",
                        "weight", "1.00"), Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-" + flags));
                assertThat(shipped.status()).isEqualTo(200);
                ConsumerRecord<String, String> record = capture.awaitRecords(r -> parcelId.equals(r.key())).getFirst();
                assertThat(EventCapture.header(record, EventHeaders.TRACEPARENT)).as("sampled flag %s", flags)
                        .startsWith("00-" + traceId + "-").endsWith("-" + flags);
            }
        }
    }

    @Test
    @DisplayName("a relay crash after publishing re-publishes, and the consumer applies the event exactly once")
    void crashBetweenPublishAndMarkAppliesOnce() {
        String parcelId = "p-" + UUID.randomUUID();
        relay.crashAfterNextPublish.set(true);
        try (EventCapture capture = new EventCapture(brokers, ParcelApp.TOPIC)) {
            String eventId = ship(parcelId, "3.00").text("eventId");

            List<ConsumerRecord<String, String>> copies = capture.awaitCount(r -> parcelId.equals(r.key()), 2);
            assertThat(copies).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(c -> assertThat(EventCapture.header(c, EventHeaders.EVENT_ID)).isEqualTo(eventId));
        }
        await().untilAsserted(() -> assertThat(mongo.findById(parcelId, ParcelDocument.class).outbox()).isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10)).until(() -> deliveries(parcelId) == 1);
    }

    @Test
    @DisplayName("a writer that read an entry the relay then published writes at its first attempt (the relay leaves the "
            + "version alone), and the entry is neither written back nor published again")
    void relayBetweenReadAndWriteIsNoConflict() {
        String parcelId = "p-" + UUID.randomUUID();
        OutboxEntry shipped = shipped(parcelId, "4.00");
        OutboxEntry delivered = shipped(parcelId, "4.01");
        try (EventCapture capture = new EventCapture(brokers, ParcelApp.TOPIC)) {
            OutboxWrites.relayedBetweenReadAndWrite(relay, mongo, "parcels", parcelId,
                    () -> mongo.insert(new ParcelDocument(parcelId, "office-1", "SHIPPED", List.of(shipped), null)),
                    () -> mongo.findById(parcelId, ParcelDocument.class),
                    read -> {
                        // a well-behaved writer: its state by $set, its new entry by $push, guarded by the version it read
                        Query unchanged = Query.query(Criteria.where("_id").is(parcelId).and("version").is(read.version()));
                        Update update = new Update().set("status", "DELIVERED").inc("version", 1).push("outbox", delivered);
                        assertThat(mongo.updateFirst(unchanged, update, ParcelDocument.class).getMatchedCount())
                                .as("the compare-and-set at the first attempt").isEqualTo(1);
                        relay.published("parcels", parcelId);
                    });

            capture.awaitRecords(r -> delivered.eventId().equals(EventCapture.header(r, EventHeaders.EVENT_ID)));
            assertThat(capture.ofType(ParcelApp.ParcelShipped.TYPE))
                    .filteredOn(r -> shipped.eventId().equals(EventCapture.header(r, EventHeaders.EVENT_ID)))
                    .as("the entry published before the write, published once").hasSize(1);
        }
        await().untilAsserted(() -> assertThat(mongo.findById(parcelId, ParcelDocument.class).outbox()).isEmpty());
        assertThat(mongo.findById(parcelId, ParcelDocument.class).status()).isEqualTo("DELIVERED");
    }

    private OutboxEntry shipped(String parcelId, String weight) {
        return outbox.entry(ParcelApp.TOPIC, parcelId, "office-1",
                new ParcelApp.ParcelShipped(parcelId, "office-1", new java.math.BigDecimal(weight)));
    }

    @Test
    @DisplayName("a record that can never be applied goes to the service's dead-letter topic with the reason, after bounded retries")
    void poisonGoesToDeadLetterTopic() {
        String parcelId = "p-" + UUID.randomUUID();
        try (EventCapture deadLetters = new EventCapture(brokers, Topics.deadLetter("parcel-service"))) {
            ship(parcelId, "2000");

            ConsumerRecord<String, String> dead = deadLetters.awaitRecords(r -> parcelId.equals(r.key())).getFirst();
            assertThat(new String(dead.headers().lastHeader("kafka_dlt-exception-message").value(), StandardCharsets.UTF_8))
                    .contains("parcel " + parcelId + " is too heavy to deliver");
            assertThat(EventCapture.header(dead, EventHeaders.TYPE)).isEqualTo("parcel.parcel-shipped");
        }
        assertThat(deliveries(parcelId)).isZero();
    }

    @Test
    @DisplayName("an event that finds the store out of reach is tried again until it is applied, once, and never dead-lettered")
    void storeOutageWaitsInsteadOfDeadLettering() {
        String parcelId = "p-" + UUID.randomUUID();
        // more failed attempts than the bounded retries of a refusal (anchang.events.max-retries)
        ParcelApp.STORE_OUT_FOR.put(parcelId, new java.util.concurrent.atomic.AtomicInteger(8));
        try (EventCapture deadLetters = new EventCapture(brokers, Topics.deadLetter("parcel-service"))) {
            ship(parcelId, "3.5");

            await().atMost(java.time.Duration.ofSeconds(30)).until(() -> deliveries(parcelId) == 1);
            assertThat(ParcelApp.STORE_OUT_FOR.get(parcelId).get()).isNegative();
            ship("p-after-" + parcelId, "1.0"); // a later record of the topic is applied too: nothing stuck
            await().atMost(java.time.Duration.ofSeconds(30)).until(() -> deliveries("p-after-" + parcelId) == 1);
            assertThat(deadLetters.ofType("parcel.parcel-shipped")).noneMatch(r -> parcelId.equals(r.key()));
        }
        assertThat(deliveries(parcelId)).isEqualTo(1);
    }

    @Test
    @DisplayName("an unreadable payload is dead-lettered at once; an unknown type is skipped; unknown fields are ignored")
    void unreadableUnknownAndAdditive() {
        String unreadable = "p-" + UUID.randomUUID();
        String additive = "p-" + UUID.randomUUID();
        try (EventCapture deadLetters = new EventCapture(brokers, Topics.deadLetter("parcel-service"))) {
            send(unreadable, "parcel.parcel-shipped", "{not json");
            send("p-other", "parcel.parcel-lost", "{\"parcelId\":\"p-other\"}");
            send(additive, "parcel.parcel-shipped",
                    "{\"parcelId\":\"" + additive + "\",\"officeId\":\"o\",\"weight\":1.00,\"addedLater\":{\"x\":1}}");

            assertThat(deadLetters.awaitRecords(r -> unreadable.equals(r.key()))).hasSize(1);
            await().until(() -> deliveries(additive) == 1);
            assertThat(deadLetters.ofType("parcel.parcel-lost")).isEmpty();
        }
    }

    @Test
    @DisplayName("bad input answers 400 naming the field and stores nothing; an unknown id answers 404")
    void problemDetails() {
        assertProblem("{\"parcelId\":\"x\",", 400, null);
        assertProblem("{\"parcelId\":\"x\",\"officeId\":\"o\",\"weight\":1,\"colour\":\"red\"}", 400, "colour");
        assertProblem("{\"parcelId\":\"x\",\"officeId\":\"o\"}", 400, "weight");
        assertProblem("{\"parcelId\":\"x\",\"officeId\":\"o\",\"weight\":\"heavy\"}", 400, "weight");
        assertProblem("{\"parcelId\":\"x\",\"officeId\":\"o\",\"weight\":0}", 400, "weight");
        assertThat(mongo.findById("x", ParcelDocument.class)).isNull();

        Answer unknown = http.get("/api/parcels/nope");
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("/api/** takes only unexpired tokens signed by the platform's key; the caller comes from the token, never from a header")
    void tokens() {
        ship("p-token", "1.5");
        TestTokens.Staff otherOffice = TestTokens.staff("u-2", ParcelApp.DEVELOPER).at("office-2", "CONSULTANT");
        TestTokens.Staff otherDeveloper = TestTokens.staff("u-3", "dev-2").at("office-1", "CONSULTANT");
        TestTokens.Staff headOffice = TestTokens.staff("u-4", ParcelApp.DEVELOPER).withRoles("HEAD_OFFICE");
        TestTokens.Staff financeHere = TestTokens.staff("u-5", ParcelApp.DEVELOPER).at("office-1", "FINANCE");

        Answer none = server.get("/api/parcels/p-token");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).isEqualTo("application/problem+json");
        assertThat(server.as(CONSULTANT.expiredToken()).get("/api/parcels/p-token").status()).isEqualTo(401);
        assertThat(server.as(CONSULTANT.foreignToken()).get("/api/parcels/p-token").status()).isEqualTo(401);
        assertThat(server.as("not-a-token").get("/api/parcels/p-token").status()).isEqualTo(401);
        assertThat(server.as(CONSULTANT.token().replace('.', '_')).get("/api/parcels/p-token").status()).isEqualTo(401);
        assertThat(server.call("GET", "/api/parcels/p-token", null, Map.of("Authorization", "Basic dTpw")).status())
                .isEqualTo(401);
        assertThat(server.call("GET", "/api/parcels/p-token", null,
                Map.of("X-Office-Id", "office-1", "X-User-Id", "u-1", "X-Roles", "CONSULTANT")).status()).isEqualTo(401);

        assertThat(http.get("/api/parcels/p-token").status()).isEqualTo(200);
        assertThat(server.as(headOffice.token()).get("/api/parcels/p-token").status()).isEqualTo(200);
        Answer away = server.as(otherOffice.token()).get("/api/parcels/p-token");
        assertThat(away.status()).isEqualTo(404);
        assertThat(away.text()).doesNotContain("office-1");
        assertThat(server.as(otherDeveloper.token()).get("/api/parcels/p-token").status())
                .as("an office id alone is not enough: the developer must match too").isEqualTo(404);

        Answer forbidden = server.as(financeHere.token()).call("POST", "/api/parcels",
                Map.of("parcelId", "p-forbidden", "officeId", "office-1", "weight", "1"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.text("action")).isEqualTo("ship a parcel");
        assertThat(server.as(otherOffice.token()).call("POST", "/api/parcels",
                Map.of("parcelId", "p-away", "officeId", "office-1", "weight", "1")).status()).isEqualTo(404);
        assertThat(mongo.findById("p-forbidden", ParcelDocument.class)).isNull();
        assertThat(mongo.findById("p-away", ParcelDocument.class)).isNull();

        assertThat(server.get("/actuator/health").status()).as("health needs no token").isEqualTo(200);
        assertThat(server.get("/v3/api-docs").status()).isIn(200, 404);
        assertThat(server.get("/somewhere-else").status()).as("outside /api/ nothing is served").isEqualTo(401);
    }

    @Test
    @DisplayName("health is UP against the embedded store, checked by ping, not by 'hello'")
    void embeddedStoreHealth() {
        Map<?, ?> health = http.get("/actuator/health").map();
        assertThat(health.get("status")).isEqualTo("UP");
        Map<?, ?> mongodb = (Map<?, ?>) ((Map<?, ?>) health.get("components")).get("mongo");
        assertThat(mongodb.get("status")).isEqualTo("UP");
        assertThat(((Map<?, ?>) mongodb.get("details")).get("store")).isEqualTo("embedded (mongo-java-server)");
        // the broker's link is in the health too (DOWN while it is away: BrokerHealthIndicatorTest), not in readiness
        Map<?, ?> kafka = (Map<?, ?>) ((Map<?, ?>) health.get("components")).get("kafka");
        assertThat(kafka.get("status")).isEqualTo("UP");
        assertThat(((Map<?, ?>) kafka.get("details")).get("nodes")).isEqualTo(1);
        assertThat(http.get("/actuator/health/readiness").map().get("components")).isNull();
    }

    @Test
    @DisplayName("metrics are tagged with the service name")
    void metricsTaggedWithService() {
        String prometheus = http.get("/actuator/prometheus").text();
        assertThat(prometheus).contains("service=\"parcel-service\"");
    }

    /** A raw record without an office id, as a broken producer might send it. */
    private void send(String key, String type, String payload) {
        TestEvents.publishRaw(kafka, ParcelApp.TOPIC, key, null, type, 1, payload);
    }

    private void assertProblem(String body, int expectedStatus, String field) {
        Answer answer = http.call("POST", "/api/parcels", body);
        assertThat(answer.status()).as(body).isEqualTo(expectedStatus);
        Map<?, ?> problem = answer.map();
        assertThat(problem.get("status")).isEqualTo(expectedStatus);
        if (field != null) {
            assertThat(problem.get("field")).as(body).isEqualTo(field);
        }
    }
}
