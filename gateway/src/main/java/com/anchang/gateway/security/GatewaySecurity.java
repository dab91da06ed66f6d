package com.anchang.gateway.security;

import com.anchang.gateway.config.ProblemErrorHandler;
import com.anchang.support.clock.SecurityClock;
import com.anchang.support.security.RequestChecks;
import com.anchang.support.security.SecurityProperties;
import com.anchang.support.security.StaffTokens;
import com.anchang.support.security.VerifiedTokens;
import java.net.URI;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * The gateway checks the access token of every {@code /api/**} request before routing it (the
 * services check it again: defence in depth, and nothing behind the gateway trusts the network).
 * Same rules as the services (support.security): RS256 keys from identity-service's JWKS, its issuer,
 * unexpired, with a subject. The token is forwarded unchanged; identity-looking headers a client sent
 * are removed first ({@link IdentityHeaderStripping}). Sign-in ({@code /auth/**}), the sign-in page,
 * the OpenAPI documents and health are open. No session: stateless, no CSRF surface on /api/**
 * (bearer tokens, never cookies).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class GatewaySecurity {

    @Bean
    @Order(1)
    SecurityWebFilterChain apiChain(ServerHttpSecurity http, ReactiveJwtDecoder decoder) {
        ServerAuthenticationEntryPoint unauthorized = unauthorized();
        return stateless(http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**")))
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .oauth2ResourceServer(resource -> resource.bearerTokenConverter(bearerTokens())
                        .jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .build();
    }

    /** Everything else: the sign-in BFF and page, documents, health. Each guards itself where needed. */
    @Bean
    @Order(2)
    SecurityWebFilterChain openChain(ServerHttpSecurity http) {
        // /auth/* reads the refresh cookie without a CSRF token: the cookie is SameSite=Strict, Path=/auth,
        // and the endpoints take JSON only (a cross-site form cannot send it)
        return stateless(http).authorizeExchange(exchanges -> exchanges.anyExchange().permitAll()).build();
    }

    /** No session, no CSRF token, no basic or form login, no saved requests: bearer tokens only. */
    private static ServerHttpSecurity stateless(ServerHttpSecurity http) {
        return http.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.disable());
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties, SecurityClock securityClock) {
        Clock clock = securityClock.clock();
        if (properties.issuer() == null || properties.jwkSetUri() == null) {
            throw new IllegalStateException("anchang.security.issuer and anchang.security.jwk-set-uri must be set");
        }
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(StaffTokens.validator(properties.issuer(), clock));
        VerifiedTokens verified = new VerifiedTokens(clock);
        return token -> {
            Jwt known = verified.remembered(token);
            return known != null ? Mono.just(known) : decoder.decode(token).doOnNext(jwt -> verified.remember(token, jwt));
        };
    }

    /**
     * Spring Security's reactive firewall with its header and parameter checks done by support's
     * {@link RequestChecks} scans instead of regular expressions over every header value read (the same
     * values allowed and refused); every other check of {@link StrictServerWebExchangeFirewall} unchanged.
     */
    @Bean
    ServerWebExchangeFirewall webExchangeFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(RequestChecks::allowedName);
        firewall.setAllowedHeaderValues(RequestChecks::allowedValue);
        firewall.setAllowedParameterNames(RequestChecks::allowedName);
        return firewall;
    }

    /**
     * The bearer token of {@code Authorization}, read as Spring Security's
     * {@code ServerBearerTokenAuthenticationConverter} reads it (header only, never a query parameter),
     * with {@link RequestChecks#bearerToken} instead of its regular expression; a malformed value is
     * refused with the same {@code invalid_token} error, no Bearer header means no authentication.
     */
    static ServerAuthenticationConverter bearerTokens() {
        return exchange -> {
            String token;
            try {
                token = RequestChecks.bearerToken(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
            } catch (RequestChecks.MalformedBearerToken malformed) {
                return Mono.error(new OAuth2AuthenticationException(BearerTokenErrors.invalidToken(malformed.getMessage())));
            }
            return token == null ? Mono.empty() : Mono.just(new BearerTokenAuthenticationToken(token));
        };
    }

    @Bean
    IdentityHeaderStripping identityHeaderStripping() {
        return new IdentityHeaderStripping();
    }

    /** 401 with {@code WWW-Authenticate: Bearer ...} (RFC 6750) and a problem body, like every error here. */
    private static ServerAuthenticationEntryPoint unauthorized() {
        return (exchange, exception) -> Mono.defer(() -> {
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    exception instanceof OAuth2AuthenticationException ? "Bearer error=\"invalid_token\"" : "Bearer");
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    "A valid access token of this platform is required (sign in: POST /auth/sign-in).");
            problem.setType(URI.create("https://anchang.dev/problems/unauthorized"));
            problem.setTitle("Unauthorized");
            return ProblemErrorHandler.write(exchange, problem);
        });
    }
}
