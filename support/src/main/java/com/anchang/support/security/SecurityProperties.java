package com.anchang.support.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform's tokens come from: identity-service. Defaults in anchang-defaults.yml.
 *
 * @param issuer the {@code iss} every accepted token must carry (identity-service's {@code identity.issuer})
 * @param jwkSetUri where the signing keys are fetched (and re-fetched when a token names an unknown key)
 */
@ConfigurationProperties("anchang.security")
public record SecurityProperties(String issuer, URI jwkSetUri) {
}
