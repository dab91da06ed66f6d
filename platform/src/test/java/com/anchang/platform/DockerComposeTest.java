package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Docker deployment (root {@code Dockerfile} + {@code docker-compose.yml}) checked without Docker:
 * pinned images, one Dockerfile for every service, health-gated start order, and an environment
 * that sets exactly properties the services read (Spring Boot's relaxed binding, as it maps an
 * environment variable to a property).
 */
class DockerComposeTest {

    static final List<String> APP_SERVICES = List.of("gateway", "lead-service", "inventory-service",
            "transaction-service", "commission-service", "notification-service", "identity-service", "dashboard-service");
    static final List<String> BUSINESS_SERVICES = APP_SERVICES.subList(1, APP_SERVICES.size());
    static final Map<String, String> DATABASES = Map.of("lead-service", "leads", "inventory-service", "inventory",
            "transaction-service", "transactions", "commission-service", "commissions",
            "notification-service", "notifications", "identity-service", "identity", "dashboard-service", "dashboards");
    /** The key of each service under {@code anchang.services.*} in the gateway. */
    static final Map<String, String> GATEWAY_KEYS = Map.of("lead-service", "lead", "inventory-service", "inventory",
            "transaction-service", "transaction", "commission-service", "commission",
            "notification-service", "notification", "identity-service", "identity", "dashboard-service", "dashboard");

    static Path root;
    static Map<String, Object> services;

    @BeforeAll
    static void readCompose() {
        root = repositoryRoot();
        services = map(load(root.resolve("docker-compose.yml")).getFirst().get("services"), "services");
    }

    static Stream<String> appServices() {
        return APP_SERVICES.stream();
    }

    @Test
    @DisplayName("compose runs the gateway, the services, Kafka and MongoDB")
    void everyServiceIsThere() {
        assertThat(services).containsKeys("gateway", "lead-service", "inventory-service", "transaction-service",
                "commission-service", "notification-service", "dashboard-service", "kafka", "mongo");
    }

    @Test
    @DisplayName("Kafka keeps events for ever (no time or size limit), so a read model can be rebuilt by replaying its topics (ADR 17)")
    void topicsKeepEveryEvent() {
        Map<String, Object> environment = map(map(services.get("kafka"), "kafka").get("environment"), "kafka environment");
        assertThat(environment).containsEntry("KAFKA_LOG_RETENTION_MS", -1).containsEntry("KAFKA_LOG_RETENTION_BYTES", -1);
    }

    @Test
    @DisplayName("every image, in compose and in every FROM of the Dockerfile, is pinned to an explicit tag other than latest")
    void imagesArePinned() throws IOException {
        List<String> images = new ArrayList<>();
        services.values().forEach(service -> {
            Object image = map(service, "service").get("image");
            if (image != null) {
                images.add(image.toString());
            }
        });
        assertThat(map(services.get("kafka"), "kafka").get("image")).asString().startsWith("apache/kafka:");
        assertThat(map(services.get("mongo"), "mongo").get("image")).asString().startsWith("mongo:");

        List<String> fromImages = new ArrayList<>();
        Set<String> stages = new LinkedHashSet<>();
        Pattern from = Pattern.compile("^\\s*FROM\\s+(?:--\\S+\\s+)*(\\S+)(?:\\s+AS\\s+(\\S+))?\\s*$",
                Pattern.CASE_INSENSITIVE);
        for (String line : Files.readAllLines(root.resolve("Dockerfile"))) {
            Matcher matcher = from.matcher(line);
            if (matcher.matches()) {
                String image = matcher.group(1);
                if (!stages.contains(image.toLowerCase(Locale.ROOT))) { // FROM <earlier stage> is no image
                    fromImages.add(image);
                }
                if (matcher.group(2) != null) {
                    stages.add(matcher.group(2).toLowerCase(Locale.ROOT));
                }
            }
        }
        assertThat(fromImages).as("FROM lines of the Dockerfile").hasSizeGreaterThanOrEqualTo(2);
        images.addAll(fromImages);

        assertThat(images).allSatisfy(image -> assertThat(tagOf(image))
                .as("tag of %s", image)
                .isNotBlank()
                .isNotEqualToIgnoringCase("latest")
                .doesNotContain("$"));
    }

