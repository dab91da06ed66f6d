package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class KafkaBrokerTest {

    @Test
    @DisplayName("cluster ids are 22 URL-safe base64 characters and never start with '-' (the storage tool would take it for an option; 1 in 64 random ids did)")
    void clusterIdsNeverLookLikeOptions() {
        assertThat(IntStream.range(0, 10_000).mapToObj(i -> KafkaBroker.clusterId()))
                .allSatisfy(id -> assertThat(id).hasSize(22).matches("[A-Za-z0-9_][A-Za-z0-9_-]{21}"));
    }
}
