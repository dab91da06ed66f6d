package com.anchang.support.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * A whole service against a real MongoDB (replica set) and a real Kafka broker in containers
 * ({@link RealInfrastructure}), otherwise as {@link ServiceIntegrationTest}: put it on a class that
 * extends a {@code @ServiceIntegrationTest} class and the same tests run on the real store and broker,
 * proving that what is shaped for the embedded stand-in behaves on the real thing. Skipped (reported
 * as skipped, not failed) where no Docker engine is available.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "anchang.outbox.sweep-interval=500ms",
        "logging.structured.format.console="})
@ContextConfiguration(initializers = {RealInfrastructure.class, TestTokens.Issuer.class}, inheritInitializers = false)
@Import({TestHttp.LocalServer.class, TestOffices.class})
public @interface ServiceContainersTest {
}