    @Test
    @DisplayName("MongoDB runs as the single-node replica set rs0, and only the gateway publishes a port (8080)")
    void storeAndPorts() {
        Map<String, Object> mongo = map(services.get("mongo"), "mongo");
        assertThat(String.join(" ", strings(mongo.get("command")))).contains("--replSet rs0");
        assertThat(mongo.get("healthcheck")).as("mongo healthcheck (initiates the replica set)").isNotNull();
        assertThat(map(services.get("kafka"), "kafka").get("healthcheck")).as("kafka healthcheck").isNotNull();

        services.forEach((name, service) -> {
            Object ports = map(service, name).get("ports");
            if (name.equals("gateway")) {
                assertThat(strings(ports)).containsExactly("8080:8080");
            } else {
                assertThat(ports).as("ports published by " + name).isNull();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    @DisplayName("each service is built from the one Dockerfile with SERVICE set to its module")
    void buildsFromTheDockerfile(String name) {
        Map<String, Object> build = map(service(name).get("build"), name + ".build");
        Path context = root.resolve(String.valueOf(build.getOrDefault("context", "."))).normalize();
        assertThat(context).isEqualTo(root);
        assertThat(context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile"))).normalize())
                .isEqualTo(root.resolve("Dockerfile"));
        assertThat(environment(build.get("args"), name + ".build.args")).containsEntry("SERVICE", name);
        assertThat(root.resolve(name).resolve("pom.xml")).as("the module " + name).exists();
        assertThat(service(name).get("image")).as("a built service takes no image from a registry").isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    @DisplayName("each service has a readiness healthcheck on its own port and starts only once what it needs is healthy")
    void healthGatedStart(String name) {
        Map<String, Object> healthcheck = map(service(name).get("healthcheck"), name + ".healthcheck");
        String test = String.join(" ", strings(healthcheck.get("test")));
        assertThat(test).doesNotContain("NONE")
                .contains(":" + serverPort(name) + "/actuator/health/readiness");

        Map<String, Object> dependsOn = map(service(name).get("depends_on"), name + ".depends_on");
        List<String> needed = name.equals("gateway") ? BUSINESS_SERVICES : List.of("kafka", "mongo");
        assertThat(dependsOn).containsKeys(needed.toArray(String[]::new));
        dependsOn.forEach((dependency, condition) -> assertThat(map(condition, name + " -> " + dependency))
                .as("%s waits for %s", name, dependency)
                .containsEntry("condition", "service_healthy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    @DisplayName("every environment variable of a service sets a property its application.yml or the shared defaults declare")
    void environmentSetsDeclaredProperties(String name) {
        Set<String> declared = declaredProperties(name);
        Map<String, String> environment = environment(service(name).get("environment"), name + ".environment");
        assertThat(environment.keySet()).allSatisfy(variable -> assertThat(boundBy(variable, declared))
                .as("%s of %s should set a property declared in %s/src/main/resources/application.yml or "
                        + "support/src/main/resources/anchang-defaults.yml (relaxed binding)", variable, name, name)
                .isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    @DisplayName("the environment sets what only the deployment knows: the store, the broker, the other services' addresses, the secrets")
    void environmentSetsWhatTheDeploymentKnows(String name) {
        Map<String, String> environment = environment(service(name).get("environment"), name + ".environment");
        Map<String, String> required = new LinkedHashMap<>();
        if (DATABASES.containsKey(name)) {
            required.put("spring.mongodb.uri", null);
            required.put("spring.kafka.bootstrap-servers", "kafka:9092");
        }
        if (name.equals("gateway")) {
            GATEWAY_KEYS.forEach((service, key) ->
                    required.put("anchang.services." + key, "http://" + service + ":" + serverPort(service)));
            required.put("anchang.gateway.client-secret", null);
        }
        if (name.equals("identity-service")) {
            required.put("identity.issuer", "http://identity-service:8086");
            required.put("identity.clients.gateway.secret", null);
            required.put("identity.bootstrap.admin-password", null);
        }
        if (name.equals("transaction-service")) {
            required.put("transaction.inventory.url", "http://inventory-service:" + serverPort("inventory-service"));
        }
        required.forEach((property, expected) -> {
            List<String> setting = environment.keySet().stream()
                    .filter(variable -> environmentNames(property).contains(variable)).toList();
            assertThat(setting).as("%s sets %s", name, property).hasSize(1);
            if (expected != null) {
                assertThat(environment.get(setting.getFirst())).as("%s of %s", property, name).isEqualTo(expected);
            }
        });
        if (DATABASES.containsKey(name)) {
            String uri = environment.get("SPRING_MONGODB_URI");
            assertThat(uri).as("SPRING_MONGODB_URI of " + name)
                    .startsWith("mongodb://mongo:27017/" + DATABASES.get(name) + "?")
                    .contains("replicaSet=rs0");
        } else {
            assertThat(environment.keySet()).as("the gateway has no store and no broker")
                    .noneMatch(variable -> variable.startsWith("SPRING_MONGODB") || variable.startsWith("SPRING_KAFKA"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appServices")
    @DisplayName("a deployment never runs on a simulated clock (ADR 11): no anchang.clock setting in compose, the service's application.yml or the shared defaults")
    void noSimulatedClock(String name) {
        Map<String, Object> service = service(name);
        Map<String, String> environment = environment(service.get("environment"), name + ".environment");
        assertThat(environment.keySet()).noneMatch(variable -> variable.startsWith("ANCHANG_CLOCK"));
        assertThat(String.valueOf(service.get("command")) + service.get("entrypoint")).doesNotContain("anchang.clock");
        assertThat(declaredProperties(name)).noneMatch(property -> property.startsWith("anchang.clock"));
    }

    // --- relaxed binding -------------------------------------------------------------------------

    /**
     * The environment variable names Spring Boot maps to a property: dots to underscores, upper case,
     * and dashes either dropped ({@code SPRING_KAFKA_BOOTSTRAPSERVERS}) or, the legacy form, turned
     * into underscores ({@code SPRING_KAFKA_BOOTSTRAP_SERVERS}).
     */
    static Set<String> environmentNames(String property) {
        String base = property.replaceAll("\\[(\\d+)]", ".$1").replace('.', '_').toUpperCase(Locale.ROOT);
        return new LinkedHashSet<>(List.of(base.replace("-", ""), base.replace('-', '_')));
    }

    /** The declared properties an environment variable sets (none: it sets nothing the service reads). */
    static List<String> boundBy(String variable, Set<String> declared) {
        return declared.stream().filter(property -> environmentNames(property).stream()
                .anyMatch(name -> name.equals(variable))).toList();
    }

    static Set<String> declaredProperties(String service) {
        Path applicationYml = root.resolve(service).resolve("src/main/resources/application.yml");
        assertThat(applicationYml).as("application.yml of " + service).exists();
        Set<String> declared = new LinkedHashSet<>();
        load(applicationYml).forEach(document -> flatten("", document, declared));
        load(root.resolve("support/src/main/resources/anchang-defaults.yml"))
                .forEach(document -> flatten("", document, declared));
        return declared;
    }

    /** Every property path of a YAML document; a key may itself hold dots ({@code application.name}). */
    static void flatten(String prefix, Object node, Set<String> into) {
        if (node instanceof Map<?, ?> mapping) {
            mapping.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
        } else if (node instanceof List<?> list) {
            into.add(prefix);
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), into);
            }
        } else if (!prefix.isEmpty()) {
            into.add(prefix);
        }
    }

    static int serverPort(String service) {
        Path applicationYml = root.resolve(service).resolve("src/main/resources/application.yml");
        assertThat(applicationYml).as("application.yml of " + service).exists();
        Map<String, Object> values = new LinkedHashMap<>();
        load(applicationYml).forEach(document -> collect("", document, values));
        assertThat(values).as("server.port of " + service).containsKey("server.port");
        return Integer.parseInt(String.valueOf(values.get("server.port")));
    }

    static void collect(String prefix, Object node, Map<String, Object> into) {
        if (node instanceof Map<?, ?> mapping) {
            mapping.forEach((key, value) -> collect(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, into));
        } else if (!prefix.isEmpty()) {
            into.put(prefix, node);
        }
    }

    // --- reading ---------------------------------------------------------------------------------

    static String tagOf(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int lastSlash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.indexOf(':', lastSlash + 1);
        return colon < 0 ? "" : withoutDigest.substring(colon + 1);
    }

    static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return map(services.get(name), name);
    }

    /** Compose accepts a mapping ({@code KEY: value}) or a list ({@code - KEY=value}). */
    static Map<String, String> environment(Object node, String what) {
        Map<String, String> environment = new LinkedHashMap<>();
        if (node instanceof Map<?, ?> mapping) {
            mapping.forEach((key, value) -> environment.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else if (node instanceof List<?> list) {
            list.forEach(entry -> {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                environment.put(equals < 0 ? text : text.substring(0, equals), equals < 0 ? null : text.substring(equals + 1));
            });
        } else {
            assertThat(node).as(what).isNull();
        }
        return environment;
    }

    static List<String> strings(Object node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(node));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String what) {
        assertThat(node).as(what).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> load(Path file) {
        assertThat(file).exists();
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tests run in platform/ (Maven) or at the root (an IDE). */
    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath().normalize();
        Path root = Files.exists(here.resolve("docker-compose.yml")) ? here : here.getParent();
        assertThat(root.resolve("docker-compose.yml")).exists();
        assertThat(root.resolve("Dockerfile")).exists();
        return root;
    }
}
