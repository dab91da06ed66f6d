package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded platform as a client meets it: requests through the gateway only, the demo users signed in
 * there (POST /auth/sign-in, as the web UI does), answers as status and JSON. Never throws on 4xx/5xx.
 */
public final class GatewayClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String gateway;
    private final Map<String, Staff> signedIn = new ConcurrentHashMap<>();

    public GatewayClient(String gateway) {
        this.gateway = gateway;
    }

    public record Answer(int status, JsonNode body) {
    }

    /** A demo user signed in at the gateway. */
    public record Staff(GatewayClient client, String username, String userId, String token) {

        public Answer call(String method, String path, Object body) {
            return call(method, path, body, Map.of());
        }

        public Answer call(String method, String path, Object body, Map<String, String> headers) {
            Map<String, String> all = new HashMap<>(headers);
            all.put("Authorization", "Bearer " + token);
            return client.call(method, path, body, all);
        }

        public Answer get(String path) {
            return call("GET", path, null);
        }

        /** A file sent as a browser's form sends it: multipart, the {@code kind} field and the {@code file} part. */
        public Answer upload(String path, String kind, String fileName, String type, byte[] content) {
            return client.upload(path, kind, fileName, type, content, Map.of("Authorization", "Bearer " + token));
        }
    }

    /** Signs a demo user in once (the gateway limits sign-ins per account and address). */
    public Staff as(String username) {
        return signedIn.computeIfAbsent(username, name -> {
            Answer signIn = call("POST", "/auth/sign-in", Map.of("username", name, "password", DemoData.DEMO_PASSWORD));
            assertThat(signIn.status()).as("signing in " + name + ": " + signIn.body()).isEqualTo(200);
            String token = signIn.body().get("accessToken").asText();
            try {
                JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
                return new Staff(this, name, claims.get("sub").asText(), token);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    Answer call(String method, String path, Object body) {
        return call(method, path, body, Map.of());
    }

    Answer call(String method, String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            try {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(
                        body instanceof String s ? s : JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return send(request);
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer upload(String path, String kind, String fileName, String type, byte[] content, Map<String, String> headers) {
        String boundary = "----anchang" + Long.toHexString(System.nanoTime());
        byte[] form = form(boundary, kind, fileName, type, content);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form));
        return send(request);
    }

    /** A browser form's multipart body: the {@code kind} field and the {@code file} part, between the boundaries. */
    public static byte[] form(String boundary, String kind, String fileName, String type, byte[] content) {
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n--"
                + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] form = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, form, 0, head.length);
        System.arraycopy(content, 0, form, head.length, content.length);
        System.arraycopy(tail, 0, form, head.length + content.length, tail.length);
        return form;
    }

    /** JSON as JSON; an empty or non-JSON body (e.g. a server's bare 431) as text, so a test sees the status. */
    public static JsonNode parse(String body) {
        if (body.isEmpty()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(body);
        }
    }
}
