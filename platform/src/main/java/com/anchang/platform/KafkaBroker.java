package com.anchang.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node), run as its own JVM
 * from the platform's copied dependencies. Its storage is formatted once and kept under var/kafka,
 * so messages survive a restart.
 */
final class KafkaBroker {

    private final PlatformConfig config;
    private final Path home;

    KafkaBroker(PlatformConfig config) {
        this.config = config;
        this.home = config.var().resolve("kafka");
    }

    ManagedProcess start() throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path properties = home.resolve("server.properties");
        Files.writeString(properties, serverProperties());
        Path log4j = home.resolve("log4j2.properties");
        Files.writeString(log4j, """
                rootLogger.level = WARN
                rootLogger.appenderRef.stdout.ref = STDOUT
                logger.kafka.name = kafka
                logger.kafka.level = INFO
                logger.server.name = org.apache.kafka.server
                logger.server.level = INFO
                appender.stdout.type = Console
                appender.stdout.name = STDOUT
                appender.stdout.layout.type = PatternLayout
                appender.stdout.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n
                """);
        Path log = config.logs().resolve("kafka.log");
        if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
            ManagedProcess format = ManagedProcess.start("kafka-storage-format",
                    command(log4j, "kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId(), "-c",
                            properties.toString()),
                    config.home(), log);
            format.awaitStop(60);
            if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
                throw new IllegalStateException("formatting the Kafka storage failed; see " + log);
            }
        }
        return ManagedProcess.start("kafka", command(log4j, "kafka.Kafka", properties.toString()), config.home(), log);
    }

    /**
     * A Kafka cluster id: 16 random bytes, URL-safe base64 without padding — never one starting with
     * '-', which the storage tool's command line would read as an option (one fresh start in 64 failed
     * with "argument --cluster-id/-t: expected one argument").
     */
    static String clusterId() {
        while (true) {
            UUID uuid = UUID.randomUUID();
            java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16);
            bytes.putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
            String id = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }

    private List<String> command(Path log4j, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(config.java().toString(),
                "-Xms64m", "-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + log4j.toUri(),
                "-cp", config.home().resolve("platform/target/lib").toAbsolutePath() + "/*",
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The broker's settings. Events are kept for ever (no time or size limit): a read model
     * (dashboard-service, ADR 17) is rebuilt by replaying its topics from the start.
     */
    String serverProperties() {
        String data = home.resolve("data").toAbsolutePath().toString();
        String listeners = "PLAINTEXT://localhost:%d,CONTROLLER://localhost:%d".formatted(config.kafkaPort(),
                config.kafkaControllerPort());
        String advertised = "PLAINTEXT://localhost:%d".formatted(config.kafkaPort());
        String protocols = "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT";
        if (config.linkedService() != null) {
            // issue 17's network faults: a listener of its own for the linked service that advertises the link's
            // port, so that a client that came through the link is told to reach the broker through it, not around it
            listeners += ",LINKED://localhost:" + config.linkedListenerPort();
            advertised += ",LINKED://127.0.0.1:" + config.brokerLinkPort();
            protocols += ",LINKED:PLAINTEXT";
        }
        return """
                process.roles=broker,controller
                node.id=1
                controller.quorum.voters=1@localhost:%2$d
                listeners=%4$s
                advertised.listeners=%5$s
                controller.listener.names=CONTROLLER
                inter.broker.listener.name=PLAINTEXT
                listener.security.protocol.map=%6$s
                log.dirs=%3$s
                num.partitions=3
                offsets.topic.replication.factor=1
                offsets.topic.num.partitions=3
                transaction.state.log.replication.factor=1
                transaction.state.log.min.isr=1
                share.coordinator.state.topic.replication.factor=1
                share.coordinator.state.topic.min.isr=1
                group.initial.rebalance.delay.ms=0
                auto.create.topics.enable=false
                log.retention.ms=-1
                log.retention.bytes=-1
                """.formatted(config.kafkaPort(), config.kafkaControllerPort(), data, listeners, advertised, protocols);
    }
}
