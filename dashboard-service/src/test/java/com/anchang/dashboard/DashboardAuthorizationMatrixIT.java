package com.anchang.dashboard;

import static com.anchang.support.test.AuthorizationMatrix.AWAY_OFFICE;
import static com.anchang.support.test.AuthorizationMatrix.HOME_DEVELOPER;
import static com.anchang.support.test.AuthorizationMatrix.HOME_OFFICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Request;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceIntegrationTest
class DashboardAuthorizationMatrixIT {

    static final String PERIOD = "?from=2026-11-01&to=2026-11-30";

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    OfficeFigures figures;

    /** A lead registered at the home office and one at the away office of the home developer, as lead-service's events say. */
    void leadsAtBothOffices() {
        for (String office : List.of(HOME_OFFICE, AWAY_OFFICE)) {
            String leadId = "lead-" + UUID.randomUUID();
            TestEvents.publish(kafka, Topics.LEAD, leadId, office, UUID.randomUUID().toString(),
                    new LeadRegistered(leadId, HOME_DEVELOPER, office, "u-owner", "王先生", "WALK_IN",
                            Instant.parse("2026-11-20T02:15:00Z"), LocalDate.parse("2026-11-27")));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> figures.officesOf(HOME_DEVELOPER).size() == 2);
    }

    @SuppressWarnings("unchecked")
    static List<Object> officesIn(TestHttp.Answer answer) {
        return ((List<Map<String, Object>>) answer.map().get("offices")).stream().map(o -> o.get("officeId")).toList();
    }

