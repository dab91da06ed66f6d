package com.anchang.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.notification.adapter.messaging.NotificationEvents;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.Instalment;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.notification.domain.TestPolicies;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.outbox.TraceContext;
import com.anchang.support.problem.ConcurrentChangeException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Reminder schedules on the embedded store, over TCP with the real driver. */
class MongoReminderScheduleRepositoryTest {

    private static final Instant NOW = Instant.parse("2027-02-03T06:15:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoReminderScheduleRepository schedules;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://localhost:" + server.bind().getPort());
        MongoTemplate mongo = new MongoTemplate(client, "notifications");
        mongo.getCollection(MongoReminderScheduleRepository.COLLECTION).createIndex(Indexes.ascending("_id", "version"),
                new IndexOptions().unique(true));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        schedules = new MongoReminderScheduleRepository(mongo, new NotificationEvents(new Outbox(clock,
                new TraceContext(new StaticListableBeanFactory().getBeanProvider(Tracer.class))),
                office -> TestPolicies.DEFAULT), new OutboxRelay(mongo, null,
                List.of(MongoReminderScheduleRepository.COLLECTION), Duration.ofDays(1), Duration.ofSeconds(1),
                new SimpleMeterRegistry()));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    @DisplayName("NOTE-4: a delivery step writes its one reminder by compare-and-set; the others, the instalment plan "
            + "and the deal stay as stored, and a step on the version before is refused")
    void aDeliveryStepWritesItsReminderAlone() {
        List<Instalment> plan = List.of(new Instalment(1, LocalDate.parse("2027-03-20"), new BigDecimal("700000.00"),
                new BigDecimal("200000.00")));
        ReminderSchedule planned = ReminderSchedule.forDeal("deal-1", "dev-1", "office-1", "unit-1",
                new Recipient("王先生", "13812345678"), NOW).describedAs("3-1802", null)
                .instalmentPlan(plan, TestPolicies.DEFAULT, NOW).schedule();
        assertThat(schedules.insert(planned, "evt-1")).isTrue();
        ReminderSchedule stored = schedules.find("deal-1").orElseThrow();
        assertThat(stored.instalments()).isEqualTo(plan);
        Reminder second = stored.reminders().get(1);
        assertThat(second.about()).isEqualTo(LocalDate.parse("2027-03-20"));

        Instant due = second.dueAt();
        ReminderSchedule claimed = schedules.save(stored.change(second.id(),
                r -> r.claim("instance-1", due, Duration.ofMinutes(2), Channel.SMS)));

        ReminderSchedule read = schedules.find("deal-1").orElseThrow();
        assertThat(read.version()).isEqualTo(1).isEqualTo(claimed.version());
        assertThat(read.reminders()).extracting(Reminder::status)
                .containsExactly(ReminderStatus.PLANNED, ReminderStatus.CLAIMED);
        assertThat(read.reminders().get(1).delivery().claimedBy()).isEqualTo("instance-1");
        assertThat(read.reminders().get(0)).isEqualTo(stored.reminders().get(0));
        assertThat(read.instalments()).isEqualTo(plan);
        assertThat(read.deal().unitCode()).isEqualTo("3-1802");
        assertThat(read.reminders()).allSatisfy(r -> assertThat(r.kind()).isEqualTo(ReminderKind.INSTALMENT));

        assertThatThrownBy(() -> schedules.save(stored.change(stored.reminders().get(0).id(),
                r -> r.claim("instance-2", due, Duration.ofMinutes(2), Channel.SMS))))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(schedules.find("deal-1").orElseThrow().reminders().get(0).status()).isEqualTo(ReminderStatus.PLANNED);
    }

    @Test
    @DisplayName("NOTE-6: a consultant's SMS is stored as a schedule of its own: read back with the consultant, what it "
            + "speaks of and its time; planned twice, it is stored once")
    void aConsultantsSmsReadBack() {
        ReminderSchedule sms = ReminderSchedule.forConsultant("sms-evt-1", "dev-1", "office-1", "lead-1",
                new Recipient("李娜", "13912345678"), ReminderKind.FOLLOW_UP_DUE,
                com.anchang.notification.domain.ReminderText.followUpDue("lead-1", 1, 3, LocalDate.parse("2027-02-05"),
                        LocalDate.parse("2027-02-06")), NOW, TestPolicies.DEFAULT, NOW);

        assertThat(schedules.insert(sms, "evt-1")).isTrue();
        assertThat(schedules.insert(sms, "evt-1")).as("planned again").isFalse();

        ReminderSchedule read = schedules.find("sms-evt-1").orElseThrow();
        assertThat(read.forConsultant()).isTrue();
        assertThat(read.recipient().name()).isEqualTo("李娜");
        assertThat(read.recipient().mobile()).isEqualTo("13912345678");
        assertThat(read.unitId()).isEqualTo("lead-1");
        assertThat(read.told()).containsExactlyEntriesOf(sms.told());
        assertThat(read.reminders()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ReminderKind.FOLLOW_UP_DUE);
            assertThat(r.channel()).isEqualTo(Channel.SMS);
            assertThat(r.dueAt()).as("14:15 in Shanghai: not in the quiet hours").isEqualTo(NOW);
            assertThat(r.status()).isEqualTo(ReminderStatus.PLANNED);
        });
    }
}
