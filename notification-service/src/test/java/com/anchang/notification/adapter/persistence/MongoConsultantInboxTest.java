package com.anchang.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.anchang.notification.domain.ConsultantReminder;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The consultants' and the PMs' inboxes on the embedded store, over TCP with the real driver. */
class MongoConsultantInboxTest {

    private static final String PM_INBOX = ConsultantReminder.officePm("office-1");
    private static final Instant T = Instant.parse("2026-11-23T03:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoConsultantInbox inbox;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://localhost:" + address.getPort());
        inbox = new MongoConsultantInbox(new MongoTemplate(client, "notifications"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    @DisplayName("NOTE-6: what waits for the PM is stored once however often it is told, and decided once; a decision told before what it decides is kept for it")
    void waitingOnceDoneOnce() {
        ConsultantReminder collision = ConsultantReminder.collisionWaiting("collision.1", "dev-1", "office-1", "lead-1",
                "u-c1", "u-c2", "u-c1", T);
        ConsultantReminder claim = ConsultantReminder.claimWaiting("claim-1", "dev-1", "office-1", "deal-1", "u-c2",
                T.plusSeconds(60));
        inbox.add(ConsultantReminder.protectionLapsing("evt-1", "u-c1", "dev-1", "office-1", "lead-1",
                java.time.LocalDate.parse("2026-11-27"), java.time.LocalDate.parse("2026-11-28"), T));

        assertThat(inbox.add(collision)).isTrue();
        assertThat(inbox.add(collision)).isFalse();
        // the claim's decision arrives before the claim (another consumer's order): kept for it
        assertThat(inbox.done(PM_INBOX, "claim-1", T.plusSeconds(120), "已驳回")).isTrue();
        assertThat(inbox.add(claim)).isTrue();
        assertThat(inbox.done(PM_INBOX, "collision.1", T.plusSeconds(180), "确认:由 u-c1 跟进")).isTrue();
        assertThat(inbox.done(PM_INBOX, "collision.1", T.plusSeconds(180), "确认:由 u-c1 跟进")).isFalse();

        assertThat(inbox.of(PM_INBOX, 10)).extracting(ConsultantReminder::subject, ConsultantReminder::doneAt,
                ConsultantReminder::outcome).containsExactly(
                        tuple("claim-1", T.plusSeconds(120), "已驳回"),
                        tuple("collision.1", T.plusSeconds(180), "确认:由 u-c1 跟进"));
        assertThat(inbox.of("u-c1", 10)).extracting(ConsultantReminder::kind)
                .containsExactly(ConsultantReminder.Kind.PROTECTION_LAPSING);
    }
}
