package com.anchang.support.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service against the real infrastructure of the embedded default: a real Kafka broker
 * (KRaft) inside the test JVM and the in-process MongoDB server, on a random HTTP port, with a
 * {@link TestHttp} for that port ready to inject, checking the tokens of {@link TestTokens}; the
 * service's office directory, if it keeps one, knows the offices of {@link TestOffices}.
 * {@link ServiceContainersTest} runs the same tests on a real MongoDB and Kafka.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "anchang.outbox.sweep-interval=500ms",
        "logging.structured.format.console="})
@ContextConfiguration(initializers = {EmbeddedBroker.class, InProcessMongo.class, TestTokens.Issuer.class})
@Import({TestHttp.LocalServer.class, TestOffices.class})
public @interface ServiceIntegrationTest {
}
