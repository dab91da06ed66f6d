package com.anchang.support.test;

import com.anchang.support.config.ServiceAutoConfiguration;
import com.anchang.support.security.ResourceServerAutoConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * A web slice of a service ({@code *ControllerTest}): the named controllers on MockMvc, their use cases
 * mocked, behind the platform's own request handling — the resource-server filter chain checking real
 * {@link TestTokens} (signature against the test key set, issuer, expiry), the {@code Caller} parameter
 * built from the token, and {@code ProblemDetailsAdvice} answering every error as a problem detail. No
 * Kafka, no Mongo: what a slice proves (validation, problem mapping, response shape) needs neither.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@WebMvcTest(properties = "logging.structured.format.console=")
@ImportAutoConfiguration({
        // the slice imports no security of its own but OAuth2ResourceServerAutoConfiguration: the chain and its filter
        ResourceServerAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
        org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
        // the clock, typed settings and ProblemDetailsAdvice
        ServiceAutoConfiguration.class})
@ContextConfiguration(initializers = TestTokens.Issuer.class)
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

    /** Requests as a signed-in user, and the problem details every service answers. */
    final class Calls {

        private Calls() {
        }

        public static MockHttpServletRequestBuilder get(TestTokens.Staff staff, String path) {
            return MockMvcRequestBuilders.get(path).header("Authorization", "Bearer " + staff.token());
        }

        /** A JSON body sent with {@code method} (POST, PUT, PATCH) as the user. */
        public static MockHttpServletRequestBuilder send(String method, TestTokens.Staff staff, String path,
                String json) {
            return MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), path)
                    .header("Authorization", "Bearer " + staff.token())
                    .contentType(MediaType.APPLICATION_JSON).content(json);
        }

        public static MockHttpServletRequestBuilder post(TestTokens.Staff staff, String path, String json) {
            return send("POST", staff, path, json);
        }

        /** An RFC 9457 problem of this status naming this field (400). */
        public static ResultMatcher invalid(String field) {
            return all(problem(400), MockMvcResultMatchers.jsonPath("$.field").value(field));
        }

        /** An RFC 9457 problem of this status (409 with its rule, 404, 403, 503 ...). */
        public static ResultMatcher problem(int status) {
            return all(MockMvcResultMatchers.status().is(status),
                    MockMvcResultMatchers.content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                    MockMvcResultMatchers.jsonPath("$.status").value(status));
        }

        private static ResultMatcher all(ResultMatcher... matchers) {
            return result -> {
                for (ResultMatcher matcher : matchers) {
                    matcher.match(result);
                }
            };
        }

        /** 409 naming the rule. */
        public static ResultMatcher refused(String rule) {
            return all(problem(409), MockMvcResultMatchers.jsonPath("$.rule").value(rule),
                    MockMvcResultMatchers.jsonPath("$.type").value("https://anchang.dev/problems/rule-refused"));
        }
    }
}
