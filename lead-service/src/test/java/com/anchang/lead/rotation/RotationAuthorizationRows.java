package com.anchang.lead.rotation;

import static com.anchang.support.test.AuthorizationMatrix.HOME_DEVELOPER;
import static com.anchang.support.test.AuthorizationMatrix.HOME_OFFICE;
import static com.anchang.support.test.AuthorizationMatrix.OWNER;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Request;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestTokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The rotation's rows of lead-service's authorization matrix (LeadAuthorizationMatrixIT runs them with
 * the rest). Every changing row starts each cell from a fresh day of the home office (the day's
 * document removed, then the fixture made through the API as the home consultants), so every allowed
 * member really succeeds:
 * <ul>
 *   <li>check-in: the consultants themselves (head office holds no office role: 404);</li>
 *   <li>next walk-in / next call: the reception desk: a consultant on duty, sales control, the PM;</li>
 *   <li>check-out, decline, unavailable, back, away, finish, hand-over, cover: a consultant for themself,
 *       the PM for a consultant with a reason;</li>
 *   <li>take a ringing call: the consultant it is offered to (or the PM for them); a colleague within the
 *       answer window is refused (409, ROT-10);</li>
 *   <li>the board (and its live stream), an assignment's why, the logs and the fairness report: every role of the office and head office.</li>
 * </ul>
 */
public final class RotationAuthorizationRows {

    static final String BASE = "/api/leads/rotation/" + HOME_OFFICE;
    static final String THIRD = "u-third";

    private final TestHttp server;
    private final MongoTemplate mongo;

    private RotationAuthorizationRows(TestHttp server, MongoTemplate mongo) {
        this.server = server;
        this.mongo = mongo;
    }

    /** The rows that read the office as a whole ({@link AuthorizationMatrix.Row#officeScoped}). */
    public static final int OFFICE_SCOPED_ROWS = 5;

