package com.anchang.lead;

import static com.anchang.support.test.AuthorizationMatrix.HOME_OFFICE;
import static com.anchang.support.test.AuthorizationMatrix.IDLE_OFFICE;
import static com.anchang.support.test.AuthorizationMatrix.UNKNOWN_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.Topics;
import com.anchang.events.identity.OfficeOpened;
import com.anchang.support.tenancy.MongoOfficeDirectory;
import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Whether another developer's office was active must not leak: its head office is answered 404 by the
 * office's rotation board, logs, fairness, violations, collisions, compliance, audit and owned leads,
 * the same whether the office had a busy day or none, and the same as for an office id nobody opened (ADR 32).
 */
@ServiceIntegrationTest
class LeadOfficeIsolationIT {

    static final List<String> OFFICE_READS = List.of(
            "/api/leads/rotation/{office}/board",
            "/api/leads/rotation/{office}/logs",
            "/api/leads/rotation/{office}/fairness",
            "/api/leads/violations?officeId={office}",
            "/api/leads/collisions?officeId={office}",
            "/api/leads/compliance?officeId={office}",
            "/api/leads/audit?officeId={office}",
            "/api/leads/owned?officeId={office}&ownerConsultantId=" + AuthorizationMatrix.OWNER);

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;

    @Test
    @DisplayName("another developer's head office gets the same 404 office from an active office, an idle one and an unknown id: rotation board, logs, fairness, violations, collisions, compliance, audit, owned leads")
    void anotherDevelopersHeadOfficeCannotTellAnActiveOfficeFromAnIdleOne() {
        makeTheHomeOfficeActive();
        String rival = Who.OTHER_DEVELOPER.staff().token();
        String headOffice = Who.HEAD_OFFICE.staff().token();
        for (String read : OFFICE_READS) {
            assertThat(server.as(headOffice).get(at(read, HOME_OFFICE)).status())
                    .as("head office of the home developer: " + read).isEqualTo(200);
            Answer active = server.as(rival).get(at(read, HOME_OFFICE));
            Answer idle = server.as(rival).get(at(read, IDLE_OFFICE));
            Answer unknown = server.as(rival).get(at(read, UNKNOWN_OFFICE));
            assertThat(active.status()).as(read + " of the active office").isEqualTo(404);
            assertThat(active.map()).as(read).containsEntry("kind", "office").containsEntry("id", HOME_OFFICE);
            assertThat(idle.text().replace(IDLE_OFFICE, "{office}"))
                    .as(read + ": the idle office answers as the active one")
                    .isEqualTo(active.text().replace(HOME_OFFICE, "{office}"))
                    .isEqualTo(unknown.text().replace(UNKNOWN_OFFICE, "{office}"));
            assertThat(server.as(headOffice).get(at(read, UNKNOWN_OFFICE)).status())
                    .as("an unknown office id, even to a head office: " + read).isEqualTo(404);
        }
    }

    @Test
    @DisplayName("an office opened at identity is known once its identity.office-opened has landed: its developer's head office reads it, another developer's still gets 404; the same event again changes nothing")
    void anOfficeOpenedIsKnownOnceItsEventLands() {
        String office = "office-opened-" + UUID.randomUUID();
        String headOffice = Who.HEAD_OFFICE.staff().token();
        String board = "/api/leads/rotation/" + office + "/board";
        assertThat(server.as(headOffice).get(board).status()).as("before the event").isEqualTo(404);

        String eventId = UUID.randomUUID().toString();
        OfficeOpened opened = new OfficeOpened(office, AuthorizationMatrix.HOME_DEVELOPER, "钱塘售楼处", "Asia/Shanghai",
                Instant.parse("2026-12-06T01:00:00Z"));
        TestEvents.publish(kafka, Topics.IDENTITY, office, office, eventId, opened);
        await().atMost(Duration.ofSeconds(30)).until(() -> server.as(headOffice).get(board).status() == 200);
        TestEvents.publish(kafka, Topics.IDENTITY, office, office, eventId, opened);

        assertThat(server.as(Who.OTHER_DEVELOPER.staff().token()).get(board).status()).isEqualTo(404);
        assertThat(mongo.getCollection(MongoOfficeDirectory.COLLECTION).countDocuments(new Document("_id", office)))
                .isEqualTo(1);
    }

    /** Registrations, a collision, a violation and a rotation day at the home office, read back by its head office. */
    void makeTheHomeOfficeActive() {
        String owner = Who.OWNER_CONSULTANT.staff().token();
        String mobile = LeadFixture.freshMobile();
        Answer lead = server.as(owner).call("POST", "/api/leads", LeadFixture.registration(HOME_OFFICE, mobile));
        assertThat(lead.status()).isEqualTo(201);
        assertThat(server.as(Who.COLLEAGUE_CONSULTANT.staff().token())
                .call("POST", "/api/leads", LeadFixture.registration(HOME_OFFICE, mobile)).status()).isEqualTo(409);
        assertThat(server.as(Who.PM.staff().token()).call("POST", "/api/leads/violations", Map.of("officeId", HOME_OFFICE,
                "leadId", lead.text("leadId"), "kind", "RENAMING", "offender", "u-colleague", "evidence", "认购书改名"))
                .status()).isEqualTo(201);
        assertThat(server.as(owner).call("POST", "/api/leads/rotation/" + HOME_OFFICE + "/check-in", null).status())
                .isEqualTo(200);
        String headOffice = Who.HEAD_OFFICE.staff().token();
        for (String read : List.of("/api/leads/violations?officeId={office}", "/api/leads/collisions?officeId={office}",
                "/api/leads/audit?officeId={office}")) {
            assertThat(server.as(headOffice).get(at(read, HOME_OFFICE)).list()).as(read).isNotEmpty();
        }
        assertThat(server.as(headOffice).get(at("/api/leads/rotation/{office}/board", HOME_OFFICE)).text())
                .contains(AuthorizationMatrix.OWNER);
    }

    static String at(String read, String officeId) {
        return read.replace("{office}", officeId);
    }
}
