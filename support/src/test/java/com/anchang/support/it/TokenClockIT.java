package com.anchang.support.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.MovingClock;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;

/** A service judges a token's lifetime by the application's clock, not by the machine's. */
@ServiceIntegrationTest
@TestPropertySource(properties = {"spring.application.name=parcel-service", "anchang.events.topic=" + ParcelApp.TOPIC})
class TokenClockIT {

    @TestConfiguration
    static class Clocks {

        @Bean
        MovingClock movingClock() {
            return new MovingClock(Instant.now());
        }
    }

    @Autowired
    MovingClock clock;
    @Autowired
    TestHttp server;

    @BeforeEach
    void now() {
        clock.set(Instant.now());
    }

    @Test
    @DisplayName("a token accepted (and remembered) by the service is refused with 401 once the service's clock passes its expiry")
    void expiryByTheInjectedClock() {
        TestHttp http = server.as(TestTokens.staff("u-1", ParcelApp.DEVELOPER).at("office-1", "CONSULTANT").token());
        assertThat(http.call("POST", "/api/parcels", Map.of("parcelId", "p-clock", "officeId", "office-1",
                "weight", "1.00")).status()).isEqualTo(200);
        assertThat(http.get("/api/parcels/p-clock").status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(14));
        assertThat(http.get("/api/parcels/p-clock").status()).as("14 of its 15 minutes gone").isEqualTo(200);

        clock.advance(Duration.ofMinutes(3));
        assertThat(http.get("/api/parcels/p-clock").status()).as("a minute past its expiry and the 60 s skew")
                .isEqualTo(401);
    }
}
