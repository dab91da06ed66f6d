package com.anchang.platform;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the embedded platform lives and which ports it uses. All data and logs go under {@code var};
 * deleting that folder wipes the platform.
 *
 * @param home the repository root (the service jars are {@code <home>/<module>/target/<module>.jar})
 * @param portOffset added to every default port, so a second platform (e.g. the end-to-end tests) can run beside one
 * @param clockStart the instant a simulated platform clock starts at ({@code --clock}, ADR 11), as written
 *     (e.g. {@code 2026-03-02T09:00+08:00}); null for the real clock (unless var/ already runs a simulated one)
 * @param serviceArguments extra settings per service name, e.g. an office policy a test needs
 * @param linkedService the service whose links to the store and to the broker pass through a {@link LinkProxy} each,
 *     so that a test can cut or slow them (issue 17's network faults); null for none (the launcher's run)
 */
public record PlatformConfig(Path home, Path var, int portOffset, boolean loadDemoData, Path java, String clockStart,
        Map<String, List<String>> serviceArguments, String linkedService) {

    public PlatformConfig {
        serviceArguments = serviceArguments == null ? Map.of() : Map.copyOf(serviceArguments);
    }

    public PlatformConfig(Path home, Path var, int portOffset, boolean loadDemoData, Path java) {
        this(home, var, portOffset, loadDemoData, java, null, Map.of(), null);
    }

    /** The same platform, starting on a simulated clock at {@code start} (ADR 11). */
    public PlatformConfig withClock(String start) {
        return new PlatformConfig(home, var, portOffset, loadDemoData, java, start, serviceArguments, linkedService);
    }

    /** The same platform, {@code service} started with these extra settings ({@code --key=value}). */
    public PlatformConfig withArguments(String service, String... arguments) {
        Map<String, List<String>> all = new HashMap<>(serviceArguments);
        all.merge(service, List.of(arguments), (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        return new PlatformConfig(home, var, portOffset, loadDemoData, java, clockStart, all, linkedService);
    }

    /**
     * The same platform, {@code service} reaching the store through a link on {@link #storeLinkPort} and the broker
     * through one on {@link #brokerLinkPort} (the broker advertises that port on a listener of its own for it), so
     * that {@link EmbeddedPlatform#storeLink} and {@link EmbeddedPlatform#brokerLink} can cut or slow them.
     */
    public PlatformConfig withLinksThroughProxies(String service) {
        return new PlatformConfig(home, var, portOffset, loadDemoData, java, clockStart, serviceArguments, service);
    }

    /** Where the linked service reaches the store: the store's link (27018 + offset). */
    public int storeLinkPort() {
        return 27018 + portOffset;
    }

    /** Where the linked service reaches the broker: the broker's link (9094 + offset). */
    public int brokerLinkPort() {
        return 9094 + portOffset;
    }

    /** The broker's own listener behind its link (9095 + offset), which advertises the link's port. */
    public int linkedListenerPort() {
        return 9095 + portOffset;
    }

    /** Where the platform keeps its simulated time, when it runs on one (ADR 11). */
    public Path clockFile() {
        return var.resolve("clock.properties");
    }

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
            new Service("dashboard-service", 8087, "dashboards"),
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
