package com.anchang.notification;

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
 * Hostile input for every operation of notification-service's OpenAPI document (issue: proof of reliability): every
 * answer a 4xx problem naming the field or a correct 2xx, never a 5xx, and nothing stored by a refusal.
 */
@ServiceIntegrationTest
class NotificationHostileInputIT {

    @Autowired
    TestHttp server;
    @Autowired
    MongoTemplate mongo;

    @Test
    @DisplayName("hostile input (NOTE-1..6): ≥ 200 cases from the OpenAPI document, 0 × 5xx, every refusal a problem and nothing stored")
    void everyOperation() {
        HostileInput.assertCleanAsEach("notification-service", Map.of(
                "PM", server.as(Who.PM.staff().token())),
                hostile -> hostile
                        .id("developerId", AuthorizationMatrix.HOME_DEVELOPER).id("officeId", AuthorizationMatrix.HOME_OFFICE)
                        // the dispatcher's own progress through the due queue moves on its own
                        .store(mongo.getDb(), "reminder_due_marks"), 200);
    }
}
