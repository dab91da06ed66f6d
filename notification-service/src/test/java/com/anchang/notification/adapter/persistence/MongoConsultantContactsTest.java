package com.anchang.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.notification.domain.ConsultantContact;
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

/** The staff's contacts on the embedded store, over TCP with the real driver. */
class MongoConsultantContactsTest {

    private static final Instant T = Instant.parse("2026-11-24T02:15:00Z");

    private MongoServer server;
    private MongoClient client;
    private MongoConsultantContacts contacts;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://localhost:" + address.getPort());
        contacts = new MongoConsultantContacts(new MongoTemplate(client, "notifications"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    @DisplayName("NOTE-6: the newest contact by sequence is kept; the same event again, or an older one arriving late, changes nothing")
    void newestWins() {
        ConsultantContact on = new ConsultantContact("u-li", "李娜", "13912345678", true, true, 7, T);
        ConsultantContact off = new ConsultantContact("u-li", "李娜", "13912345678", false, true, 9, T.plusSeconds(60));

        assertThat(contacts.of("u-li")).isEmpty();
        assertThat(contacts.record(on)).isTrue();
        assertThat(contacts.record(on)).as("redelivered").isFalse();
        assertThat(contacts.record(off)).isTrue();
        assertThat(contacts.record(on)).as("older, arriving late").isFalse();

        ConsultantContact kept = contacts.of("u-li").orElseThrow();
        assertThat(kept).isEqualTo(off);
        assertThat(kept.wantsSms()).isFalse();
        assertThat(kept.maskedMobile()).isEqualTo("139****5678");
    }

    @Test
    @DisplayName("NOTE-6: the PMs of an office are those identity last told as PM there")
    void pmsOfAnOffice() {
        contacts.record(new ConsultantContact("u-pm", "王经理", "13700000001", true, true, 1, T,
                java.util.Set.of("office-1", "office-2")));
        contacts.record(new ConsultantContact("u-li", "李娜", "13912345678", true, true, 1, T));
        contacts.record(new ConsultantContact("u-pm2", "赵经理", null, false, true, 1, T, java.util.Set.of("office-1")));

        assertThat(contacts.pmsOf("office-1")).extracting(ConsultantContact::userId).containsExactlyInAnyOrder("u-pm",
                "u-pm2");
        assertThat(contacts.pmsOf("office-2")).singleElement().isEqualTo(contacts.of("u-pm").orElseThrow());
        contacts.record(new ConsultantContact("u-pm", "王经理", "13700000001", true, true, 2, T, java.util.Set.of()));
        assertThat(contacts.pmsOf("office-2")).as("no longer PM there").isEmpty();
    }

    @Test
    @DisplayName("NOTE-6: the SMS planned to a consultant are remembered, the last 50, newest last")
    void plannedRemembered() {
        contacts.record(new ConsultantContact("u-li", "李娜", "13912345678", true, true, 7, T));
        for (int i = 1; i <= 55; i++) {
            contacts.planned("u-li", "sms-" + i);
        }

        assertThat(contacts.planned("u-li")).hasSize(50).startsWith("sms-6").endsWith("sms-55");
        assertThat(contacts.record(new ConsultantContact("u-li", "李娜", null, false, true, 8, T)))
                .as("a newer contact keeps what was planned").isTrue();
        assertThat(contacts.planned("u-li")).hasSize(50);
        assertThat(contacts.planned("u-unknown")).isEmpty();
    }
}
