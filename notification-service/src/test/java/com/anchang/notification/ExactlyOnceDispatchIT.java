package com.anchang.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.notification.adapter.provider.AlibabaSmsStandIn;
import com.anchang.notification.domain.Attempt;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.Delivery;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.support.scheduling.PeriodicJobs;
import com.anchang.support.test.ServiceIntegrationTest;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * NOTE-4, the proof: two notification-service instances on the same store and broker, a due batch of
 * 2,000 reminders, one instance killed (SIGKILL, a separate JVM) in the middle of dispatching it; the
 * other finishes. Counted at the Alibaba stand-in by OutId (the dedup reference): every reminder sent
 * once, none lost, none twice.
 */
@ServiceIntegrationTest
class ExactlyOnceDispatchIT {

    static final int BATCH = 2_000;
    static final String DEVELOPER = "dev-proof";
    static final AlibabaSmsStandIn ALIBABA = new AlibabaSmsStandIn();

    /** Both instances: the same provider account, short leases, so the survivor takes over within seconds. */
    static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("notification.accounts." + DEVELOPER + ".sms", "ALIBABA"),
            Map.entry("notification.accounts." + DEVELOPER + ".alibaba.access-key-id", "LTAI-proof"),
            Map.entry("notification.accounts." + DEVELOPER + ".alibaba.access-key-secret", "proof-secret"),
            Map.entry("notification.accounts." + DEVELOPER + ".alibaba.endpoint", ALIBABA.endpoint()),
            Map.entry("notification.accounts." + DEVELOPER + ".alibaba.protocol", "http"),
            Map.entry("notification.accounts." + DEVELOPER + ".alibaba.sign-name", "华信置业"),
            Map.entry("notification.accounts." + DEVELOPER + ".alibaba.templates.DOWN_PAYMENT", "SMS_462915001"),
            Map.entry("notification.delivery.lease", "20s"),
            Map.entry("notification.delivery.send-timeout", "3s"),
            Map.entry("anchang.jobs.lock-at-most-for", "30s"),
            Map.entry("anchang.jobs.lock-at-least-for", "1s"));

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        SETTINGS.forEach((name, value) -> registry.add(name, () -> value));
        // this instance dispatches only when the test says so; the other one every second
        registry.add("notification.delivery.interval", () -> "1d");
    }

    @AfterAll
    static void stopStandIn() {
        ALIBABA.close();
    }

    @Autowired
    ReminderScheduleRepository schedules;
    @Autowired
    DueReminders queue;
    @Autowired
    PeriodicJobs jobs;
    @Autowired
    Environment environment;

    @Test
    @DisplayName("NOTE-4: an instance killed mid-dispatch of 2,000 due reminders: the other finishes them; at the provider every OutId once, none lost, none twice")
    void killedMidBatch() throws Exception {
        // each SMS takes the provider 15 ms to accept, so the batch takes a few seconds
        ALIBABA.server().stubFor(post(urlPathEqualTo("/")).withHeader("x-acs-action", equalTo("SendSms")).atPriority(1)
                .willReturn(okJson("{\"Code\":\"OK\",\"Message\":\"OK\",\"BizId\":\"{{randomValue length=18 type='NUMERIC'}}^0\"}")
                        .withTransformers("response-template").withFixedDelay(15)));
        List<String> deals = seedDueBatch(Instant.now().minusSeconds(1));

        Process other = startOtherInstance();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(50))
                    .until(() -> ALIBABA.sends().size() >= BATCH / 4 || !other.isAlive());
            assertThat(other.isAlive()).as("the other instance is dispatching").isTrue();
        } finally {
            other.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no graceful stop
        }
        int sentBeforeTheKill = ALIBABA.sends().size();
        assertThat(sentBeforeTheKill).as("killed in the middle of the batch").isBetween(BATCH / 4, BATCH - 1);

        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            jobs.runIfFree("reminder-dispatch");
            // names what is left, and in which state, if the survivor never finishes
            assertThat(deals.stream().map(d -> schedules.find(d).orElseThrow().reminders().getFirst())
                    .filter(r -> r.status() != ReminderStatus.SENT)
                    .map(r -> r.id() + " " + r.status() + " " + r.delivery()).toList())
                    .as("reminders not sent yet").isEmpty();
        });

        Map<String, Long> byOutId = ALIBABA.sendsByOutId();
        assertThat(byOutId).as("every reminder reached the provider").hasSize(BATCH);
        assertThat(byOutId.values()).as("none twice").containsOnly(1L);
        long foundNotResent = deals.stream().map(d -> schedules.find(d).orElseThrow().reminders().getFirst())
                .filter(r -> r.delivery().attempts().stream().anyMatch(a -> a.outcome() == Attempt.Outcome.FOUND_SENT))
                .count();
        System.out.printf("killed after %d SMS; %d left to the survivor, of which %d were found already accepted%n",
                sentBeforeTheKill, BATCH - sentBeforeTheKill, foundNotResent);
    }

    /** 2,000 deals, one reminder each, due already, each buyer with a number of their own. */
    List<String> seedDueBatch(Instant due) {
        List<String> deals = new ArrayList<>();
        IntStream.range(0, BATCH).forEach(i -> {
            String dealId = "deal-proof-" + i;
            Reminder reminder = new Reminder("rem-proof-" + i, ReminderKind.DOWN_PAYMENT, 5, due, Channel.SMS,
                    ReminderStatus.PLANNED, null, Delivery.NONE);
            queue.enter(dealId, reminder.id(), due);
            schedules.insert(ReminderSchedule.restore(dealId, DEVELOPER, "office-proof", "unit-" + i,
                    new Recipient("买家" + i, "139%08d".formatted(i)), LocalDate.now().plusDays(5), due.minusSeconds(60),
                    List.of(reminder), 0), "seed-" + i);
            deals.add(dealId);
        });
        return deals;
    }

    /** The same service in a JVM of its own, on this test's store and broker, dispatching every second. */
    Process startOtherInstance() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), NotificationApplication.class.getName(),
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.structured.format.console=",
                "--spring.mongodb.uri=" + environment.getProperty("spring.mongodb.uri"),
                "--anchang.mongo.embedded=true",
                "--spring.kafka.bootstrap-servers=" + environment.getProperty("spring.kafka.bootstrap-servers"),
                "--anchang.security.issuer=" + environment.getProperty("anchang.security.issuer"),
                "--anchang.security.jwk-set-uri=" + environment.getProperty("anchang.security.jwk-set-uri"),
                "--notification.delivery.interval=1s"));
        SETTINGS.forEach((name, value) -> command.add("--" + name + "=" + value));
        File log = Path.of("target", "exactly-once-other-instance.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }
}
