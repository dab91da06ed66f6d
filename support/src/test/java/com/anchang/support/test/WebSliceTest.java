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
import org.springframework.test.context.ContextConfiguration;

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
}
