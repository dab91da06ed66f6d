package com.anchang.support.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.clock.ClockHeader;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/** On its production settings a service has no simulated clock: no clock API (404), no clock header, the machine's time. */
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.application.name=parcel-service", "anchang.events.topic=" + ParcelApp.TOPIC})
class PlatformClockAbsentIT {

    @Value("${local.server.port}")
    int port;
    @Autowired
    Clock clock;

    @Test
    @DisplayName("production settings: /api/platform/clock answers 404 even to the platform administrator, no answer carries Anchang-Clock, time is the machine's")
    void noClockApi() {
        String token = TestTokens.staff("u-admin", null).withRoles("PLATFORM_ADMIN").token();
        ResponseEntity<String> answer = RestClient.create("http://localhost:" + port).get().uri("/api/platform/clock")
                .header("Authorization", "Bearer " + token)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .headers(response.getHeaders()).body(""));

        assertThat(answer.getStatusCode().value()).isEqualTo(404);
        assertThat(answer.getHeaders().containsHeader(ClockHeader.NAME)).isFalse();
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
