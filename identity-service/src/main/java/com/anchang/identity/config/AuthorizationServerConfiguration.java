package com.anchang.identity.config;

import com.anchang.identity.adapter.persistence.MongoAuthorizationService;
import com.anchang.identity.adapter.persistence.MongoSigningKeys;
import com.anchang.identity.adapter.security.ActiveSessionValidator;
import com.anchang.identity.adapter.security.StaffClaimsCustomizer;
import com.anchang.identity.adapter.security.StaffPasswordAuthenticationConverter;
import com.anchang.identity.adapter.security.StaffPasswordAuthenticationProvider;
import com.anchang.identity.adapter.security.StaffPasswordAuthenticationToken;
import com.anchang.identity.application.IssuingClaims;
import com.anchang.identity.application.SigningIn;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.anchang.support.clock.SecurityClock;
import java.time.Clock;
import java.util.Date;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * The token issuer on Spring Authorization Server, and this service's own resource-server check.
 * <ul>
 *   <li>Endpoints: {@code POST /oauth2/token} (grants {@code urn:anchang:grant-type:password} and
 *       {@code refresh_token}), {@code POST /oauth2/revoke} (RFC 7009), {@code POST /oauth2/introspect},
 *       {@code GET /oauth2/jwks}, {@code GET /.well-known/oauth-authorization-server}.</li>
 *   <li>One client: the gateway, confidential ({@code client_secret_basic}), its secret from
 *       {@code identity.clients.gateway.secret} kept only as a bcrypt hash.</li>
 *   <li>RS256 JWT access tokens (15 min), opaque refresh tokens rotated on every use (8 h), the signing
 *       key and the authorizations in MongoDB.</li>
 *   <li>{@code /api/**} takes bearer tokens of this issuer whose session is still live.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, SigningIn signingIn,
            OAuth2AuthorizationService authorizations, OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
        http.oauth2AuthorizationServer(server -> {
            http.securityMatcher(server.getEndpointsMatcher());
            server.tokenEndpoint(token -> token
                    .accessTokenRequestConverter(new StaffPasswordAuthenticationConverter())
                    .authenticationProvider(new StaffPasswordAuthenticationProvider(signingIn, authorizations, tokenGenerator)));
        });
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder decoder) {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(decoder)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** Health, metrics and the OpenAPI document are open (the gateway does not route them). */
    @Bean
    @Order(3)
    SecurityFilterChain operationsChain(HttpSecurity http) {
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/actuator/**", "/v3/api-docs/**", "/error").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(IdentityProperties properties, PasswordEncoder encoder) {
        IdentityProperties.Gateway gateway = properties.clients().gateway();
        if (gateway.secret() == null || gateway.secret().length() < 16) {
            throw new IllegalStateException("identity.clients.gateway.secret must be set (at least 16 characters)");
        }
        RegisteredClient client = RegisteredClient.withId(gateway.clientId())
                .clientId(gateway.clientId())
                .clientName("Anchang gateway (first-party BFF)")
                .clientSecret(encoder.encode(gateway.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(StaffPasswordAuthenticationToken.GRANT_TYPE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(properties.tokens().accessTokenLifetime())
                        .refreshTokenTimeToLive(properties.tokens().refreshTokenLifetime())
                        .reuseRefreshTokens(false)
                        .build())
                .build();
        return new InMemoryRegisteredClientRepository(client);
    }

    @Bean
    MongoAuthorizationService authorizationService(MongoTemplate mongo, RegisteredClientRepository clients,
            SecurityClock clock) {
        return new MongoAuthorizationService(mongo, clients, clock.clock());
    }

    @Bean
    MongoSigningKeys signingKeys(MongoTemplate mongo, SecurityClock clock) {
        return new MongoSigningKeys(mongo, clock.clock());
    }

    /** The signing key from MongoDB (generated there on the very first start); published at /oauth2/jwks. */
    @Bean
    JWKSource<SecurityContext> jwkSource(MongoSigningKeys keys) {
        MongoSigningKeys.SigningKey key = keys.loadOrCreate();
        RSAKey rsa = new RSAKey.Builder(key.publicKey())
                .privateKey(key.privateKey())
                .keyID(key.keyId())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .issueTime(Date.from(key.createdAt()))
                .build();
        return new ImmutableJWKSet<>(new JWKSet(rsa));
    }

    @Bean
    OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JWKSource<SecurityContext> jwkSource, IssuingClaims issuing,
            SecurityClock securityClock) {
        // tokens, sessions and keys live on the security clock: a simulated business clock (ADR 11) moved a
        // week ahead must not expire every token
        Clock clock = securityClock.clock();
        JwtGenerator jwt = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        jwt.setJwtCustomizer(new StaffClaimsCustomizer(issuing));
        jwt.setClock(clock);
        OAuth2RefreshTokenGenerator refresh = new OAuth2RefreshTokenGenerator();
        refresh.setClock(clock);
        return new DelegatingOAuth2TokenGenerator(jwt, refresh);
    }

    /** This service's decoder: signature by the published key, issuer, lifetime, and a live session. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, IdentityProperties properties,
            OAuth2AuthorizationService authorizations) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) org.springframework.security.config.annotation.web.configuration
                .OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()), new ActiveSessionValidator(authorizations)));
        return decoder;
    }
}
