package com.anchang.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

@ServiceIntegrationTest
class LeadServiceIT {

    @Autowired
    TestHttp http;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;

    /** A fresh mainland mobile number per test, typed the way a consultant might: 139-xxxx-xxxx. */
    static String freshMobile() {
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000);
        String digits = "139" + n;
        return digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
    }

    static Map<String, Object> registration(String officeId, String consultantId, String mobile) {
        Map<String, Object> body = new HashMap<>(Map.of("developerId", "dev-1", "officeId", officeId,
                "consultantId", consultantId, "customerName", "王先生", "mobile", mobile, "source", "WALK_IN"));
        body.put("budget", "3000000.00");
        body.put("layout", "3室2厅");
        body.put("area", "118.50");
        return body;
    }

    Answer register(Map<String, Object> body) {
        return http.call("POST", "/api/leads", body);
    }

    long leadsWithMobile(String officeId, String mobile) {
        return mongo.getCollection("leads").countDocuments(new Document("officeId", officeId)
                .append("mobile", mobile.replace("-", "")));
    }

    @Test
    @DisplayName("LEAD-1/3: a registered lead is answered 201 with the mobile masked and published as lead.lead-registered v1 keyed by its id")
    void registerPublishes() {
        String mobile = freshMobile();
        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            Instant before = Instant.now();
            Answer created = register(registration("office-1", "c-1", mobile));

            assertThat(created.status()).isEqualTo(201);
            String leadId = created.text("leadId");
            assertThat(leadId).startsWith("lead-");
            assertThat(created.map().get("mobile")).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(9));
            assertThat(created.map().get("ownerConsultantId")).isEqualTo("c-1");
            LocalDate expectedUntil = before.atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().plusDays(7);

            ConsumerRecord<String, String> record = capture.awaitRecords(r -> leadId.equals(r.key())).getFirst();
            assertThat(EventCapture.header(record, EventHeaders.TYPE)).isEqualTo(LeadRegistered.TYPE);
            assertThat(EventCapture.header(record, EventHeaders.VERSION)).isEqualTo("1");
            assertThat(EventCapture.header(record, EventHeaders.OFFICE_ID)).isEqualTo("office-1");
            assertThat(EventCapture.header(record, EventHeaders.EVENT_ID)).isNotBlank();
            assertThat(EventCapture.header(record, EventHeaders.OCCURRED_AT)).isNotBlank();
            LeadRegistered event = EventJson.read(record.value(), LeadRegistered.class);
            assertThat(event.ownerConsultantId()).isEqualTo("c-1");
            assertThat(event.source()).isEqualTo("WALK_IN");
            assertThat(event.protectedUntil()).isEqualTo(LocalDate.parse(created.text("protectedUntil"))).isIn(expectedUntil,
                    expectedUntil.plusDays(1)); // registration may cross midnight between 'before' and the write
            assertThat(record.value()).doesNotContain(mobile.substring(4, 8));
        }
    }

    @Test
    @DisplayName("LEAD-10: a lead is read back with its owner, needs and protection window, the mobile masked; an unknown lead answers 404")
    void readBack() {
        String mobile = freshMobile();
        String leadId = register(registration("office-1", "c-1", mobile)).text("leadId");

        Answer lead = http.get("/api/leads/" + leadId);

        assertThat(lead.status()).isEqualTo(200);
        assertThat(lead.map().get("mobile")).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(9));
        assertThat(lead.map().toString()).doesNotContain(mobile.substring(4, 8));
        assertThat(((Map<?, ?>) lead.map().get("needs")).get("layout")).isEqualTo("3室2厅");
        assertThat(lead.map().get("protectedUntil")).isNotNull();

        Answer unknown = http.get("/api/leads/lead-nope");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.map().get("kind")).isEqualTo("lead");
    }

    @Test
    @DisplayName("LEAD-5: registering a mobile the office already holds, however it is typed, is refused with 409 naming the owner; nothing is stored")
    void duplicateRefused() {
        String mobile = freshMobile();
        Answer first = register(registration("office-1", "c-1", mobile));
        String protectedUntil = first.text("protectedUntil");

        Answer second = register(registration("office-1", "c-2", "+86 " + mobile.replace("-", " ")));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.map().get("rule")).isEqualTo("LEAD-5");
        assertThat(second.map().get("detail"))
                .isEqualTo("customer already registered by consultant c-1, protected until " + protectedUntil);
        assertThat(leadsWithMobile("office-1", mobile)).isEqualTo(1);

        // another office keeps its own leads
        assertThat(register(registration("office-2", "c-9", mobile)).status()).isEqualTo(201);
    }

    @Test
    @DisplayName("LEAD-5: of 8 simultaneous registrations of one customer exactly one is stored, the rest are refused naming the rule")
    void concurrentDuplicates() throws Exception {
        String mobile = freshMobile();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Answer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String consultant = "c-" + i;
                attempts.add(() -> register(registration("office-3", consultant, mobile)));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : pool.invokeAll(attempts)) {
                answers.add(f.get());
            }
            assertThat(answers).extracting(Answer::status).containsOnly(201, 409);
            assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
            assertThat(answers).filteredOn(a -> a.status() == 409)
                    .allSatisfy(a -> assertThat(a.map().get("rule")).isEqualTo("LEAD-5"));
            assertThat(leadsWithMobile("office-3", mobile)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("bad input answers 400 naming the field and stores nothing")
    void badInput() {
        String mobile = freshMobile();

        assertThat(http.call("POST", "/api/leads", "{\"officeId\": ").status()).isEqualTo(400);

        Map<String, Object> unknownField = registration("office-4", "c-1", mobile);
        unknownField.put("vip", true);
        Answer answer = register(unknownField);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map().get("field")).isEqualTo("vip");

        Map<String, Object> missing = registration("office-4", "c-1", mobile);
        missing.remove("customerName");
        answer = register(missing);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map().get("field")).isEqualTo("customerName");

        Map<String, Object> badSource = registration("office-4", "c-1", mobile);
        badSource.put("source", "TELEPATHY");
        answer = register(badSource);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map().get("field")).isEqualTo("source");

        for (String bad : List.of("010-6552 9988", "not a phone", "138123")) {
            answer = register(registration("office-4", "c-1", bad));
            assertThat(answer.status()).as(bad).isEqualTo(400);
            assertThat(answer.map().get("field")).as(bad).isEqualTo("mobile");
        }

        Map<String, Object> negativeBudget = registration("office-4", "c-1", mobile);
        negativeBudget.put("budget", "-1.00");
        answer = register(negativeBudget);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.map().get("field")).isEqualTo("budget");

        assertThat(mongo.getCollection("leads").countDocuments(new Document("officeId", "office-4"))).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("the HTTP API is described by OpenAPI")
    void openApi() {
        Answer docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(((Map<String, Object>) docs.map().get("paths"))).containsKeys("/api/leads", "/api/leads/{leadId}");
    }
}
