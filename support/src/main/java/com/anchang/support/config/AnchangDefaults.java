package com.anchang.support.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The configuration every service shares, in one place instead of copied into each
 * {@code application.yml}: actuator exposure, metrics tagged with the service name, tracing, Kafka
 * producer guarantees, strict JSON for requests. Lowest precedence: a service or the environment
 * overrides any of it.
 */
public class AnchangDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "anchang-defaults.yml";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("anchang-defaults", new ClassPathResource(RESOURCE, AnchangDefaults.class.getClassLoader()));
            sources.forEach(source -> environment.getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The embedded store has no 'hello' command, so Boot's standard Mongo health indicator would
        // report DOWN against it; EmbeddedMongoHealthIndicator checks it instead.
        if (environment.getProperty("anchang.mongo.embedded", Boolean.class, false)) {
            environment.getPropertySources().addFirst(new MapPropertySource("anchang-embedded-mongo",
                    Map.of("management.health.mongo.enabled", "false")));
        }
    }
}
