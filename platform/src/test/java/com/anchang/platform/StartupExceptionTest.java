package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StartupExceptionTest {

    @Test
    @DisplayName("a service that found its port taken is told from one that failed for another reason: only the first is started again")
    void portTakenIsToldApart() {
        assertThat(new EmbeddedPlatform.StartupException("gateway", "its process exited", List.of(
                "16:02:09 ERROR o.s.b.d.LoggingFailureAnalysisReporter: Web server failed to start. Port 38080 was already in use.")))
                .matches(EmbeddedPlatform.StartupException::portTaken);
        assertThat(new EmbeddedPlatform.StartupException("kafka", "its process exited", List.of(
                "java.net.BindException: Address already in use"))).matches(EmbeddedPlatform.StartupException::portTaken);
        assertThat(new EmbeddedPlatform.StartupException("lead-service", "its process exited", List.of(
                "APPLICATION FAILED TO START", "anchang.security.issuer must be set")))
                .matches(e -> !e.portTaken());
    }
}
