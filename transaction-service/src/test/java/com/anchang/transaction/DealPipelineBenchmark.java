package com.anchang.transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.EligibilityChecked;
import com.anchang.events.transaction.SubscriptionApproved;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Benchmark, not a test (its name keeps it out of the normal run): {@code bench.deals} deals (default 1,000)
 * driven over HTTP from the formal deposit to the contract by {@code bench.threads} clients (default 4), on the
 * service with the in-process store (memory backend, as the integration tests run it) and the real broker in the
 * same JVM. It measures the deal events per second that reach the transaction topic, the p50/p99 from each
 * step's HTTP answer to its event on the topic (what the outbox relay adds), and, beside them, the store's raw
 * insert rate of 1 KB documents in the same run. Prints the figures and the load average.
 *
 * <pre>./mvnw -B -ntp -o -pl transaction-service -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=DealPipelineBenchmark -Dfailsafe.failIfNoSpecifiedTests=false -Dbench.deals=1000</pre>
 * (failsafe runs it: it shares the integration tests' application context setup.)
 */
@ServiceIntegrationTest
class DealPipelineBenchmark extends FakeInventory {

    static final String DEVELOPER = "dev-bench";
    static final String OFFICE = "office-bench";
    static final List<String> MEASURED = List.of(DepositReceived.TYPE, SubscriptionApproved.TYPE,
            SubscriptionSigned.TYPE, DownPaymentReceived.TYPE, EligibilityChecked.TYPE, ContractSigned.TYPE);
    static final TestTokens.Staff CONSULTANT = member("c-bench", "CONSULTANT");
    static final TestTokens.Staff FINANCE = member("u-finance-bench", "FINANCE");
    static final TestTokens.Staff PM = member("u-pm-bench", "PM");

    private final TestHttp server;
    private final String brokers;
    private final KafkaTemplate<String, String> kafka;
    private final MongoTemplate mongo;

    @Autowired
    DealPipelineBenchmark(TestHttp server, @Value("${spring.embedded.kafka.brokers}") String brokers,
            KafkaTemplate<String, String> kafka, MongoTemplate mongo) {
        this.server = server;
        this.brokers = brokers;
        this.kafka = kafka;
        this.mongo = mongo;
    }

    private static TestTokens.Staff member(String userId, String role) {
        return TestTokens.staff(userId, DEVELOPER).at(OFFICE, role);
    }

    /** When each step answered and when its event reached the topic, by deal id and event type (nanoTime). */
    final Map<String, Long> answered = new ConcurrentHashMap<>();
    final Map<String, Long> arrived = new ConcurrentHashMap<>();

    @Test
    @DisplayName("benchmark: deals from the formal deposit to the contract over HTTP, events per second and answer-to-topic latency, beside the store's raw insert rate")
    void pipeline() throws Exception {
        int deals = Integer.getInteger("bench.deals", 1000);
        int threads = Integer.getInteger("bench.threads", 4);
        INVENTORY.resetAll();
        INVENTORY.stubFor(get(urlPathMatching("/api/inventory/units/unit-bench-.*")).willReturn(okJson(
                "{\"unitId\":\"{{request.pathSegments.[3]}}\",\"officeId\":\"" + OFFICE + "\",\"code\":\"B-{{request"
                        + ".pathSegments.[3]}}\",\"status\":\"AVAILABLE\",\"listPrice\":3200000.00}")
                .withTransformers("response-template")));

        double rawInserts = rawInsertRate(Math.max(10_000, deals * 10));

        AtomicBoolean listening = new AtomicBoolean(true);
        CountDownLatch assigned = new CountDownLatch(1);
        Thread consumer = Thread.ofPlatform().start(() -> listen(listening, assigned));
        assertThat(assigned.await(60, TimeUnit.SECONDS)).as("the topic's partitions assigned").isTrue();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < deals; i++) {
            String unitId = "unit-bench-" + run + "-" + i;
            runs.add(clients.submit(() -> drive(unitId)));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        long driven = System.nanoTime() - start;
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                .until(() -> answered.keySet().stream().allMatch(arrived::containsKey));
        long done = System.nanoTime() - start;
        listening.set(false);
        consumer.join();
        clients.shutdown();

        List<Long> latencies = new ArrayList<>();
        answered.forEach((key, at) -> latencies.add(arrived.get(key) - at));
        Collections.sort(latencies);
        double seconds = done / 1e9;
        System.out.printf("""
                DealPipelineBenchmark: %d deals, %d client threads, %d cores, load average %.2f at the end
                  raw store inserts (1 KB documents, one thread): %.0f/s
                  steps driven over HTTP in %.1f s: %.0f commands/s (11 per deal)
                  deal events measured on the topic: %d in %.1f s = %.0f events/s (%.0f%% of the raw insert rate)
                  answer -> event on the topic: p50 %.1f ms, p99 %.1f ms, max %.1f ms
                """, deals, threads, Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), rawInserts, driven / 1e9,
                deals * 11 / (driven / 1e9), latencies.size(), seconds, latencies.size() / seconds,
                100 * latencies.size() / seconds / rawInserts, ms(latencies, 0.50), ms(latencies, 0.99),
                ms(latencies, 1.0));
        assertThat(latencies).hasSize(deals * MEASURED.size());
    }

    private double rawInsertRate(int count) {
        String pad = "x".repeat(1000);
        var collection = mongo.getCollection("bench_raw_" + UUID.randomUUID().toString().substring(0, 6));
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            collection.insertOne(new Document("_id", "raw-" + i).append("pad", pad));
        }
        double rate = count / ((System.nanoTime() - start) / 1e9);
        collection.drop();
        return rate;
    }

    private void drive(String unitId) {
        Answer opened = server.as(CONSULTANT.token()).call("POST", "/api/deals", Map.of("officeId", OFFICE, "unitId",
                unitId, "leadId", "lead-bench", "buyerName", "王先生", "buyerMobile", "13812345678"));
        check(opened, 201);
        String dealId = opened.text("dealId");
        Instant now = Instant.now();
        TestEvents.publish(kafka, Topics.INVENTORY, unitId, OFFICE, UUID.randomUUID().toString(), new UnitHeld(unitId,
                DEVELOPER, OFFICE, "bld-bench", "B-" + unitId, dealId, "c-bench", "王先生 138****5678",
                new BigDecimal("3200000.00"), now, now.plus(Duration.ofHours(48))));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).until(() -> "UNIT_HELD".equals(
                server.as(PM.token()).get("/api/deals/" + dealId).map().get("status")));
        pay(dealId, Map.of("purpose", "FORMAL_DEPOSIT", "amount", "50000.00", "method", "TRANSFER",
                "downPaymentDueDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(30).toString()),
                DepositReceived.TYPE);
        step(CONSULTANT, dealId, "/subscription", Map.of("financing", "COMMERCIAL_LOAN", "downPaymentAmount",
                "910000.00", "buyerIdNumber", "330106198801012345"), null);
        step(PM, dealId, "/subscription/approve", null, SubscriptionApproved.TYPE);
        Answer copy = server.as(CONSULTANT.token()).call("POST", "/api/deals/" + dealId + "/files",
                DealFileForms.form("ID_COPY", "id.pdf", "application/pdf", DealFileForms.pdf("ID " + dealId)));
        check(copy, 201);
        step(CONSULTANT, dealId, "/subscription/sign", Map.of("signer", "BUYER", "idCopyFileId", copy.text("fileId")),
                SubscriptionSigned.TYPE);
        pay(dealId, Map.of("purpose", "DOWN_PAYMENT", "amount", "910000.00", "method", "TRANSFER"),
                DownPaymentReceived.TYPE);
        step(CONSULTANT, dealId, "/eligibility", Map.of("passed", true, "basis", "沪籍, 名下无房"), EligibilityChecked.TYPE);
        step(CONSULTANT, dealId, "/contract", Map.of("contractNumber", "HT-" + dealId), ContractSigned.TYPE);
    }

    @SuppressWarnings("unchecked")
    private void pay(String dealId, Map<String, Object> body, String effect) {
        Answer entered = server.as(FINANCE.token()).call("POST", "/api/deals/" + dealId + "/payments", body);
        check(entered, 200);
        String paymentId = (String) ((Map<String, Object>) entered.map().get("waitingPayment")).get("paymentId");
        step(PM, dealId, "/payments/" + paymentId + "/confirm", null, effect);
    }

    private void step(TestTokens.Staff staff, String dealId, String path, Object body, String effect) {
        Answer answer = server.as(staff.token()).call("POST", "/api/deals/" + dealId + path, body);
        check(answer, 200);
        if (effect != null) {
            answered.put(dealId + "|" + effect, System.nanoTime());
        }
    }

    private static void check(Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    }

    private void listen(AtomicBoolean listening, CountDownLatch assigned) {
        Properties props = new Properties();
        props.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(Topics.TRANSACTION));
            while (listening.get()) {
                var records = consumer.poll(Duration.ofMillis(5));
                if (!consumer.assignment().isEmpty()) {
                    assigned.countDown();
                }
                records.forEach(record -> {
                    String type = EventCapture.header(record, EventHeaders.TYPE);
                    if (MEASURED.contains(type)) {
                        arrived.putIfAbsent(record.key() + "|" + type, System.nanoTime());
                    }
                });
            }
        }
    }

    private static double ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
