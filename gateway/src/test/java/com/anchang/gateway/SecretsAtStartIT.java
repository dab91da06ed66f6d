package com.anchang.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.gateway.signin.SignInProperties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** application.yml holds no client secret: the gateway starts only with one configured, or under the development setting. */
class SecretsAtStartIT {

    @Test
    @DisplayName("without its client secret the gateway refuses to start, naming the property and its environment variable")
    void refusesToStartWithoutItsClientSecret() {
        assertThatThrownBy(() -> start("--anchang.gateway.client-secret="))
                .hasMessageContaining("anchang.gateway.client-secret (environment variable ANCHANG_GATEWAY_CLIENTSECRET)")
                .hasMessageContaining("anchang.dev-mode=true");
    }

    @Test
    @DisplayName("with its client secret configured the gateway starts and uses it")
    void startsWithItsClientSecret() {
        try (ConfigurableApplicationContext gateway = start("--anchang.gateway.client-secret=configured-client-secret")) {
            assertThat(gateway.getBean(SignInProperties.class).clientSecret()).isEqualTo("configured-client-secret");
        }
    }

    @Test
    @DisplayName("under anchang.dev-mode the gateway starts with a random client secret, a new one each start")
    void startsWithARandomClientSecretInDevelopmentMode() {
        String first;
        try (ConfigurableApplicationContext gateway = start("--anchang.gateway.client-secret=", "--anchang.dev-mode=true")) {
            first = gateway.getBean(SignInProperties.class).clientSecret();
        }
        try (ConfigurableApplicationContext gateway = start("--anchang.gateway.client-secret=", "--anchang.dev-mode=true")) {
            assertThat(gateway.getBean(SignInProperties.class).clientSecret())
                    .hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(first);
        }
        assertThat(first).hasSizeGreaterThanOrEqualTo(32);
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--logging.structured.format.console=";
        System.arraycopy(args, 0, all, 2, args.length);
        return new SpringApplicationBuilder(GatewayApplication.class).run(all);
    }
}
