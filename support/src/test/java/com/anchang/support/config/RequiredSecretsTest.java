package com.anchang.support.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class RequiredSecretsTest {

    final RequiredSecrets secrets = new RequiredSecrets(Supplier::get);

    @Test
    @DisplayName("a listed secret that is unset or blank stops the start, naming it and its environment variable")
    void missingSecretStopsTheStart() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(RequiredSecrets.REQUIRED, "some.client-secret, other.password")
                .withProperty("some.client-secret", " ");

        assertThatThrownBy(() -> secrets.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("some.client-secret (environment variable SOME_CLIENTSECRET), "
                        + "other.password (environment variable OTHER_PASSWORD) not set");
    }

    @Test
    @DisplayName("set secrets are left as they are")
    void setSecretsAreKept() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(RequiredSecrets.REQUIRED, "some.client-secret")
                .withProperty("some.client-secret", "configured");

        secrets.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("some.client-secret")).isEqualTo("configured");
    }

    @Test
    @DisplayName("under anchang.dev-mode a missing secret gets a random value, a different one each start")
    void developmentModeMakesRandomValues() {
        MockEnvironment first = devMode();
        MockEnvironment second = devMode();

        secrets.postProcessEnvironment(first, new SpringApplication());
        secrets.postProcessEnvironment(second, new SpringApplication());

        assertThat(first.getProperty("some.client-secret")).hasSizeGreaterThanOrEqualTo(32)
                .isNotEqualTo(second.getProperty("some.client-secret"));
    }

    private static MockEnvironment devMode() {
        return new MockEnvironment().withProperty(RequiredSecrets.REQUIRED, "some.client-secret")
                .withProperty(RequiredSecrets.DEV_MODE, "true");
    }
}
