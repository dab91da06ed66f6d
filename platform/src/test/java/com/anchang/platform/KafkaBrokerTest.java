package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

    @Test
    @DisplayName("the embedded broker keeps every event (no retention by time or size), so a read model can be rebuilt by replaying its topics (ADR 17)")
    void eventsAreKeptForEver() {
        String properties = new KafkaBroker(new PlatformConfig(Path.of("."), Path.of("var"), 0, false, Path.of("java")))
                .serverProperties();

        assertThat(properties).contains("log.retention.ms=-1\n", "log.retention.bytes=-1\n").doesNotContain("retention.hours");
    }

    @Test
    @DisplayName("with a service's links through proxies, the broker listens for it on a port of its own and advertises the link's port there, so that the service's clients stay on the link (issue 17)")
    void linkedServiceIsToldTheLinksPort() {
        PlatformConfig config = new PlatformConfig(Path.of("."), Path.of("var"), 36_000, false, Path.of("java"))
                .withLinksThroughProxies("transaction-service");

        assertThat(new KafkaBroker(config).serverProperties()).contains(
                "listeners=PLAINTEXT://localhost:45092,CONTROLLER://localhost:45093,LINKED://localhost:45095\n",
                "advertised.listeners=PLAINTEXT://localhost:45092,LINKED://127.0.0.1:45094\n",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT,LINKED:PLAINTEXT\n");
        assertThat(new KafkaBroker(new PlatformConfig(Path.of("."), Path.of("var"), 0, false, Path.of("java")))
                .serverProperties()).doesNotContain("LINKED");
    }
}
