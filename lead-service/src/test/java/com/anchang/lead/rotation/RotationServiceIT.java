package com.anchang.lead.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.lead.ConsultantCheckedIn;
import com.anchang.events.lead.ReceptionAssigned;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.tenancy.OfficeDirectory;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The rotation through HTTP with tokens: what the reception desk and the consultants of an office see. */
@ServiceIntegrationTest
class RotationServiceIT {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OfficeDirectory offices;
    @Value("${local.server.port}")
    int port;

    /** A fresh office of developer dev-1 per test, with its staff. */
    static final class Office {
        final String id = "office-rot-" + UUID.randomUUID().toString().substring(0, 8);
        final String pm = TestTokens.staff("u-pm-" + id, "dev-1").at(id, "PM").token();
        final String salesControl = TestTokens.staff("u-sc-" + id, "dev-1").at(id, "SALES_CONTROL").token();
        final String finance = TestTokens.staff("u-fin-" + id, "dev-1").at(id, "FINANCE").token();
        final String headOffice = TestTokens.staff("u-head-1", "dev-1").withRoles("HEAD_OFFICE").token();

        String consultant(String userId) {
            return TestTokens.staff(userId, "dev-1").at(id, "CONSULTANT").token();
        }

        String path(String rest) {
            return "/api/leads/rotation/" + id + rest;
        }
    }

    Answer post(String token, String path, Object body) {
        return server.as(token).call("POST", path, body);
    }

