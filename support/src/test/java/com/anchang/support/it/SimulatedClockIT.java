package com.anchang.support.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.support.clock.ClockHeader;
import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/**
 * A service started on the simulated platform clock (ADR 11): its business time starts at the given
 * instant, half a year ahead of the machine's, while tokens are still judged by real time; its clock
 * API moves it forward only, runs its due jobs and says when their work has settled; every answer says
 * the clock is simulated.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.application.name=parcel-service", "anchang.events.topic=" + ParcelApp.TOPIC,
        "anchang.clock.simulated=true", "anchang.clock.start=" + SimulatedClockIT.START})
class SimulatedClockIT {

    static final String START = "2027-06-01T09:00+08:00";
    static final Instant START_INSTANT = Instant.parse("2027-06-01T01:00:00Z");
    static final TestTokens.Staff ADMIN = TestTokens.staff("u-admin", null).withRoles("PLATFORM_ADMIN");
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("u-1", ParcelApp.DEVELOPER).at("office-1", "CONSULTANT");

    /** A daily job of the office's morning, as a service declares one. */
    @TestConfiguration
    static class Jobs {

        static final Queue<Instant> MORNINGS = new ConcurrentLinkedQueue<>();

        @Bean
        PeriodicJob morning() {
            return PeriodicJob.cron("morning", "0 0 10 * * *", ZoneId.of("Asia/Shanghai"), now -> {
                MORNINGS.add(now);
                return "";
            });
        }
    }

    @Autowired
    TestHttp server;
    @Value("${local.server.port}")
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    Map<String, Object> clock() {
        TestHttp.Answer answer = server.as(ADMIN.token()).get("/api/platform/clock");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.map();
    }

    Instant now() {
        return Instant.parse(clock().get("now").toString());
    }

    @Test
    @DisplayName("business time starts at the simulated instant, events carry it, and tokens are judged by real time (a token of today is accepted half a year ahead)")
    void simulatedBusinessRealSecurity() {
        assertThat(now()).isAfterOrEqualTo(START_INSTANT).isBefore(START_INSTANT.plus(Duration.ofDays(400)));

        try (EventCapture capture = new EventCapture(brokers, ParcelApp.TOPIC)) {
            TestHttp.Answer shipped = server.as(CONSULTANT.token()).call("POST", "/api/parcels",
                    Map.of("parcelId", "p-simulated", "officeId", "office-1", "weight", "2.00"));
            assertThat(shipped.status()).as(shipped.text()).isEqualTo(200);

            ConsumerRecord<String, String> event = capture.awaitRecords(r -> "p-simulated".equals(r.key())).getFirst();
            Instant occurredAt = Instant.parse(EventCapture.header(event, EventHeaders.OCCURRED_AT));
            assertThat(occurredAt).as("the event's time is the simulated one").isAfterOrEqualTo(START_INSTANT)
                    .isBefore(now().plusSeconds(1));
        }
    }

    @Test
    @DisplayName("the clock API answers the platform administrator only (a consultant: 403) and every answer, a 401 too, carries Anchang-Clock: simulated")
    void administratorOnlyAndTheHeader() {
        assertThat(server.as(CONSULTANT.token()).get("/api/platform/clock").status()).isEqualTo(403);

        RestClient client = RestClient.create("http://localhost:" + port);
        ResponseEntity<String> anonymous = client.get().uri("/api/parcels/p-none")
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders()).body(""));
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getFirst(ClockHeader.NAME)).startsWith("simulated; now=2027-");
    }

    @Test
    @DisplayName("PUT moves the clock forward and it runs on from there; an instant it has passed leaves it where it is: never back")
    void movesForwardOnly() {
        Instant ahead = now().plus(Duration.ofDays(3));
        TestHttp admin = server.as(ADMIN.token());

        assertThat(admin.call("PUT", "/api/platform/clock", Map.of("to", ahead.toString())).status()).isEqualTo(200);
        assertThat(now()).isAfterOrEqualTo(ahead).isBefore(ahead.plusSeconds(5));
        assertThat(admin.call("PUT", "/api/platform/clock", Map.of("to", START_INSTANT.toString())).status()).isEqualTo(200);
        assertThat(now()).as("not moved back").isAfterOrEqualTo(ahead);
        assertThat(admin.call("PUT", "/api/platform/clock", Map.of()).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("due work: a job is reported with its next due instant, and runs when a step reaches it, reading the moved clock; then the service settles")
    void dueWorkRunsAtTheStep() {
        TestHttp admin = server.as(ADMIN.token());
        Instant now = now();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) clock().get("jobs");
        Instant due = Instant.parse(jobs.stream().filter(job -> "morning".equals(job.get("job"))).findFirst().orElseThrow()
                .get("nextDue").toString());
        assertThat(due).isAfter(now).isBeforeOrEqualTo(now.plus(Duration.ofDays(1)));
        Jobs.MORNINGS.clear();

        assertThat(admin.call("POST", "/api/platform/clock/due-work", Map.of("after", now.toString(),
                "until", due.minusSeconds(1).toString())).map().get("ran")).isEqualTo(List.of());
        admin.call("PUT", "/api/platform/clock", Map.of("to", due.toString()));
        TestHttp.Answer ran = admin.call("POST", "/api/platform/clock/due-work", Map.of("after", now.toString(),
                "until", due.toString()));

        assertThat(ran.map().get("ran")).isEqualTo(List.of("morning"));
        assertThat(Jobs.MORNINGS).hasSize(1).allSatisfy(at -> assertThat(at).isAfterOrEqualTo(due)
                .isBefore(due.plusSeconds(5)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                Boolean.TRUE.equals(admin.get("/api/platform/clock/settled").map().get("settled")));
    }

    @Test
    @DisplayName("the coordinator asks for the work due after its last step (dueAfter), since this clock ran on meanwhile: a morning already passed here is still reported; a bad instant is a 400 naming the field")
    void dueAfterTheStep() {
        TestHttp admin = server.as(ADMIN.token());
        Instant morning = Instant.parse("2027-06-05T02:00:00Z"); // 10:00 in Shanghai, after every other test's moves
        admin.call("PUT", "/api/platform/clock", Map.of("to", morning.plusSeconds(5).toString()));

        TestHttp.Answer before = admin.get("/api/platform/clock?dueAfter=" + morning.minusSeconds(1));
        assertThat(before.status()).as(before.text()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) before.map().get("jobs");
        assertThat(jobs).filteredOn(job -> "morning".equals(job.get("job")))
                .singleElement().satisfies(job -> assertThat(job.get("nextDue")).isEqualTo(morning.toString()));

        TestHttp.Answer bad = admin.get("/api/platform/clock?dueAfter=yesterday");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).contains("dueAfter");
    }
}
