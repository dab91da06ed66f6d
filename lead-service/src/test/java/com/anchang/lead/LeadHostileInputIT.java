package com.anchang.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.HostileInput;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Hostile input for every operation of lead-service's OpenAPI document (issue: proof of reliability): every
 * answer a 4xx problem naming the field or a correct 2xx, never a 5xx, and nothing stored by a refusal.
 */
@ServiceIntegrationTest
class LeadHostileInputIT {

    @Autowired
    TestHttp server;
    @Autowired
    MongoTemplate mongo;

    @Test
    @DisplayName("hostile input (LEAD-1..12, ROT-1..11): ≥ 200 cases from the OpenAPI document, 0 × 5xx, every refusal a problem and nothing stored")
    void everyOperation() {
        TestHttp.Answer registered = server.as(Who.OWNER_CONSULTANT.staff().token()).call("POST", "/api/leads",
                LeadAuthorizationMatrixIT.registration(LeadFixture.freshMobile()));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        String leadId = registered.text("leadId");
        HostileInput.assertCleanAsEach("lead-service", Map.of(
                "OWNER_CONSULTANT", server.as(Who.OWNER_CONSULTANT.staff().token()),
                "PM", server.as(Who.PM.staff().token())),
                hostile -> hostile
                        .id("officeId", AuthorizationMatrix.HOME_OFFICE).id("leadId", leadId)
                        .sample("POST /api/leads", () -> new LinkedHashMap<>(
                                LeadAuthorizationMatrixIT.registration(LeadFixture.freshMobile())))
                        .store(mongo.getDb()), 200);
    }
}
