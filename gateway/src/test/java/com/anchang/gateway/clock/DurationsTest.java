package com.anchang.gateway.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    @DisplayName("durations as people write them: 7d, 24h, 90m, 30s, 1d12h, ISO PT36H; anything else is refused with an example")
    void parse() {
        assertThat(Durations.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(Durations.parse("24h")).isEqualTo(Duration.ofHours(24));
        assertThat(Durations.parse(" 90m ")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("1d12h")).isEqualTo(Duration.ofHours(36));
        assertThat(Durations.parse("PT36H")).isEqualTo(Duration.ofHours(36));
        assertThatThrownBy(() -> Durations.parse("a week")).hasMessageContaining("7d");
        assertThatThrownBy(() -> Durations.parse("-1d")).hasMessageContaining("7d");
        assertThatThrownBy(() -> Durations.parse("")).isInstanceOf(IllegalArgumentException.class);
    }
}
