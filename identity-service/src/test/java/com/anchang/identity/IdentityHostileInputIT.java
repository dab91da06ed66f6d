package com.anchang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.HostileInput;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Hostile input for every operation of identity-service's OpenAPI document (issue: proof of reliability), as
 * the platform administrator with identity's own token: every answer a 4xx problem naming the field or a
 * correct 2xx, never a 5xx, and nothing stored by a refusal.
 */
@ServiceIntegrationTest
class IdentityHostileInputIT {

    @Autowired
    TestHttp http;
    @Autowired
    MongoTemplate mongo;
    @Value("${local.server.port}")
    int port;

    @Test
    @DisplayName("hostile input (IDN-1..7): ≥ 200 cases from the OpenAPI document, 0 × 5xx, every refusal a problem and nothing stored")
    void everyOperation() {
        OAuthClient.Answer signedIn = new OAuthClient(port).signIn("admin", OAuthClient.ADMIN_PASSWORD);
        assertThat(signedIn.status()).as(signedIn.body().toString()).isEqualTo(200);
        TestHttp admin = http.as(signedIn.accessToken());
        String developer = "dev-h-" + UUID.randomUUID().toString().substring(0, 6);
        assertThat(admin.call("POST", "/api/identity/developers", Map.of("id", developer, "name", "Hostile")).status())
                .isEqualTo(201);
        TestHttp.Answer office = admin.call("POST", "/api/identity/offices",
                Map.of("id", "office-h-" + developer, "developerId", developer, "name", "Hostile office"));
        assertThat(office.status()).as(office.text()).isEqualTo(201);
        TestHttp.Answer user = admin.call("POST", "/api/identity/users", Map.of("username", "h." + developer,
                "displayName", "Hostile", "developerId", developer, "password", "hostile-pass-1"));
        assertThat(user.status()).as(user.text()).isEqualTo(201);

        HostileInput.assertCleanAsEach("identity-service", Map.of("PLATFORM_ADMIN", admin),
                hostile -> hostile
                .id("userId", user.text("userId")).id("officeId", office.text("officeId")).id("role", "CONSULTANT")
                // these end or test the caller's own session and password: a refused attempt is counted and audited
                // by design (the lockout), and they would sign the administrator out of the rest of the run;
                // IdentityServiceIT proves them
                .skip("POST /api/identity/me/password").skip("POST /api/identity/sign-out")
                .store(mongo.getDb()), 200);
    }
}
