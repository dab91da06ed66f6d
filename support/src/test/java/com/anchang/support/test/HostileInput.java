package com.anchang.support.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input for every operation of a service, generated from its own OpenAPI document: malformed JSON,
 * bodies that are no object, each field of the request body with a wrong type, removed when required,
 * absurd (huge strings, negative and enormous numbers, bad dates and zones), unknown fields, huge arrays,
 * wrong content types, hostile path ids and query parameters, and a valid request sent twice.
 * <p>Every answer must be a 4xx problem ({@code application/problem+json}; a 400 for a field of the body
 * names a field) or a 2xx, and never a 5xx; a refused request must leave the service's store as it was
 * (every collection's documents compared, their outbox entries aside, which the relay removes on its own).
 * <p>A service's test gives real ids for the path variables and, where it has them, a valid body per
 * operation ({@link #sample}): mutations start from it, so a 400 must then name the very field mutated.
 * Without a sample the body is made from the schema, and any field named is enough.
 */
public final class HostileInput {

    private static final JsonMapper JSON = new JsonMapper();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final String HUGE = "长".repeat(100_000);

    /** One request tried. @param field the body field or parameter mutated, or null */
    public record Case(String operation, String kind, String field, String method, String path, String body,
            String contentType, Map<String, String> headers) {

        @Override
        public String toString() {
            return operation + " [" + kind + (field == null ? "" : " " + field) + "]";
        }
    }

    /** What went wrong with one case. */
    public record Failure(Case tried, int status, String why, String answer) {
    }

    /** All cases tried, by answer status, and every failure. */
    public record Report(List<Case> cases, Map<Integer, Integer> statuses, List<Failure> failures) {

        /** At least {@code minimum} cases, no failure (each listed with its answer when there are any). */
        public Report assertClean(int minimum) {
            assertThat(cases).as("hostile cases tried").hasSizeGreaterThanOrEqualTo(minimum);
            assertThat(failures).as("hostile cases answered wrongly (statuses %s)", statuses)
                    .extracting(f -> f.tried() + " → " + f.status() + ": " + f.why() + " — " + clip(f.answer()))
                    .isEmpty();
            return this;
        }
    }

    private final TestHttp http;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, Supplier<Map<String, Object>>> samples = new LinkedHashMap<>();
    private final Set<String> skipped = new java.util.HashSet<>();
    private MongoDatabase store;
    private Set<String> storeChangesAllowed = Set.of();

    /** @param http the service, as the caller the cases are sent as (one allowed to do most things) */
    public HostileInput(TestHttp http) {
        this.http = http;
    }

    /** The id sent for a path variable (e.g. {@code unitId}); unnamed variables get an id that exists nowhere. */
    public HostileInput id(String variable, String value) {
        ids.put(variable, value);
        return this;
    }

    /** A valid body of {@code operation} ("POST /api/..."), made afresh for each case. */
    public HostileInput sample(String operation, Supplier<Map<String, Object>> body) {
        samples.put(operation, body);
        return this;
    }

    /** Operations not tried, each with the reason in the test (live streams are left out by themselves). */
    public HostileInput skip(String operation) {
        skipped.add(operation);
        return this;
    }

    /**
     * Checks that a refused request stored nothing in {@code database}, but for the collections named,
     * which a refusal may write by design (e.g. an audit of refused attempts).
     */
    public HostileInput store(MongoDatabase database, String... mayChangeOnRefusal) {
        this.store = database;
        // periodic jobs renew their leases on their own, whatever a request does
        this.storeChangesAllowed = Stream.concat(Stream.of(mayChangeOnRefusal), Stream.of("job_locks"))
                .collect(java.util.stream.Collectors.toSet());
        return this;
    }

    /**
     * Runs the cases as each caller in turn (set up alike by {@code setUp}), prints each caller's figures, and
     * asserts that none was answered wrongly and that at least {@code minimum} were tried in all.
     */
    public static void assertCleanAsEach(String service, Map<String, TestHttp> callers,
            java.util.function.UnaryOperator<HostileInput> setUp, int minimum) {
        int tried = 0;
        for (Map.Entry<String, TestHttp> caller : callers.entrySet()) {
            Report report = setUp.apply(new HostileInput(caller.getValue())).run();
            System.out.printf("%s hostile input as %s: %d cases, statuses %s, %d failed%n", service, caller.getKey(),
                    report.cases().size(), report.statuses(), report.failures().size());
            report.assertClean(0);
            tried += report.cases().size();
        }
        assertThat(tried).as("hostile cases tried").isGreaterThanOrEqualTo(minimum);
    }

    /** Tries every case of every operation and reports. */
    public Report run() {
        List<Case> cases = cases();
        if (store != null) {
            settle();
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Failure> failures = new ArrayList<>();
        // the store as the last case left it: one look at it per case, after the case
        Map<String, String> before = store == null ? Map.of() : snapshot();
        for (Case tried : cases) {
            TestHttp.Answer answer;
            try {
                answer = http.raw(tried.method(), tried.path(), tried.body(), tried.contentType(), tried.headers());
            } catch (RuntimeException e) {
                failures.add(new Failure(tried, -1, "no answer: " + e, ""));
                continue;
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            String why = judge(tried, answer);
            if (store != null) {
                Map<String, String> after = snapshot();
                if (why == null && answer.status() >= 400) {
                    why = unchanged(before, after);
                }
                before = after;
            }
            if (why != null) {
                failures.add(new Failure(tried, answer.status(), why, answer.text()));
            }
        }
        return new Report(cases, statuses, failures);
    }

    private static String judge(Case tried, TestHttp.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "a server error";
        }
        if (status < 400) {
            return status >= 200 && status < 300 ? null : "neither a success nor a refusal";
        }
        boolean problem = answer.contentType() != null && answer.contentType().startsWith("application/problem+json");
        if (!problem) {
            // the web server refuses some paths and headers itself, before any code of ours sees them
            return tried.kind().startsWith("path") || tried.kind().startsWith("header") ? null : "not a problem document";
        }
        if (status == 400 && tried.field() != null && tried.kind().startsWith("body")) {
            Object field = answer.map().get("field");
            if (field == null && answer.map().get("errors") == null) {
                return "a 400 for a body field that names no field";
            }
            if (tried.kind().endsWith("(sample)") && field != null && !String.valueOf(field).startsWith(tried.field())
                    && !answer.text().contains(tried.field())) {
                return "names " + field + ", not " + tried.field();
            }
        }
        return null;
    }

    // ---- the cases ------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    List<Case> cases() {
        Map<String, Object> document = http.get("/v3/api-docs").map();
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document
                .getOrDefault("components", Map.of())).getOrDefault("schemas", Map.of());
        List<Case> cases = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        for (Map.Entry<String, Object> path : new TreeMap<>(paths).entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            Set<String> declared = new java.util.HashSet<>();
            ((Map<String, Object>) path.getValue()).keySet().forEach(m -> declared.add(m.toUpperCase()));
            for (String undeclared : List.of("GET", "POST", "PUT", "PATCH", "DELETE")) {
                if (!declared.contains(undeclared)) {
                    cases.add(new Case(undeclared + " " + path.getKey(), "method", null, undeclared, fill(path.getKey(), ids),
                            undeclared.equals("GET") || undeclared.equals("DELETE") ? null : "{}", "application/json", Map.of()));
                }
            }
            for (Map.Entry<String, Object> op : ((Map<String, Object>) path.getValue()).entrySet()) {
                String method = op.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                String operation = method + " " + path.getKey();
                if (!skipped.contains(operation) && !streams((Map<String, Object>) op.getValue())) {
                    cases.addAll(casesOf(operation, method, path.getKey(), (Map<String, Object>) op.getValue(), schemas));
                }
            }
        }
        return cases;
    }

    /** A live stream (server-sent events) stays open for as long as it is asked: its cases would wait that long. */
    private static boolean streams(Map<String, Object> op) {
        return String.valueOf(op.get("responses")).contains("text/event-stream");
    }

    @SuppressWarnings("unchecked")
    private List<Case> casesOf(String operation, String method, String template, Map<String, Object> op,
            Map<String, Object> schemas) {
        List<Case> cases = new ArrayList<>();
        String path = fill(template, ids);
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
        String query = validQuery(parameters, schemas);
        Map<String, Object> bodySchema = jsonBody(op, schemas);
        Supplier<Map<String, Object>> sample = samples.get(operation);
        boolean fromSample = sample != null;
        String suffix = fromSample ? " (sample)" : "";
        Supplier<Map<String, Object>> base = fromSample ? sample
                : () -> bodySchema == null ? null : (Map<String, Object>) example(bodySchema, schemas, 0);
        String json = "application/json";

        // path variables: an id that exists nowhere, a huge one, traversal and odd characters
        Matcher variables = VARIABLE.matcher(template);
        while (variables.find()) {
            String variable = variables.group(1);
            String validBody = bodySchema == null ? null : write(base.get());
            for (String[] hostile : new String[][] {{"unknown", "no-such-" + variable}, {"huge", "x".repeat(5_000)},
                    {"traversal", "..%2F..%2Fadmin"}, {"odd", "%E2%80%AE%F0%9F%98%80%27%22%3C%3E"},
                    {"nul", "a%00b"}, {"operator", "%7B%22%24ne%22%3Anull%7D"}, {"crlf", "a%0D%0ASet-Cookie%3A%20x%3D1"},
                    {"dot", "."}, {"blank", "%20"}}) {
                Map<String, String> with = new LinkedHashMap<>(ids);
                with.put(variable, hostile[1]);
                cases.add(new Case(operation, "path " + hostile[0], variable, method, fill(template, with) + query,
                        validBody, json, Map.of()));
            }
        }
        // query parameters: wrong types, huge, bad dates and zones
        for (Map<String, Object> parameter : parameters) {
            if (!"query".equals(parameter.get("in"))) {
                continue;
            }
            String name = (String) parameter.get("name");
            Map<String, Object> schema = resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of()), schemas);
            for (String hostile : hostileValues(schema)) {
                cases.add(new Case(operation, "query", name, method, path + withParameter(query, name, hostile),
                        bodySchema == null ? null : write(base.get()), json, Map.of()));
            }
        }
        // headers: a huge one, an answer in a format the service does not speak
        cases.add(new Case(operation, "header huge", null, method, path + query,
                bodySchema == null ? null : write(base.get()), json, Map.of("X-Hostile", "h".repeat(20_000))));
        cases.add(new Case(operation, "header accept", null, method, path + query,
                bodySchema == null ? null : write(base.get()), json, Map.of("Accept", "application/xml")));
        if (bodySchema == null) {
            return cases;
        }
        String target = path + query;
        // the body as a whole
        for (String[] whole : new String[][] {{"malformed", "{\"a\": "}, {"array", "[]"}, {"string", "\"x\""},
                {"number", "42"}, {"null", "null"}, {"empty", ""}, {"deep", "[".repeat(5_000) + "]".repeat(5_000)}}) {
            cases.add(new Case(operation, "whole " + whole[0], null, method, target, whole[1], json, Map.of()));
        }
        cases.add(new Case(operation, "content type", null, method, target, write(base.get()), "text/plain", Map.of()));
        cases.add(new Case(operation, "content type", null, method, target, "<deal/>", "application/xml", Map.of()));
        // an unknown field
        Map<String, Object> unknown = new LinkedHashMap<>(base.get());
        unknown.put("isAdmin", true);
        cases.add(new Case(operation, "body unknown" + suffix, "isAdmin", method, target, write(unknown), json, Map.of()));
        // each field: wrong types, absurd values, removed when required
        Map<String, Object> properties = (Map<String, Object>) bodySchema.getOrDefault("properties", Map.of());
        List<String> required = (List<String>) bodySchema.getOrDefault("required", List.of());
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            String field = property.getKey();
            Map<String, Object> schema = resolve((Map<String, Object>) property.getValue(), schemas);
            for (Object hostile : hostileBodyValues(schema)) {
                Map<String, Object> body = new LinkedHashMap<>(base.get());
                body.put(field, hostile);
                cases.add(new Case(operation, "body value" + suffix, field, method, target, write(body), json, Map.of()));
            }
            if (required.contains(field)) {
                Map<String, Object> body = new LinkedHashMap<>(base.get());
                body.remove(field);
                cases.add(new Case(operation, "body missing" + suffix, field, method, target, write(body), json, Map.of()));
            }
        }
        if (fromSample) {
            // a client retry: the same valid request twice (the second may be refused, never a 5xx)
            String body = write(sample.get());
            cases.add(new Case(operation, "repeated", null, method, target, body, json, Map.of()));
            cases.add(new Case(operation, "repeated", null, method, target, body, json, Map.of()));
        }
        return cases;
    }

    /** Values no sane client sends for a field of this schema. */
    private static List<Object> hostileBodyValues(Map<String, Object> schema) {
        List<Object> values = new ArrayList<>();
        String type = String.valueOf(schema.get("type"));
        values.add(Map.of("nested", "object"));
        switch (type) {
            case "string" -> {
                values.add(12345);
                values.add(List.of("a", "b"));
                values.add(HUGE);
                values.add("");
                values.add("   ");
                if (schema.containsKey("format") || schema.containsKey("enum")) {
                    values.add("not-a-" + schema.getOrDefault("format", "value"));
                }
                values.add("2026-02-30T25:61:00Z");
                values.add("Mars/Olympus_Mons");
            }
            case "integer", "number" -> {
                values.add("abc");
                values.add(-1);
                values.add(new java.math.BigDecimal("-99999999999999999999999.999"));
                values.add(new java.math.BigDecimal("1e400"));
                values.add(new java.math.BigDecimal("0.001"));
                values.add(true);
            }
            case "boolean" -> {
                values.add("yes");
                values.add(2);
            }
            case "array" -> {
                values.add("not an array");
                values.add(Collections.nCopies(100_000, "x"));
                values.add(Collections.nCopies(3, Map.of("unknown", "x")));
            }
            default -> {
                values.add("not an object");
                values.add(List.of(1, 2));
            }
        }
        values.add(null);
        return values;
    }

    /** Values no sane client sends for a query parameter of this schema. */
    private static List<String> hostileValues(Map<String, Object> schema) {
        List<String> values = new ArrayList<>(List.of("", "x".repeat(5_000), "%00", "2026-02-30", "Mars%2FOlympus",
                "%7B%22%24gt%22%3A%22%22%7D", "%0D%0AX-Injected%3A%201", "' OR '1'='1", "-1", "2026-13-01T00:00:00Z"));
        String type = String.valueOf(schema.get("type"));
        if (type.equals("integer") || type.equals("number")) {
            values.addAll(List.of("abc", "-1", "99999999999999999999999", "1e400"));
        }
        if (type.equals("boolean")) {
            values.add("maybe");
        }
        return values;
    }

    // ---- bodies from schemas --------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonBody(Map<String, Object> op, Map<String, Object> schemas) {
        Map<String, Object> body = (Map<String, Object>) op.get("requestBody");
        if (body == null) {
            return null;
        }
        Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
        Map<String, Object> json = (Map<String, Object>) content.get("application/json");
        if (json == null) {
            return null;
        }
        Map<String, Object> schema = resolve((Map<String, Object>) json.getOrDefault("schema", Map.of()), schemas);
        return "object".equals(schema.get("type")) || schema.containsKey("properties") ? schema : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas) {
        Object ref = schema.get("$ref");
        if (ref instanceof String name) {
            return (Map<String, Object>) schemas.getOrDefault(name.substring(name.lastIndexOf('/') + 1), Map.of());
        }
        return schema;
    }

    /** A plausible value of the schema: required fields filled, strings by their format. */
    @SuppressWarnings("unchecked")
    private static Object example(Map<String, Object> schema, Map<String, Object> schemas, int depth) {
        Map<String, Object> resolved = resolve(schema, schemas);
        if (resolved.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.getFirst();
        }
        String type = String.valueOf(resolved.getOrDefault("type", resolved.containsKey("properties") ? "object" : "string"));
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                if (depth < 4) {
                    ((Map<String, Object>) resolved.getOrDefault("properties", Map.of())).forEach((name, property) ->
                            object.put(name, example((Map<String, Object>) property, schemas, depth + 1)));
                }
                yield object;
            }
            case "array" -> depth < 4 && resolved.get("items") instanceof Map<?, ?> items
                    ? List.of(example((Map<String, Object>) items, schemas, depth + 1)) : List.of();
            case "integer" -> 1;
            case "number" -> new java.math.BigDecimal("1.00");
            case "boolean" -> false;
            default -> switch (String.valueOf(resolved.get("format"))) {
                case "date-time" -> "2030-01-02T02:00:00Z";
                case "date" -> "2030-01-02";
                default -> "x";
            };
        };
    }

    @SuppressWarnings("unchecked")
    private static String validQuery(List<Map<String, Object>> parameters, Map<String, Object> schemas) {
        StringBuilder query = new StringBuilder();
        for (Map<String, Object> parameter : parameters) {
            if ("query".equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                Object value = example((Map<String, Object>) parameter.getOrDefault("schema", Map.of()), schemas, 0);
                query.append(query.isEmpty() ? "?" : "&").append(parameter.get("name")).append('=')
                        .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private static String withParameter(String query, String name, String value) {
        String kept = java.util.Arrays.stream(query.isEmpty() ? new String[0] : query.substring(1).split("&"))
                .filter(p -> !p.startsWith(name + "=")).reduce((a, b) -> a + "&" + b).orElse("");
        String encoded = value.startsWith("%") || value.contains("%2F") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
        return "?" + (kept.isEmpty() ? "" : kept + "&") + name + "=" + encoded;
    }

    private static String fill(String template, Map<String, String> ids) {
        Matcher variables = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variables.find()) {
            String value = ids.getOrDefault(variables.group(1), "no-such-" + variables.group(1));
            String encoded = value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
            variables.appendReplacement(path, Matcher.quoteReplacement(encoded));
        }
        variables.appendTail(path);
        return path.toString();
    }

    private static String write(Object body) {
        return body == null ? null : JSON.writeValueAsString(body);
    }

    private static String clip(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    // ---- the store ------------------------------------------------------------------------------------------

    /** Each collection's documents, their outbox aside, as one digest per collection. */
    private Map<String, String> snapshot() {
        Map<String, String> digests = new TreeMap<>();
        for (String name : store.listCollectionNames()) {
            if (storeChangesAllowed.contains(name)) {
                continue;
            }
            java.security.MessageDigest digest = sha256();
            long count = 0;
            for (Document document : store.getCollection(name).find().sort(new Document("_id", 1))) {
                document.remove("outbox");
                digest.update(document.toJson().getBytes(StandardCharsets.UTF_8));
                count++;
            }
            digests.put(name, count + ":" + java.util.HexFormat.of().formatHex(digest.digest()));
        }
        return digests;
    }

    private static String unchanged(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String name : after.keySet()) {
            if (!after.get(name).equals(before.get(name))) {
                changed.add(name + " (" + before.getOrDefault(name, "0:").split(":")[0] + " → "
                        + after.get(name).split(":")[0] + " documents)");
            }
        }
        return changed.isEmpty() ? null : "a refused request changed the store: " + changed;
    }

    /** Waits until the store no longer changes on its own (relays and consumers done with the set-up). */
    private void settle() {
        org.awaitility.Awaitility.await("the store settled before the hostile cases")
                .atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofMillis(500))
                .until(new java.util.concurrent.Callable<Boolean>() {
                    private Map<String, String> last = Map.of();

                    @Override
                    public Boolean call() {
                        Map<String, String> now = snapshot();
                        boolean same = now.equals(last);
                        last = now;
                        return same;
                    }
                });
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
