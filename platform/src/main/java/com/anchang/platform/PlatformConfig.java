package com.anchang.platform;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the embedded platform lives and which ports it uses. All data and logs go under {@code var};
 * deleting that folder wipes the platform.
 *
 * @param home the repository root (the service jars are {@code <home>/<module>/target/<module>.jar})
 * @param portOffset added to every default port, so a second platform (e.g. the end-to-end tests) can run beside one
 */
public record PlatformConfig(Path home, Path var, int portOffset, boolean loadDemoData, Path java) {

    /** One Spring Boot service: its module, port and database (null for the gateway). */
    public record Service(String name, int port, String database) {
    }

    public static final List<Service> SERVICES = List.of(
            new Service("lead-service", 8081, "leads"),
            new Service("inventory-service", 8082, "inventory"),
            new Service("transaction-service", 8083, "transactions"),
            new Service("commission-service", 8084, "commissions"),
            new Service("notification-service", 8085, "notifications"),
            new Service("identity-service", 8086, "identity"),
            new Service("gateway", 8080, null));

    public int port(Service service) {
        return service.port() + portOffset;
    }

    /** The service's Boot jar: {@code <home>/<module>/target/<module>.jar}. */
    public Path jar(Service service) {
        return home.resolve(service.name()).resolve("target").resolve(service.name() + ".jar").toAbsolutePath();
    }

    public int gatewayPort() {
        return 8080 + portOffset;
    }

    public int kafkaPort() {
        return 9092 + portOffset;
    }

    public int kafkaControllerPort() {
        return 9093 + portOffset;
    }

    public int mongoPort() {
        return 27017 + portOffset;
    }

    public Path logs() {
        return var.resolve("logs");
    }

    public String identityUrl() {
        return "http://localhost:" + (8086 + portOffset);
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort();
    }
}
