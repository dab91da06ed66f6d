package com.anchang.support.test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a service under test over real HTTP and hands back what a client would see: the status, the
 * parsed JSON body and the content type. Never throws on 4xx/5xx, so a test asserts on refusals the
 * same way as on successes. In a {@link ServiceIntegrationTest}: {@code @Autowired TestHttp http;}
 * (elsewhere {@code @Import(TestHttp.LocalServer.class)}, or {@code new TestHttp(port)}).
 */
public final class TestHttp {

    private static final JsonMapper JSON = new JsonMapper();

    private final String base;
    private final RestClient client;
    private final Map<String, String> defaultHeaders;

    public TestHttp(int port) {
        this("http://localhost:" + port, RestClient.create("http://localhost:" + port), Map.of());
    }

    private TestHttp(String base, RestClient client, Map<String, String> defaultHeaders) {
        this.base = base;
        this.client = client;
        this.defaultHeaders = defaultHeaders;
    }

    /** The same server, every request with {@code Authorization: Bearer <accessToken>}. */
    public TestHttp as(String accessToken) {
        return new TestHttp(base, client, Map.of("Authorization", "Bearer " + accessToken));
    }

    public Answer get(String path) {
        return call("GET", path, null);
    }

    /**
     * @param body null for none, a String sent as it is (for malformed JSON), a {@link MultiValueMap} sent as
     *     multipart/form-data (its parts as RestClient writes them, e.g. an {@code HttpEntity} of a resource),
     *     anything else serialised to JSON
     */
    public Answer call(String method, String path, Object body) {
        return call(method, path, body, Map.of());
    }

    /** As {@link #call(String, String, Object)}, with extra request headers. */
    public Answer call(String method, String path, Object body, Map<String, String> headers) {
        RestClient.RequestBodySpec spec = client.method(HttpMethod.valueOf(method)).uri(path);
        defaultHeaders.forEach(spec::header);
        headers.forEach(spec::header);
        if (body instanceof MultiValueMap<?, ?> parts) {
            spec.contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
        } else if (body != null) {
            spec.contentType(MediaType.APPLICATION_JSON).body(body instanceof String s ? s : JSON.writeValueAsString(body));
        }
        return exchange(spec);
    }

    /**
     * Sends {@code body} exactly as given with the given content type, to a path taken as it is (already
     * encoded: hostile paths are not encoded again). Bodies the server answers with are read as by {@link #call}.
     */
    public Answer raw(String method, String encodedPath, String body, String contentType, Map<String, String> headers) {
        RestClient.RequestBodySpec spec = client.method(HttpMethod.valueOf(method)).uri(java.net.URI.create(base + encodedPath));
        defaultHeaders.forEach(spec::header);
        headers.forEach(spec::header);
        if (body != null) {
            spec.contentType(MediaType.parseMediaType(contentType)).body(body);
        }
        return exchange(spec);
    }

    private static Answer exchange(RestClient.RequestBodySpec spec) {
        return spec.exchange((request, response) -> {
            MediaType type = response.getHeaders().getContentType();
            byte[] bytes = response.getBody().readAllBytes();
            Object parsed;
            if (bytes.length == 0) {
                parsed = Map.of();
            } else if (type == null || "json".equals(type.getSubtype()) || "json".equals(type.getSubtypeSuffix())) {
                try {
                    parsed = JSON.readValue(bytes, Object.class);
                } catch (tools.jackson.core.JacksonException notJson) {
                    parsed = new String(bytes, StandardCharsets.UTF_8);
                }
            } else {
                parsed = new String(bytes, type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset());
            }
            return new Answer(response.getStatusCode().value(), parsed, type == null ? null : type.toString());
        });
    }

    /**
     * One response.
     *
     * @param body a JSON object as a Map, a JSON array as a List, an empty body as an empty Map, any
     *     non-JSON body (e.g. Prometheus text) as a String
     * @param contentType as the server sent it, or null
     */
    public record Answer(int status, Object body, String contentType) {

        /** The body as a JSON object. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            if (body instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            throw new IllegalStateException("status " + status + ", body is not a JSON object: " + body);
        }

        /** The body as a JSON array of objects. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> list() {
            if (body instanceof List<?> list) {
                return (List<Map<String, Object>>) list;
            }
            throw new IllegalStateException("status " + status + ", body is not a JSON array: " + body);
        }

        /** One string field of a JSON object body, or null if absent. */
        public String text(String field) {
            return (String) map().get(field);
        }

        /** The body as text: a non-JSON body as received, a JSON body written back as JSON. */
        public String text() {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        }
    }

    /** Makes a TestHttp for the test's own server injectable. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class LocalServer {

        /** Lazy: the random port is known only once the server has started, after the beans are made. */
        @Bean
        @Lazy
        TestHttp testHttp(@Value("${local.server.port}") int port) {
            return new TestHttp(port);
        }
    }
}
