package com.anchang.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.test.ServiceIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.test.context.TestPropertySource;

/**
 * application.yml holds no credentials: without them identity-service refuses to start; under the
 * development setting it starts with random ones of its own, which then work. (Starting with configured
 * ones is what every other test of this module does, from src/test/resources/application.properties.)
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"anchang.dev-mode=true", "identity.clients.gateway.secret=",
        "identity.bootstrap.admin-password="})
class SecretsAtStartIT {

    @Value("${local.server.port}")
    int port;
    @Value("${identity.clients.gateway.secret}")
    String clientSecret;
    @Value("${identity.bootstrap.admin-password}")
    String adminPassword;

    @Test
    @DisplayName("without the gateway's client secret and the administrator's password it refuses to start, naming both")
    void refusesToStartWithoutSecrets() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(IdentityApplication.class).run(
                "--identity.clients.gateway.secret=", "--identity.bootstrap.admin-password=",
                "--logging.structured.format.console="))
                .hasMessageContaining("identity.clients.gateway.secret (environment variable IDENTITY_CLIENTS_GATEWAY_SECRET)")
                .hasMessageContaining("identity.bootstrap.admin-password (environment variable IDENTITY_BOOTSTRAP_ADMINPASSWORD)")
                .hasMessageContaining("anchang.dev-mode=true");
    }

    @Test
    @DisplayName("under anchang.dev-mode it starts with random credentials, and the administrator signs in with them")
    void startsWithRandomSecretsInDevelopmentMode() {
        OAuthClient.Answer signedIn = new OAuthClient(port, clientSecret).signIn("admin", adminPassword);

        assertThat(signedIn.status()).as(signedIn.body().toString()).isEqualTo(200);
        assertThat(clientSecret).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(OAuthClient.CLIENT_SECRET);
        assertThat(adminPassword).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(OAuthClient.ADMIN_PASSWORD);
    }
}
