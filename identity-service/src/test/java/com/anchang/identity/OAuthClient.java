package com.anchang.identity;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's side of the token endpoints, as a confidential client with HTTP basic authentication. */
final class OAuthClient {

    static final String GRANT = "urn:anchang:grant-type:password";
    static final String CLIENT_ID = "anchang-gateway";
    /** The tests' secrets, from src/test/resources/application.properties. */
    static final String CLIENT_SECRET = "identity-test-gateway-secret";
    static final String ADMIN_PASSWORD = "identity-test-admin-1";
    private static final JsonMapper JSON = new JsonMapper();

    /** One answer of a token endpoint. */
    record Answer(int status, Map<String, Object> body) {

        String accessToken() {
            return (String) body.get("access_token");
        }

        String refreshToken() {
            return (String) body.get("refresh_token");
        }

        String error() {
            return (String) body.get("error");
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String clientSecret;

    OAuthClient(int port) {
        this(port, CLIENT_SECRET);
    }

    OAuthClient(int port, String clientSecret) {
        this.port = port;
        this.clientSecret = clientSecret;
    }

    Answer signIn(String username, String password) {
        return signIn(username, password, Map.of());
    }

    Answer signIn(String username, String password, Map<String, String> headers) {
        return post("/oauth2/token", Map.of("grant_type", GRANT, "username", username, "password", password),
                CLIENT_ID, clientSecret, headers);
    }

    Answer refresh(String refreshToken) {
        return post("/oauth2/token", Map.of("grant_type", "refresh_token", "refresh_token", refreshToken),
                CLIENT_ID, clientSecret, Map.of());
    }

    Answer revoke(String token, String hint) {
        return post("/oauth2/revoke", Map.of("token", token, "token_type_hint", hint), CLIENT_ID, clientSecret, Map.of());
    }

    /** Any form POST; a null client id sends no client authentication. */
    Answer post(String path, Map<String, String> form, String clientId, String secret, Map<String, String> headers) {
        String body = new LinkedHashMap<>(form).entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (clientId != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = response.body().isBlank() ? Map.of() : JSON.readValue(response.body(), Map.class);
            return new Answer(response.statusCode(), parsed);
        } catch (Exception e) {
            throw new IllegalStateException("POST " + path + " failed", e);
        }
    }

    static Map<String, String> bearer(String accessToken) {
        return Map.of("Authorization", "Bearer " + accessToken);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
