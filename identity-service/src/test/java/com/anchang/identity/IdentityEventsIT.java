package com.anchang.identity;

import static com.anchang.identity.OAuthClient.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.identity.OfficeOpened;
import com.anchang.events.identity.StaffContactChanged;
import com.anchang.identity.adapter.persistence.MongoDirectoryRepositories;
import com.anchang.identity.application.Directory;
import com.anchang.identity.application.TellingContacts;
import com.anchang.identity.application.TellingOffices;
import com.anchang.identity.domain.UserRepository;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.OutboxWrites;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * NOTE-6, IDN-7: the directory's events leave from the documents that changed (ADR 1): published after the
 * change, on the identity topic, keyed by the user or the office; kept in the document until the broker
 * acknowledged them, so a relay that fails does not lose them.
 */
@ServiceIntegrationTest
class IdentityEventsIT {

    static final String PASSWORD = "initial-pass-1";

    @Autowired
    TestHttp http;
    @Autowired
    OutboxRelay relay;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    UserRepository users;
    @Autowired
    Directory directory;
    @Autowired
    Clock clock;
    @Value("${local.server.port}")
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    OAuthClient oauth;
    String admin;

    @BeforeEach
    void signInAdmin() {
        oauth = new OAuthClient(port);
        admin = oauth.signIn("admin", OAuthClient.ADMIN_PASSWORD).accessToken();
    }

    Answer as(String token, String method, String path, Object body) {
        return http.call(method, path, body, bearer(token));
    }

