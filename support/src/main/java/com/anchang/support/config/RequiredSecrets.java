package com.anchang.support.config;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Secrets no file in the repository holds. A service lists them in {@value #REQUIRED} (identity-service:
 * the gateway's client secret and the bootstrap administrator's password; the gateway: its client
 * secret); started without one of them set, it refuses to start and names the property and its
 * environment variable. Only under {@value #DEV_MODE}{@code =true} does a missing one get a random value
 * for this start instead, logged with its value (never a fixed value anyone could read here).
 * Runs after application.yml and the environment are read.
 */
public class RequiredSecrets implements EnvironmentPostProcessor, Ordered {

    public static final String REQUIRED = "anchang.secrets.required";
    public static final String DEV_MODE = "anchang.dev-mode";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Log log;

    public RequiredSecrets(DeferredLogFactory logs) {
        this.log = logs.getLog(RequiredSecrets.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> missing = new ArrayList<>();
        for (String property : environment.getProperty(REQUIRED, String[].class, new String[0])) {
            String value = environment.getProperty(property.trim());
            if (!property.isBlank() && (value == null || value.isBlank())) {
                missing.add(property.trim());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        if (!environment.getProperty(DEV_MODE, Boolean.class, false)) {
            throw new IllegalStateException(missing.stream()
                    .map(property -> property + " (environment variable " + environmentVariable(property) + ")")
                    .reduce((a, b) -> a + ", " + b).orElseThrow()
                    + " not set: set it from the environment or a secret store; only for development, "
                    + DEV_MODE + "=true starts with random values instead");
        }
        Map<String, Object> generated = new LinkedHashMap<>();
        for (String property : missing) {
            String value = random();
            generated.put(property, value);
            log.warn(DEV_MODE + "=true and " + property + " not set: using a random value for this start only: " + value);
        }
        environment.getPropertySources().addFirst(new MapPropertySource("anchang-dev-mode-secrets", generated));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The environment variable Spring Boot binds to the property (relaxed binding). */
    static String environmentVariable(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