    @Test
    @DisplayName("authorization matrix (office isolation, ADR 32): the office's PM and head office read its dashboard, its other roles 403; a developer's dashboard is every office for head office, the PM's own office for a PM; other developers 404; sell-through, discounts by approver, receivables, mortgages, consultant league tables, service, the leads behind the figures, the morning report of yesterday and the Excel export alike")
    void everyOperationAsEveryone() {
        leadsAtBothOffices();

        int cells = new AuthorizationMatrix(server)
                .row("GET /api/dashboards/offices/{officeId}", who -> Request.get("/api/dashboards/offices/" + HOME_OFFICE + PERIOD))
                    .officeScoped(office -> Request.get("/api/dashboards/offices/" + office + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.map()).containsEntry("officeId", HOME_OFFICE))
                    .expects(Who.OWNER_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/developers/{developerId}",
                        who -> Request.get("/api/dashboards/developers/" + HOME_DEVELOPER + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(officesIn(answer)).containsExactly(AWAY_OFFICE, HOME_OFFICE))
                    .expects(Who.PM, 200, answer -> assertThat(officesIn(answer)).containsExactly(HOME_OFFICE))
                    // staff of the away office (every role there, PM included) are of the home developer: their own office only
                    .expects(Who.OTHER_OFFICE, 200, answer -> assertThat(officesIn(answer)).containsExactly(AWAY_OFFICE))
                    .expects(Who.FINANCE, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/developers/{developerId}/yesterday",
                        who -> Request.get("/api/dashboards/developers/" + HOME_DEVELOPER + "/yesterday"))
                    .allows(200, Who.PM, Who.HEAD_OFFICE, Who.OTHER_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(officesIn(answer)).containsExactly(AWAY_OFFICE, HOME_OFFICE))
                    .expects(Who.PM, 200, answer -> assertThat(officesIn(answer)).containsExactly(HOME_OFFICE))
                    .expects(Who.FINANCE, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/offices/{officeId}/sell-through",
                        who -> Request.get("/api/dashboards/offices/" + HOME_OFFICE + "/sell-through"))
                    .officeScoped(office -> Request.get("/api/dashboards/offices/" + office + "/sell-through"))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.map()).containsEntry("officeId", HOME_OFFICE))
                    .expects(Who.OWNER_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/developers/{developerId}/sell-through",
                        who -> Request.get("/api/dashboards/developers/" + HOME_DEVELOPER + "/sell-through"))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(officesIn(answer)).containsExactly(AWAY_OFFICE, HOME_OFFICE))
                    .expects(Who.PM, 200, answer -> assertThat(officesIn(answer)).containsExactly(HOME_OFFICE))
                    .expects(Who.OTHER_OFFICE, 200, answer -> assertThat(officesIn(answer)).containsExactly(AWAY_OFFICE))
                    .expects(Who.FINANCE, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/offices/{officeId}/discounts",
                        who -> Request.get("/api/dashboards/offices/" + HOME_OFFICE + "/discounts" + PERIOD))
                    .officeScoped(office -> Request.get("/api/dashboards/offices/" + office + "/discounts" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.map()).containsEntry("scopeId", HOME_OFFICE))
                    .expects(Who.OWNER_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/developers/{developerId}/discounts",
                        who -> Request.get("/api/dashboards/developers/" + HOME_DEVELOPER + "/discounts" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.map()).containsEntry("scopeId", HOME_DEVELOPER))
                    // staff of the away office are of the home developer: the discounts of their own office (none here)
                    .expects(Who.OTHER_OFFICE, 200, answer -> assertThat(answer.map()).containsEntry("approvers", List.of()))
                    .expects(Who.FINANCE, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/offices/{officeId}/receivables",
                        who -> Request.get("/api/dashboards/offices/" + HOME_OFFICE + "/receivables?asOf=2026-11-30"))
                    .officeScoped(office -> Request.get("/api/dashboards/offices/" + office + "/receivables?asOf=2026-11-30"))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.map()).containsEntry("scopeId", HOME_OFFICE))
                .and()
                .row("GET /api/dashboards/developers/{developerId}/receivables",
                        who -> Request.get("/api/dashboards/developers/" + HOME_DEVELOPER + "/receivables?asOf=2026-11-30"))
                    .allows(200, Who.PM, Who.HEAD_OFFICE, Who.OTHER_OFFICE)
                    .expects(Who.FINANCE, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/offices/{officeId}/mortgages",
                        who -> Request.get("/api/dashboards/offices/" + HOME_OFFICE + "/mortgages" + PERIOD))
                    .officeScoped(office -> Request.get("/api/dashboards/offices/" + office + "/mortgages" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                .and()
                .row("GET /api/dashboards/developers/{developerId}/mortgages",
                        who -> Request.get("/api/dashboards/developers/" + HOME_DEVELOPER + "/mortgages" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE, Who.OTHER_OFFICE)
                .and()
                .row("GET /api/dashboards/offices/{officeId}/consultants",
                        who -> Request.get("/api/dashboards/offices/" + HOME_OFFICE + "/consultants" + PERIOD))
                    .officeScoped(office -> Request.get("/api/dashboards/offices/" + office + "/consultants" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.map()).containsEntry("scopeId", HOME_OFFICE))
                    .expects(Who.OWNER_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/developers/{developerId}/consultants",
                        who -> Request.get("/api/dashboards/developers/" + HOME_DEVELOPER + "/consultants" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE, Who.OTHER_OFFICE)
                .and()
                .row("GET /api/dashboards/offices/{officeId}/export/{table}",
                        who -> Request.get("/api/dashboards/offices/" + HOME_OFFICE + "/export/consultants" + PERIOD))
                    .officeScoped(office -> Request.get("/api/dashboards/offices/" + office + "/export/consultants" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.OWNER_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/developers/{developerId}/export/{table}",
                        who -> Request.get("/api/dashboards/developers/" + HOME_DEVELOPER + "/export/offices" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE, Who.OTHER_OFFICE)
                .and()
                .row("GET /api/dashboards/offices/{officeId}/service",
                        who -> Request.get("/api/dashboards/offices/" + HOME_OFFICE + "/service" + PERIOD))
                    .officeScoped(office -> Request.get("/api/dashboards/offices/" + office + "/service" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.OWNER_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/developers/{developerId}/service",
                        who -> Request.get("/api/dashboards/developers/" + HOME_DEVELOPER + "/service" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE, Who.OTHER_OFFICE)
                .and()
                .row("GET /api/dashboards/offices/{officeId}/leads",
                        who -> Request.get("/api/dashboards/offices/" + HOME_OFFICE + "/leads" + PERIOD))
                    .officeScoped(office -> Request.get("/api/dashboards/offices/" + office + "/leads" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat((List<?>) answer.map().get("leads")).hasSize(1))
                    .expects(Who.OWNER_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read an office's dashboard"))
                .and()
                .row("GET /api/dashboards/developers/{developerId}/leads",
                        who -> Request.get("/api/dashboards/developers/" + HOME_DEVELOPER + "/leads" + PERIOD))
                    .allows(200, Who.PM, Who.HEAD_OFFICE, Who.OTHER_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat((List<?>) answer.map().get("leads")).hasSize(2))
                .and()
                .verify();

        assertThat(cells).isEqualTo(19 * Who.values().length + 9 * AuthorizationMatrix.OFFICE_CELLS);
    }
}
