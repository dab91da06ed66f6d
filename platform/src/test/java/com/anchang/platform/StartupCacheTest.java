package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StartupCacheTest {

    @Test
    @DisplayName("a service JVM compiles with C2 unless its last TieredStopAtLevel stops below it (then the cache's C1 training is replayed)")
    void c2UnlessStoppedBelow() {
        assertThat(StartupCache.compilesWithC2(List.of("-Xmx256m"))).isTrue();
        assertThat(StartupCache.compilesWithC2(List.of("-XX:TieredStopAtLevel=1"))).isFalse();
        assertThat(StartupCache.compilesWithC2(List.of("-XX:TieredStopAtLevel=1", "-Xmx512m", "-XX:TieredStopAtLevel=4")))
                .isTrue();
        assertThat(StartupCache.compilesWithC2(List.of("-XX:TieredStopAtLevel=4", "-XX:TieredStopAtLevel=3"))).isFalse();
    }
}
