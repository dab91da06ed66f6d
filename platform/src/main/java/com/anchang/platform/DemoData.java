package com.anchang.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo data of the embedded platform: one developer, two sales offices, each with a project, a
 * building of 20 floors × 4 units and its price list, and its staff. Loaded once through the gateway's
 * public API (so it goes through the same validation as any user's input); a marker under var/
 * records that it was loaded, so a restart keeps what users changed since.
 */
final class DemoData {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One staff member as printed in the logins table. */
    record Login(String username, String name, String role, String office) {
    }

    private final JsonNode demo;

    DemoData() throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/demo-data.json")) {
            demo = JSON.readTree(in);
        }
    }

    /** The password of every demo user: demo data only, printed by the launcher and in the README. */
    static final String DEMO_PASSWORD = "anchang-demo-2026";

    /** Loads the demo data unless it was loaded before; returns the buildings' ids by office (empty if skipped). */
    List<String> loadOnce(PlatformConfig config, PlatformSecrets secrets) throws IOException, InterruptedException {
        Path marker = config.var().resolve("demo-data.loaded");
        if (Files.exists(marker)) {
            return List.of();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String admin = signIn(http, config, secrets, secrets.adminUsername(), secrets.adminPassword());
        loadDirectory(http, config, admin);
        List<String> buildingIds = new ArrayList<>();
        for (JsonNode office : demo.get("offices")) {
            // the price list is the office's: its PM catalogues it (the platform administrator sees no office's business)
            String pm = signIn(http, config, secrets, staffWithRole(office, "PM"), DEMO_PASSWORD);
            buildingIds.add(post(http, config, pm, "/api/inventory/buildings", priceList(office)).get("buildingId").asText());
        }
        Files.writeString(marker, String.join(System.lineSeparator(), buildingIds) + System.lineSeparator());
        return buildingIds;
    }

    /** The developer, its offices and their staff with their roles, in identity-service, as the platform administrator. */
    private void loadDirectory(HttpClient http, PlatformConfig config, String admin)
            throws IOException, InterruptedException {
        JsonNode developer = demo.get("developer");
        String developerId = developer.get("id").asText();
        post(http, config, admin, "/api/identity/developers", JSON.createObjectNode()
                .put("id", developerId).put("name", developer.get("name").asText()));
        for (JsonNode office : demo.get("offices")) {
            post(http, config, admin, "/api/identity/offices", JSON.createObjectNode().put("id", office.get("id").asText())
                    .put("developerId", developerId).put("name", office.get("name").asText())
                    .put("zone", office.get("zone").asText()));
        }
        for (JsonNode person : demo.get("headOffice")) {
            boolean platformStaff = person.get("role").asText().equals("PLATFORM_ADMIN");
            createUser(http, config, admin, person, platformStaff ? null : developerId, null);
        }
        for (JsonNode office : demo.get("offices")) {
            for (JsonNode person : office.get("staff")) {
                createUser(http, config, admin, person, developerId, office.get("id").asText());
            }
        }
    }

    private void createUser(HttpClient http, PlatformConfig config, String admin, JsonNode person, String developerId,
            String officeId) throws IOException, InterruptedException {
        ObjectNode user = JSON.createObjectNode().put("username", person.get("username").asText())
                .put("displayName", person.get("name").asText()).put("password", DEMO_PASSWORD)
                .put("certified", person.path("certified").asBoolean(false));
        if (developerId != null) {
            user.put("developerId", developerId);
        }
        String userId = post(http, config, admin, "/api/identity/users", user).get("userId").asText();
        ObjectNode grant = JSON.createObjectNode().put("role", person.get("role").asText());
        if (officeId != null) {
            grant.put("officeId", officeId);
        }
        post(http, config, admin, "/api/identity/users/" + userId + "/grants", grant);
    }

    private static String staffWithRole(JsonNode office, String role) {
        for (JsonNode person : office.get("staff")) {
            if (person.get("role").asText().equals(role)) {
                return person.get("username").asText();
            }
        }
        throw new IllegalStateException("demo office " + office.get("id").asText() + " has no " + role);
    }

    /** Signs a user in at identity-service with the gateway's client (the only client there is); returns the access token. */
    static String signIn(HttpClient http, PlatformConfig config, PlatformSecrets secrets, String username, String password)
            throws IOException, InterruptedException {
        String form = "grant_type=" + encode("urn:anchang:grant-type:password") + "&username=" + encode(username)
                + "&password=" + encode(password);
        String basic = java.util.Base64.getEncoder().encodeToString(("anchang-gateway:" + secrets.gatewayClientSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.identityUrl() + "/oauth2/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("signing in " + username + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode post(HttpClient http, PlatformConfig config, String token, String path, JsonNode body)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.gatewayUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IOException("demo data: " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The price list of an office's demo building: list price = gross area × (base + floor premium × (floor − 1)), whole yuan. */
    ObjectNode priceList(JsonNode office) {
        JsonNode building = office.get("building");
        BigDecimal base = new BigDecimal(building.get("basePricePerSquareMetre").asText());
        BigDecimal premium = new BigDecimal(building.get("floorPremiumPerSquareMetre").asText());
        ObjectNode request = JSON.createObjectNode()
                .put("officeId", office.get("id").asText())
                .put("projectId", office.get("project").get("id").asText())
                .put("name", building.get("name").asText());
        ArrayNode units = request.putArray("units");
        for (int floor = 1; floor <= building.get("floors").asInt(); floor++) {
            BigDecimal perSquareMetre = base.add(premium.multiply(BigDecimal.valueOf(floor - 1)));
            for (JsonNode type : building.get("unitTypes")) {
                BigDecimal gross = new BigDecimal(type.get("grossArea").asText());
                units.addObject()
                        .put("floor", floor)
                        .put("number", type.get("number").asInt())
                        .put("layout", type.get("layout").asText())
                        .put("grossArea", gross)
                        .put("netArea", new BigDecimal(type.get("netArea").asText()))
                        .put("orientation", type.get("orientation").asText())
                        .put("listPrice", gross.multiply(perSquareMetre).setScale(0, RoundingMode.HALF_UP).setScale(2));
            }
        }
        return request;
    }

    List<Login> logins() {
        List<Login> logins = new ArrayList<>();
        for (JsonNode person : demo.get("headOffice")) {
            logins.add(new Login(person.get("username").asText(), person.get("name").asText(),
                    person.get("role").asText(), demo.get("developer").get("id").asText()));
        }
        for (JsonNode office : demo.get("offices")) {
            for (JsonNode person : office.get("staff")) {
                String role = person.get("role").asText();
                if (person.has("certified") && !person.get("certified").asBoolean()) {
                    role += " (not yet certified)";
                }
                logins.add(new Login(person.get("username").asText(), person.get("name").asText(), role,
                        office.get("id").asText()));
            }
        }
        return logins;
    }
}
