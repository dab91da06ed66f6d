package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Head office's dashboard on the embedded platform, through the gateway: a lead registered at 滨江 reaches
 * dashboard-service by lead-service's event and shows in today's figures of 滨江 (Asia/Shanghai), for head
 * office and for 滨江's PM; the PM does not see 西湖, a consultant is refused.
 */
class DashboardE2E {

    @RegisterExtension
    static final E2EPlatform E2E = new E2EPlatform(16_000, "e2e-dashboard-var-");

    static Staff as(String username) {
        return E2E.gateway().as(username);
    }

    static long newLeads(JsonNode funnel) {
        for (JsonNode step : funnel.get("steps")) {
            if (step.get("name").asText().equals("newLeads")) {
                return step.get("count").asLong();
            }
        }
        throw new AssertionError("no newLeads step in " + funnel);
    }

    @Test
    @DisplayName("a lead registered at 滨江 is in today's figures of head office's dashboard and of 滨江's PM; the PM never sees 西湖, a consultant is refused")
    void leadReachesTheDashboards() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String period = "?from=" + today + "&to=" + today;
        Answer lead = as("bj.consultant1").call("POST", "/api/leads", Map.of("officeId", "office-binjiang",
                "consent", "VERBAL", "customerName", "赵先生", "mobile", "137 0000 1234", "source", "WALK_IN"));
        assertThat(lead.status()).as(lead.body().toString()).isEqualTo(201);

        Staff headOffice = as("hq.director");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Answer developer = headOffice.get("/api/dashboards/developers/dev-huaxin" + period);
            assertThat(developer.status()).as(developer.body().toString()).isEqualTo(200);
            assertThat(newLeads(developer.body().get("funnel"))).isGreaterThanOrEqualTo(1);
        });
        List<String> offices = new ArrayList<>();
        headOffice.get("/api/dashboards/developers/dev-huaxin" + period).body().get("offices")
                .forEach(office -> offices.add(office.get("officeId").asText()));
        assertThat(offices).contains("office-binjiang");

        Answer pm = as("bj.pm").get("/api/dashboards/offices/office-binjiang" + period);
        assertThat(pm.status()).isEqualTo(200);
        assertThat(newLeads(pm.body().get("funnel"))).isGreaterThanOrEqualTo(1);
        assertThat(as("bj.pm").get("/api/dashboards/offices/office-xihu" + period).status()).isEqualTo(404);
        assertThat(as("bj.consultant1").get("/api/dashboards/offices/office-binjiang" + period).status()).isEqualTo(403);
    }
}