    String created(Answer answer, String idField) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer.text(idField);
    }

    /** A consultant of a new office; returns the user's id and their token. */
    String[] consultant(String developer, String office) {
        String username = "sms." + UUID.randomUUID().toString().substring(0, 8);
        String userId = created(as(admin, "POST", "/api/identity/users", Map.of("username", username, "displayName", "李娜",
                "developerId", developer, "password", PASSWORD)), "userId");
        assertThat(as(admin, "POST", "/api/identity/users/" + userId + "/grants",
                Map.of("role", "CONSULTANT", "officeId", office)).status()).isEqualTo(200);
        return new String[] {userId, oauth.signIn(username, PASSWORD).accessToken()};
    }

    static StaffContactChanged contact(ConsumerRecord<String, String> record) {
        return EventJson.read(record.value(), StaffContactChanged.class);
    }

    @Test
    @DisplayName("NOTE-6, IDN-7: an opened office and a consultant's contact (set, changed to no SMS, then withdrawn by "
            + "leaving; told again when a role is granted) are published on the identity topic after each change, keyed "
            + "by office and user, newer ones with a higher sequence")
    void publishedAfterTheChange() {
        try (EventCapture capture = new EventCapture(brokers, Topics.IDENTITY)) {
            String developer = created(as(admin, "POST", "/api/identity/developers", Map.of("name", "华信地产")), "developerId");
            String office = created(as(admin, "POST", "/api/identity/offices", Map.of("developerId", developer,
                    "name", "滨江售楼处")), "officeId");
            String[] consultant = consultant(developer, office);

            List<ConsumerRecord<String, String>> opened = capture.awaitRecords(r -> office.equals(r.key())
                    && OfficeOpened.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)));
            OfficeOpened openedEvent = EventJson.read(opened.getFirst().value(), OfficeOpened.class);
            assertThat(openedEvent.developerId()).isEqualTo(developer);
            assertThat(openedEvent.name()).isEqualTo("滨江售楼处");
            assertThat(openedEvent.zone()).isEqualTo("Asia/Shanghai");

            assertThat(as(consultant[1], "PUT", "/api/identity/me/contact",
                    Map.of("mobile", "139 1234 5678", "smsReminders", true)).status()).isEqualTo(200);
            assertThat(as(consultant[1], "PUT", "/api/identity/me/contact",
                    Map.of("mobile", "13912345678", "smsReminders", true)).status()).as("the same again").isEqualTo(200);
            assertThat(as(consultant[1], "PUT", "/api/identity/me/contact",
                    Map.of("mobile", "13912345678", "smsReminders", false)).status()).isEqualTo(200);
            assertThat(as(admin, "POST", "/api/identity/users/" + consultant[0] + "/leave", null).status()).isEqualTo(200);

            List<StaffContactChanged> told = capture.awaitCount(r -> consultant[0].equals(r.key()), 3).stream()
                    .map(IdentityEventsIT::contact).toList();
            assertThat(told).hasSize(3);
            assertThat(told).extracting(StaffContactChanged::mobile).containsExactly("13912345678", "13912345678", null);
            assertThat(told).extracting(StaffContactChanged::smsReminders).containsExactly(true, false, false);
            assertThat(told).extracting(StaffContactChanged::employed).containsExactly(true, true, false);
            assertThat(told.getFirst().officeIds()).containsExactly(office);
            assertThat(told.getFirst().officeRoles()).containsEntry(office, List.of("CONSULTANT"));
            assertThat(told.get(1).sequence()).isGreaterThan(told.getFirst().sequence());
            assertThat(told.get(2).sequence()).isGreaterThan(told.get(1).sequence());
            // the PM role granted to a user with a mobile: told again, with the role
            String[] pm = consultant(developer, office);
            assertThat(as(pm[1], "PUT", "/api/identity/me/contact", Map.of("mobile", "13912340001", "smsReminders", true))
                    .status()).isEqualTo(200);
            assertThat(as(admin, "POST", "/api/identity/users/" + pm[0] + "/grants",
                    Map.of("role", "PM", "officeId", office)).status()).isEqualTo(200);
            List<StaffContactChanged> pmTold = capture.awaitCount(r -> pm[0].equals(r.key()), 2).stream()
                    .map(IdentityEventsIT::contact).toList();
            assertThat(pmTold.get(1).officeRoles()).containsEntry(office, List.of("CONSULTANT", "PM"));
            assertThat(pmTold.get(1).mobile()).isEqualTo("13912340001");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    OutboxWrites.eventIds(mongo, MongoDirectoryRepositories.Users.COLLECTION, consultant[0]))
                    .as("published and removed from the user's outbox").isEmpty());
        }
    }

    @Test
    @DisplayName("NOTE-6: a contact change written while the broker does not answer is kept in the user's document "
            + "and published once it does: a relay that fails is not a lost event")
    void notLostWhenTheRelayFails() throws Exception {
        String developer = created(as(admin, "POST", "/api/identity/developers", Map.of("name", "华信地产")), "developerId");
        String office = created(as(admin, "POST", "/api/identity/offices", Map.of("developerId", developer,
                "name", "西湖售楼处")), "officeId");
        String[] consultant = consultant(developer, office);
        relay.stop();
        boolean restarted = false;
        try {
            assertThat(as(consultant[1], "PUT", "/api/identity/me/contact",
                    Map.of("mobile", "13912345678", "smsReminders", true)).status()).isEqualTo(200);
            List<String> waiting = OutboxWrites.eventIds(mongo, MongoDirectoryRepositories.Users.COLLECTION, consultant[0]);
            assertThat(waiting).as("written with the change, not yet published").hasSize(1);

            DefaultKafkaProducerFactory<String, String> unreachable = unreachableBroker();
            try {
                OutboxRelay failing = new OutboxRelay(mongo, new KafkaTemplate<>(unreachable),
                        List.of(MongoDirectoryRepositories.Users.COLLECTION), Duration.ofMinutes(1), Duration.ofSeconds(2),
                        new SimpleMeterRegistry());
                assertThatThrownBy(() -> failing.relay(MongoDirectoryRepositories.Users.COLLECTION, consultant[0]))
                        .as("the broker never acknowledged").isInstanceOf(RuntimeException.class);
            } finally {
                unreachable.destroy();
            }
            assertThat(OutboxWrites.eventIds(mongo, MongoDirectoryRepositories.Users.COLLECTION, consultant[0]))
                    .as("kept for the next try").isEqualTo(waiting);

            try (EventCapture capture = new EventCapture(brokers, Topics.IDENTITY)) {
                relay.start(); // its sweep at start finds what was left
                restarted = true;
                List<ConsumerRecord<String, String>> published = capture.awaitRecords(r -> consultant[0].equals(r.key()));
                assertThat(published).hasSize(1);
                assertThat(EventCapture.header(published.getFirst(), EventHeaders.EVENT_ID)).isEqualTo(waiting.getFirst());
                assertThat(contact(published.getFirst()).mobile()).isEqualTo("13912345678");
                assertThat(contact(published.getFirst()).smsReminders()).isTrue();
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    OutboxWrites.eventIds(mongo, MongoDirectoryRepositories.Users.COLLECTION, consultant[0])).isEmpty());
        } finally {
            if (!restarted) {
                relay.start();
            }
        }
    }

    @Test
    @DisplayName("NOTE-6: a mobile set before the directory published contact changes is told once at start, "
            + "and not again at the next")
    void contactsSetBeforeAreToldOnce() {
        String[] opened = developerAndOffice("钱塘售楼处");
        String[] consultant = consultant(opened[0], opened[1]);
        // as stored by the contact screen before the directory published its changes
        mongo.getCollection(MongoDirectoryRepositories.Users.COLLECTION).updateOne(
                com.mongodb.client.model.Filters.eq("_id", consultant[0]),
                com.mongodb.client.model.Updates.combine(com.mongodb.client.model.Updates.set("mobile", "13700001111"),
                        com.mongodb.client.model.Updates.set("smsReminders", true)));

        try (EventCapture capture = new EventCapture(brokers, Topics.IDENTITY)) {
            assertThat(new TellingContacts(users, clock).tellNeverTold()).isGreaterThanOrEqualTo(1);
            assertThat(new TellingContacts(users, clock).tellNeverTold()).as("the next start").isZero();

            List<ConsumerRecord<String, String>> told = capture.awaitRecords(r -> consultant[0].equals(r.key()));
            assertThat(contact(told.getFirst()).mobile()).isEqualTo("13700001111");
            assertThat(contact(told.getFirst()).smsReminders()).isTrue();
            assertThat(told).hasSize(1);
        }
    }

    @Test
    @DisplayName("IDN-7, ADR 32: an office opened before the directory told openings is told once at start, with its "
            + "developer, and not again at the next")
    void officesOpenedBeforeAreToldOnce() {
        String[] opened = developerAndOffice("西溪售楼处");
        String developer = opened[0];
        String office = opened[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection(MongoDirectoryRepositories.Offices.COLLECTION)
                .find(com.mongodb.client.model.Filters.eq("_id", office)).first().getList("outbox", Object.class, List.of())
                .isEmpty());
        // as stored before the directory told openings
        mongo.getCollection(MongoDirectoryRepositories.Offices.COLLECTION).updateOne(
                com.mongodb.client.model.Filters.eq("_id", office), com.mongodb.client.model.Updates.unset("told"));

        try (EventCapture capture = new EventCapture(brokers, Topics.IDENTITY)) {
            assertThat(new TellingOffices(directory.offices(), clock).tellNeverTold()).isGreaterThanOrEqualTo(1);
            assertThat(new TellingOffices(directory.offices(), clock).tellNeverTold()).as("the next start").isZero();

            // the opening as it was published when the office was opened, and the one told at start
            List<ConsumerRecord<String, String>> told = capture.awaitCount(r -> office.equals(r.key())
                    && OfficeOpened.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)), 2);
            assertThat(told).hasSize(2).allSatisfy(r -> assertThat(EventJson.read(r.value(), OfficeOpened.class)
                    .developerId()).isEqualTo(developer));
        }
    }

    /** A new developer and an office of it opened by the platform administrator: their ids. */
    String[] developerAndOffice(String officeName) {
        String developer = created(as(admin, "POST", "/api/identity/developers", Map.of("name", "华信地产")), "developerId");
        String office = created(as(admin, "POST", "/api/identity/offices", Map.of("developerId", developer,
                "name", officeName)), "officeId");
        return new String[] {developer, office};
    }

    /** A producer whose broker never answers: every send fails after a short wait. */
    static DefaultKafkaProducerFactory<String, String> unreachableBroker() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        return new DefaultKafkaProducerFactory<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 1_500,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }
}
