package com.anchang.dashboard;

import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.HostileInput;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Hostile input for every operation of dashboard-service's OpenAPI document (issue: proof of reliability): every
 * answer a 4xx problem naming the field or a correct 2xx, never a 5xx, and nothing stored by a refusal.
 */
@ServiceIntegrationTest
class DashboardHostileInputIT {

    @Autowired
    TestHttp server;
    @Autowired
    MongoTemplate mongo;

    @Test
    @DisplayName("hostile input (office and developer dashboards): ≥ 200 cases from the OpenAPI document, 0 × 5xx, every refusal a problem and nothing stored")
    void everyOperation() {
        HostileInput.assertCleanAsEach("dashboard-service", Map.of(
                "PM", server.as(Who.PM.staff().token()),
                "HEAD_OFFICE", server.as(Who.HEAD_OFFICE.staff().token()),
                "OWNER_CONSULTANT", server.as(Who.OWNER_CONSULTANT.staff().token())),
                hostile -> hostile
                        .id("developerId", AuthorizationMatrix.HOME_DEVELOPER).id("officeId", AuthorizationMatrix.HOME_OFFICE)
                        .store(mongo.getDb()), 200);
    }
}
