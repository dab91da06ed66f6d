package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ManagedProcessTest {

    @Test
    @DisplayName("a structured log line of a service that did not start is shown as readable text")
    void structuredLinesAreReadable() {
        String line = "{\"@timestamp\":\"2026-11-23T01:23:36.275558067Z\",\"log\":{\"level\":\"ERROR\",\"logger\":"
                + "\"org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter\"},\"message\":\"\\n\\n*****\\n"
                + "APPLICATION FAILED TO START\\n\\nDescription:\\n\\nWeb server failed to start. Port 8082 was already in use.\\n\"}";

        assertThat(ManagedProcess.readable(line)).containsExactly(
                "01:23:36 ERROR LoggingFailureAnalysisReporter: ", "*****", "APPLICATION FAILED TO START", "Description:",
                "Web server failed to start. Port 8082 was already in use.");
        assertThat(ManagedProcess.readable("2026-11-23 INFO [BrokerServer] plain")).containsExactly("2026-11-23 INFO [BrokerServer] plain");
    }
}