    Map<String, Object> board(Office office, String token) {
        Answer board = server.as(token).get(office.path("/board"));
        assertThat(board.status()).isEqualTo(200);
        return board.map();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> queue(Map<String, Object> board, String queue) {
        return ((List<Map<String, Object>>) board.get("queues")).stream().filter(q -> queue.equals(q.get("queue")))
                .findFirst().orElseThrow();
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    @Test
    @DisplayName("ROT-1/2/3: consultants check in (lead.consultant-checked-in), the board shows the check-in order, sales control gives the next walk-in to the head, the assignment says why (rule, queue snapshot) and is published as lead.reception-assigned")
    void checkInAndNext() {
        Office office = new Office();
        String a = office.consultant("c-a");
        String b = office.consultant("c-b");
        try (EventCapture capture = new EventCapture(brokers, Topics.LEAD)) {
            assertThat(post(a, office.path("/check-in"), null).status()).isEqualTo(200);
            Answer second = post(b, office.path("/check-in"), null);
            assertThat(second.status()).isEqualTo(200);
            assertThat(queue(second.map(), "WALK_IN")).containsEntry("round", 1).containsEntry("next", "c-a");

            Answer next = post(office.salesControl, office.path("/walk-ins/next"), Map.of("source", "billboard"));
            assertThat(next.status()).isEqualTo(200);
            assertThat(next.map()).containsEntry("consultant", "c-a").containsEntry("rule", "ROT-3")
                    .containsEntry("queue", "WALK_IN").containsEntry("round", 1).containsEntry("status", "SERVING")
                    .containsEntry("turn", "ROT-9").containsEntry("source", "billboard");
            assertThat(next.text("why")).contains("c-a is the first available consultant");
            String assignmentId = next.text("assignmentId");
            assertThat(assignmentId).startsWith(today().toString());

            Map<String, Object> board = board(office, b);
            assertThat(queue(board, "WALK_IN")).containsEntry("next", "c-b");
            assertThat(queue(board, "PHONE")).containsEntry("next", "c-b");
            assertThat(board.get("serving").toString()).contains("c-a", assignmentId);

            // why did c-a get this visitor? asked by the PM: the rule and the queue as it stood
            Answer why = server.as(office.pm).get(office.path("/assignments/" + assignmentId));
            assertThat(why.status()).isEqualTo(200);
            assertThat(why.map()).containsEntry("rule", "ROT-3").containsEntry("consultant", "c-a");
            assertThat(why.map().get("snapshot")).isEqualTo(List.of(
                    Map.of("consultant", "c-a", "place", 1, "status", "AVAILABLE"),
                    Map.of("consultant", "c-b", "place", 2, "status", "AVAILABLE")));

            String key = office.id + ":" + today();
            List<ConsumerRecord<String, String>> records = capture.awaitCount(r -> key.equals(r.key()), 3);
            assertThat(records).extracting(r -> EventCapture.header(r, EventHeaders.TYPE))
                    .containsExactly(ConsultantCheckedIn.TYPE, ConsultantCheckedIn.TYPE, ReceptionAssigned.TYPE);
            assertThat(EventCapture.header(records.get(2), EventHeaders.OFFICE_ID)).isEqualTo(office.id);
            ReceptionAssigned assigned = EventJson.read(records.get(2).value(), ReceptionAssigned.class);
            assertThat(assigned).isEqualTo(new ReceptionAssigned(assignmentId, "dev-1", office.id, today(), "c-a",
                    "WALK_IN", "ROT-3", 1, assigned.assignedAt(), "billboard"));
            assertThat(EventJson.read(records.get(1).value(), ConsultantCheckedIn.class).position()).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("ROT-4/5/6/7/8/9 through the API: decline, unavailable and back, away, cover and hand-over decide who receives next")
    void theRulesThroughTheApi() {
        Office office = new Office();
        String a = office.consultant("c-a");
        String b = office.consultant("c-b");
        String c = office.consultant("c-c");
        for (String token : List.of(a, b, c)) {
            assertThat(post(token, office.path("/check-in"), null).status()).isEqualTo(200);
        }
        // ROT-4: a declines round 1 of the walk-in queue
        Answer declined = post(a, office.path("/decline"), Map.of("queue", "WALK_IN", "reason", "personal call"));
        assertThat(declined.status()).isEqualTo(200);
        assertThat(queue(declined.map(), "WALK_IN")).containsEntry("next", "c-b");
        // ROT-8: b receives a market surveyor: turn kept, b is first again once done
        assertThat(post(office.pm, office.path("/walk-ins/next"), null).map()).containsEntry("consultant", "c-b");
        assertThat(post(b, office.path("/cover"), Map.of("kind", "NOT_A_BUYER")).map()).containsEntry("turn", "ROT-8");
        assertThat(post(b, office.path("/finish"), Map.of("outcome", "market survey")).map())
                .containsEntry("status", "FINISHED");
        // ROT-5: b is unavailable: c receives; b back, first again in the round
        assertThat(post(b, office.path("/unavailable"), Map.of("reason", "appointment")).status()).isEqualTo(200);
        assertThat(post(office.salesControl, office.path("/walk-ins/next"), null).map())
                .containsEntry("consultant", "c-c");
        assertThat(post(b, office.path("/back"), null).status()).isEqualTo(200);
        // ROT-7: b receives a visitor who is a's customer and hands them to a
        Answer toB = post(office.salesControl, office.path("/walk-ins/next"), null);
        assertThat(toB.map()).containsEntry("consultant", "c-b");
        Answer handed = post(b, office.path("/hand-over"), Map.of("ownerConsultantId", "c-a"));
        assertThat(handed.status()).isEqualTo(200);
        assertThat(handed.map()).containsEntry("consultant", "c-a").containsEntry("rule", "ROT-7");
        // b kept the turn and takes the next visitor
        assertThat(post(office.salesControl, office.path("/walk-ins/next"), null).map())
                .containsEntry("consultant", "c-b");
        // everyone is serving now: nobody is free for a call (ROT-3)
        Answer nobody = post(office.salesControl, office.path("/calls/next"), null);
        assertThat(nobody.status()).isEqualTo(409);
        assertThat(nobody.map()).containsEntry("rule", "ROT-3");
        // ROT-9: c finishes (turn used); a finishes; a reported away by the PM goes to the end of the phone round
        assertThat(post(c, office.path("/finish"), null).map()).containsEntry("turn", "ROT-9");
        assertThat(post(a, office.path("/finish"), null).status()).isEqualTo(200);
        Answer away = post(office.pm, office.path("/away"), Map.of("consultant", "c-a", "reason", "not at the desk"));
        assertThat(away.status()).isEqualTo(200);
        assertThat(away.map().get("away")).isEqualTo(List.of("c-a"));
        assertThat(post(office.salesControl, office.path("/calls/next"), null).map())
                .containsEntry("consultant", "c-c");
    }

    @Test
    @DisplayName("ROT-1: a consultant without the sales certification (the token's certified claim) cannot check in: 409 naming ROT-1, the board unchanged; certified, the same person can")
    void onlyCertifiedConsultantsCheckIn() {
        Office office = new Office();
        String certified = office.consultant("c-cert");
        String trainee = TestTokens.staff("c-trainee", "dev-1").at(office.id, "CONSULTANT").uncertified().token();
        assertThat(post(certified, office.path("/check-in"), null).status()).isEqualTo(200);
        Map<String, Object> before = board(office, certified);

        Answer refused = post(trainee, office.path("/check-in"), null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.map()).containsEntry("rule", "ROT-1");
        assertThat(board(office, certified)).isEqualTo(before);
        assertThat(post(office.consultant("c-trainee"), office.path("/check-in"), null).status())
                .as("the same consultant once certified").isEqualTo(200);
    }

    @Test
    @DisplayName("ROT-1/3/7 bad input: not checked in, unknown owner, serving nobody, out of order: 409 naming the rule, 400 naming the field, and the day is unchanged")
    void badInputChangesNothing() {
        Office office = new Office();
        String a = office.consultant("c-a");
        String stranger = office.consultant("c-z");
        assertThat(post(a, office.path("/check-in"), null).status()).isEqualTo(200);
        Map<String, Object> before = board(office, a);
        Document initial = state(office);

        Answer notOnDuty = post(stranger, office.path("/walk-ins/next"), null);
        assertThat(notOnDuty.status()).isEqualTo(409);
        assertThat(notOnDuty.map()).containsEntry("rule", "ROT-1");
        Answer again = post(a, office.path("/check-in"), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.map()).containsEntry("rule", "ROT-1");
        Answer finishNothing = post(a, office.path("/finish"), null);
        assertThat(finishNothing.status()).isEqualTo(409);
        assertThat(finishNothing.map()).containsEntry("rule", "ROT-3");
        Answer backNotAway = post(a, office.path("/back"), null);
        assertThat(backNotAway.map()).containsEntry("rule", "ROT-5");
        Answer declineUnknown = post(office.pm, office.path("/decline"),
                Map.of("queue", "PHONE", "reason", "sick", "consultant", "c-nobody"));
        assertThat(declineUnknown.status()).isEqualTo(409);
        assertThat(declineUnknown.map()).containsEntry("rule", "ROT-1");
        assertThat(post(office.salesControl, office.path("/walk-ins/next"), null).status()).isEqualTo(200);
        Answer unknownOwner = post(a, office.path("/hand-over"), Map.of("ownerConsultantId", "c-nobody"));
        assertThat(unknownOwner.status()).isEqualTo(409);
        assertThat(unknownOwner.map()).containsEntry("rule", "ROT-7");
        Answer dropVisitor = post(a, office.path("/check-out"), null);
        assertThat(dropVisitor.map()).containsEntry("rule", "ROT-3");
        Document afterNext = state(office);
        assertThat(afterNext).isNotEqualTo(initial);

        Answer noQueue = post(a, office.path("/decline"), Map.of("reason", "tired"));
        assertThat(noQueue.status()).isEqualTo(400);
        assertThat(noQueue.map()).containsEntry("field", "queue");
        Answer badQueue = post(a, office.path("/decline"), Map.of("queue", "FAX", "reason", "tired"));
        assertThat(badQueue.status()).isEqualTo(400);
        Answer unknownField = post(a, office.path("/check-out"), Map.of("developerId", "dev-2"));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.map()).containsEntry("field", "developerId");
        Answer pmWithoutReason = post(office.pm, office.path("/finish"), Map.of("consultant", "c-a"));
        assertThat(pmWithoutReason.status()).isEqualTo(400);
        assertThat(pmWithoutReason.map()).containsEntry("field", "reason");
        Answer noKind = post(a, office.path("/cover"), Map.of());
        assertThat(noKind.map()).containsEntry("field", "kind");

        assertThat(state(office)).isEqualTo(afterNext);
        assertThat(queue(before, "WALK_IN")).containsEntry("next", "c-a");
        assertThat(server.as(a).get(office.path("/assignments/" + today() + "-r99")).status()).isEqualTo(404);
        assertThat(server.as(a).get(office.path("/assignments/nonsense")).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("office isolation: another office's rotation answers 404 and stores nothing; a forbidden action answers 403 naming it; a consultant cannot act for a colleague")
    void isolation() {
        Office office = new Office();
        Office other = new Office();
        String a = office.consultant("c-a");
        assertThat(post(a, office.path("/check-in"), null).status()).isEqualTo(200);

        Answer elsewhere = post(a, other.path("/check-in"), null);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(server.as(a).get(other.path("/board")).status()).isEqualTo(404);
        assertThat(post(other.pm, office.path("/walk-ins/next"), null).status()).isEqualTo(404);
        assertThat(mongo.getCollection("reception_days").countDocuments(new Document("officeId", other.id))).isZero();
        // identity-service told the office's opening: a forged token naming it for another developer changes nothing
        offices.opened(office.id, "dev-1");
        String otherDeveloper = TestTokens.staff("u-x", "dev-2").at(office.id, "PM").withRoles("HEAD_OFFICE").token();
        assertThat(server.as(otherDeveloper).get(office.path("/board")).status()).isEqualTo(404);
        assertThat(post(otherDeveloper, office.path("/walk-ins/next"), null).status()).isEqualTo(404);

        Answer financeChecksIn = post(office.finance, office.path("/check-in"), null);
        assertThat(financeChecksIn.status()).isEqualTo(403);
        assertThat(financeChecksIn.map()).containsEntry("action", "check in to the rotation");
        Answer forColleague = post(office.consultant("c-b"), office.path("/away"), Map.of("consultant", "c-a",
                "reason", "not at the desk"));
        assertThat(forColleague.status()).isEqualTo(403);
        assertThat(forColleague.map()).containsEntry("action", "report away from the post for another consultant");
        assertThat(server.as(office.headOffice).get(office.path("/board")).status()).isEqualTo(200);
        assertThat(board(office, a).get("away")).isEqualTo(List.of());
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("ROT-10/11 and the fairness report: a call offered to the head alone (a colleague is refused within the window), the call and visit logs with counts, the skips per consultant with their reasons")
    void callsLogsAndFairness() {
        Office office = new Office();
        String a = office.consultant("c-a");
        String b = office.consultant("c-b");
        post(a, office.path("/check-in"), null);
        post(b, office.path("/check-in"), null);

        Answer offer = post(office.salesControl, office.path("/calls/next"), Map.of("source", "hotline ad"));
        assertThat(offer.status()).isEqualTo(200);
        assertThat(offer.map()).containsEntry("consultant", "c-a").containsEntry("source", "hotline ad");
        String offerId = offer.text("offerId");
        assertThat(Duration.between(java.time.Instant.parse(offer.text("offeredAt")),
                java.time.Instant.parse(offer.text("openAt")))).isEqualTo(Duration.ofSeconds(15));
        assertThat(board(office, b).get("ringing")).isNotNull();
        Answer grabbed = post(b, office.path("/calls/" + offerId + "/take"), null);
        assertThat(grabbed.status()).isEqualTo(409);
        assertThat(grabbed.map()).containsEntry("rule", "ROT-10");
        Answer answered = post(a, office.path("/calls/" + offerId + "/take"), null);
        assertThat(answered.map()).containsEntry("consultant", "c-a").containsEntry("rule", "ROT-3")
                .containsEntry("queue", "PHONE");
        post(a, office.path("/finish"), Map.of("outcome", "invited to visit on Saturday"));
        assertThat(board(office, b).get("ringing")).isNull();

        post(b, office.path("/decline"), Map.of("queue", "WALK_IN", "reason", "personal call"));
        assertThat(post(office.pm, office.path("/walk-ins/next"), Map.of("source", "walked past")).map())
                .containsEntry("consultant", "c-a");
        post(a, office.path("/finish"), Map.of("outcome", "left a phone number"));

        Answer logs = server.as(office.finance).get(office.path("/logs"));
        assertThat(logs.status()).isEqualTo(200);
        List<Map<String, Object>> calls = (List<Map<String, Object>>) logs.map().get("calls");
        assertThat(calls).singleElement().satisfies(line -> assertThat(line).containsEntry("consultant", "c-a")
                .containsEntry("source", "hotline ad").containsEntry("outcome", "invited to visit on Saturday"));
        assertThat((List<?>) logs.map().get("visits")).hasSize(1);
        assertThat(logs.map().get("counts")).isEqualTo(Map.of("visits", 1, "calls", 1,
                "consultants", List.of(Map.of("consultant", "c-a", "visits", 1, "calls", 1))));
        assertThat(server.as(office.pm).get(office.path("/logs?date=" + today().minusDays(1))).map().get("visits"))
                .isEqualTo(List.of());
        Answer badDate = server.as(office.pm).get(office.path("/logs?date=yesterday"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.map()).containsEntry("field", "date");

        // finished receptions left the day's hot document for the history, and still answer "why?"
        assertThat(state(office).getList("assignments", Document.class)).isEmpty();
        assertThat(mongo.getCollection("reception_history").countDocuments(
                new Document("dayId", office.id + ":" + today()))).isEqualTo(2);
        Answer why = server.as(office.pm).get(office.path("/assignments/" + answered.text("assignmentId")));
        assertThat(why.map()).containsEntry("status", "FINISHED").containsEntry("outcome", "invited to visit on Saturday")
                .containsEntry("rule", "ROT-3");

        Answer fairness = server.as(office.headOffice).get(office.path("/fairness"));
        assertThat(fairness.status()).isEqualTo(200);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) fairness.map().get("consultants");
        assertThat(rows).extracting(r -> r.get("consultant")).containsExactly("c-a", "c-b");
        assertThat(rows.get(0)).containsEntry("receptions", 2).containsEntry("turnsUsed", 2);
        assertThat(rows.get(1)).containsEntry("receptions", 0).containsEntry("skipsByRule", Map.of("ROT-4", 1));
        assertThat(rows.get(1).get("skips").toString()).contains("personal call");
    }

    @Test
    @DisplayName("live board: a client subscribed to an office's board stream (text/event-stream) gets the current board at once and the new board within 1 s of a check-in")
    void liveBoard() throws Exception {
        Office office = new Office();
        post(office.consultant("c-a"), office.path("/check-in"), null);
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        try {
            HttpRequest subscribe = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + office.path("/board/stream")))
                    .header("Authorization", "Bearer " + office.salesControl)
                    .header("Accept", "text/event-stream").build();
            HttpResponse<Stream<String>> response = client.sendAsync(subscribe, HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            Thread reader = Thread.ofVirtual().start(() -> response.body().forEach(lines::add));
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:")));
            assertThat(lines).contains("event:board");
            assertThat(lines.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow())
                    .contains("c-a").doesNotContain("c-live");

            assertThat(post(office.consultant("c-live"), office.path("/check-in"), null).status()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(1)).until(() -> lines.stream()
                    .anyMatch(l -> l.startsWith("data:") && l.contains("c-live")));
            reader.interrupt();
            response.body().close();
        } finally {
            client.shutdownNow();
        }
        // another office's stream: 404, like its board
        assertThat(server.as(office.consultant("c-a")).get(new Office().path("/board/stream?once=true")).status())
                .isEqualTo(404);
    }

    /** The stored day without its version and outbox (the relay's removal of published events bumps the version). */
    Document state(Office office) {
        Document doc = mongo.getCollection("reception_days").find(new Document("_id", office.id + ":" + today())).first();
        assertThat(doc).isNotNull();
        doc.remove("version");
        doc.remove("outbox");
        return doc;
    }
}