    /** Adds the rotation's rows; returns how many. */
    public static int add(AuthorizationMatrix matrix, TestHttp server, MongoTemplate mongo) {
        RotationAuthorizationRows rows = new RotationAuthorizationRows(server, mongo);
        Who[] consultants = {Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT};
        Who[] consultantsAndPm = {Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT, Who.PM};
        Who[] desk = {Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT, Who.SALES_CONTROL, Who.PM};
        Who[] readers = {Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT, Who.SALES_CONTROL, Who.FINANCE, Who.PM,
                Who.HEAD_OFFICE};
        matrix.row("POST /api/leads/rotation/{officeId}/check-in", who -> {
                    rows.freshDay(who);
                    return Request.post(BASE + "/check-in", null);
                })
                .allows(200, consultants).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/leads/rotation/{officeId}/check-out", who -> {
                    rows.onDuty(who);
                    return Request.post(BASE + "/check-out", forWhom(who, Map.of()));
                })
                .allows(200, consultantsAndPm).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/leads/rotation/{officeId}/walk-ins/next", who -> {
                    rows.onDuty(who);
                    return Request.post(BASE + "/walk-ins/next", Map.of("source", "billboard"));
                })
                .allows(200, desk).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/leads/rotation/{officeId}/calls/next", who -> {
                    rows.onDuty(who);
                    return Request.post(BASE + "/calls/next", null);
                })
                .allows(200, desk).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/leads/rotation/{officeId}/decline", who -> {
                    rows.onDuty(who);
                    return Request.post(BASE + "/decline", forWhom(who, Map.of("queue", "WALK_IN", "reason", "personal")));
                })
                .allows(200, consultantsAndPm).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/leads/rotation/{officeId}/unavailable", who -> {
                    rows.onDuty(who);
                    return Request.post(BASE + "/unavailable", forWhom(who, Map.of("reason", "appointment")));
                })
                .allows(200, consultantsAndPm).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/leads/rotation/{officeId}/back", who -> {
                    rows.onDuty(who);
                    if (needsFixture(who)) {
                        rows.post(Who.OWNER_CONSULTANT, "/unavailable", Map.of("reason", "appointment"));
                        rows.post(Who.COLLEAGUE_CONSULTANT, "/unavailable", Map.of("reason", "appointment"));
                    }
                    return Request.post(BASE + "/back", forWhom(who, Map.of()));
                })
                .allows(200, consultantsAndPm).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/leads/rotation/{officeId}/away", who -> {
                    rows.onDuty(who);
                    return Request.post(BASE + "/away", forWhom(who, Map.of()));
                })
                .allows(200, consultantsAndPm).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/leads/rotation/{officeId}/finish", who -> {
                    rows.bothServing(who);
                    return Request.post(BASE + "/finish", forWhom(who, Map.of("outcome", "left a phone number")));
                })
                .allows(200, consultantsAndPm).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/leads/rotation/{officeId}/hand-over", who -> {
                    rows.bothServing(who);
                    return Request.post(BASE + "/hand-over", forWhom(who, Map.of("ownerConsultantId", THIRD)));
                })
                .allows(200, consultantsAndPm).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("POST /api/leads/rotation/{officeId}/cover", who -> {
                    rows.bothServing(who);
                    return Request.post(BASE + "/cover", forWhom(who, Map.of("kind", "NOT_A_BUYER")));
                })
                .allows(200, consultantsAndPm).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("GET /api/leads/rotation/{officeId}/board", who -> {
                    rows.onDuty(who);
                    return Request.get(BASE + "/board");
                })
                .allows(200, readers)
                .officeScoped(office -> Request.get("/api/leads/rotation/" + office + "/board"))
                .and()
                .row("GET /api/leads/rotation/{officeId}/assignments/{assignmentId}", who -> {
                    rows.onDuty(who);
                    String id = needsFixture(who)
                            ? rows.post(Who.SALES_CONTROL, "/walk-ins/next", null).text("assignmentId") : "2026-01-01-r1";
                    return Request.get(BASE + "/assignments/" + id);
                })
                .allows(200, readers)
                .officeScoped(office -> Request.get("/api/leads/rotation/" + office + "/assignments/2026-01-01-r1"))
                .and()
                .row("POST /api/leads/rotation/{officeId}/calls/{offerId}/take", who -> {
                    rows.onDuty(who);
                    String offerId = needsFixture(who)
                            ? rows.post(Who.SALES_CONTROL, "/calls/next", null).text("offerId") : "2026-01-01-c1";
                    return Request.post(BASE + "/calls/" + offerId + "/take", forWhom(who, Map.of()));
                })
                // offered to the owner (first to check in): a colleague within the answer window is refused (ROT-10)
                .allows(200, Who.OWNER_CONSULTANT, Who.PM).expects(Who.HEAD_OFFICE, 404, answer -> { })
                .expects(Who.COLLEAGUE_CONSULTANT, 409, answer -> assertThat(answer.map()).containsEntry("rule", "ROT-10"))
                .and()
                .row("GET /api/leads/rotation/{officeId}/logs", who -> {
                    rows.onDuty(who);
                    return Request.get(BASE + "/logs");
                })
                .allows(200, readers)
                .officeScoped(office -> Request.get("/api/leads/rotation/" + office + "/logs"))
                .and()
                .row("GET /api/leads/rotation/{officeId}/fairness", who -> {
                    rows.onDuty(who);
                    return Request.get(BASE + "/fairness");
                })
                .allows(200, readers)
                .officeScoped(office -> Request.get("/api/leads/rotation/" + office + "/fairness"))
                .and()
                .row("GET /api/leads/rotation/{officeId}/board/stream", who -> {
                    rows.onDuty(who);
                    return Request.get(BASE + "/board/stream?once=true");
                })
                .allows(200, readers)
                .officeScoped(office -> Request.get("/api/leads/rotation/" + office + "/board/stream?once=true"))
                .expects(Who.PM, 200, answer -> assertThat(answer.text()).startsWith("event:board").contains(OWNER));
        return 17;
    }

    /** The PM acts for the owner with a reason; everyone else for themself. */
    static Map<String, Object> forWhom(Who who, Map<String, Object> body) {
        Map<String, Object> withWhom = new HashMap<>(body);
        if (who == Who.PM) {
            withWhom.put("consultant", OWNER);
            withWhom.putIfAbsent("reason", "the PM on the consultant's behalf");
        }
        return withWhom;
    }

    /** A request without a valid token never reaches the rotation: no fixture needed. */
    static boolean needsFixture(Who who) {
        return who.ordinal() >= Who.OTHER_DEVELOPER.ordinal();
    }

    void freshDay(Who who) {
        if (needsFixture(who)) {
            freshDay();
        }
    }

    void onDuty(Who who) {
        if (needsFixture(who)) {
            onDuty();
        }
    }

    void bothServing(Who who) {
        if (needsFixture(who)) {
            bothServing();
        }
    }

    void freshDay() {
        String id = HOME_OFFICE + ":" + LocalDate.now(ZoneId.of("Asia/Shanghai"));
        mongo.getCollection("reception_days").deleteOne(new Document("_id", id));
    }

    /** A fresh day with the owner, the colleague and a third consultant checked in, in that order. */
    void onDuty() {
        freshDay();
        post(Who.OWNER_CONSULTANT, "/check-in", null);
        post(Who.COLLEAGUE_CONSULTANT, "/check-in", null);
        String third = TestTokens.staff(THIRD, HOME_DEVELOPER).at(HOME_OFFICE, "CONSULTANT").token();
        assertThat(server.as(third).call("POST", BASE + "/check-in", null).status()).isEqualTo(200);
    }

    /** On duty, and the owner and the colleague each serving a visitor. */
    void bothServing() {
        onDuty();
        post(Who.SALES_CONTROL, "/walk-ins/next", null);
        post(Who.SALES_CONTROL, "/walk-ins/next", null);
    }

    TestHttp.Answer post(Who who, String path, Object body) {
        TestHttp.Answer answer = server.as(who.staff().token()).call("POST", BASE + path, body);
        assertThat(answer.status()).as("fixture %s as %s: %s", path, who, answer.text()).isEqualTo(200);
        return answer;
    }
}
