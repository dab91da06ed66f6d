package com.anchang.support.security;

import com.anchang.support.clock.SecurityClock;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every servlet service is a resource server of identity-service's tokens, whatever the gateway did
 * before: {@code /api/**} needs a bearer token signed by a key of {@code anchang.security.jwk-set-uri}
 * (RS256 only), issued by {@code anchang.security.issuer}, not expired, with a subject. Health,
 * metrics and the OpenAPI document are open (the gateway routes none of them); so is {@code /callbacks/**},
 * where outside providers push to a service (SMS receipts, WeChat events) without a platform token and
 * the service checks their own credentials (a shared token, a signature); anything else is refused. No session, no cookie, so no CSRF surface. Identity never comes from a request header: a
 * controller takes a {@link Caller} parameter, built from the verified token.
 * <p>Backs off where a service defines its own {@link SecurityFilterChain} (identity-service issues
 * the tokens and checks them itself).
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, NimbusJwtDecoder.class})
@EnableConfigurationProperties(SecurityProperties.class)
public class ResourceServerAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    static class ResourceServer {

        @Bean
        SecurityFilterChain resourceServerChain(HttpSecurity http, JwtDecoder decoder) {
            http.authorizeHttpRequests(authorize -> authorize
                            .requestMatchers("/api/**").authenticated()
                            .requestMatchers("/actuator/**", "/v3/api-docs/**", "/error").permitAll()
                            .requestMatchers("/callbacks/**").permitAll()
                            .anyRequest().denyAll())
                    .oauth2ResourceServer(resource -> resource
                            .bearerTokenResolver(bearerTokens())
                            .jwt(jwt -> jwt.authenticationManager(tokens(decoder)))
                            .authenticationEntryPoint(ProblemResponses.unauthorized())
                            .accessDeniedHandler(ProblemResponses.forbidden()))
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(ProblemResponses.unauthorized())
                            .accessDeniedHandler(ProblemResponses.forbidden()))
                    .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(AbstractHttpConfigurer::disable)
                    .requestCache(AbstractHttpConfigurer::disable)
                    .formLogin(AbstractHttpConfigurer::disable)
                    .httpBasic(AbstractHttpConfigurer::disable)
                    // no session to end, so no /logout; and nothing asks the servlet API who the caller is (a
                    // controller takes a Caller or the verified token): two filters fewer on every request,
                    // one of them wrapping the request for its whole way (issue 18)
                    .logout(AbstractHttpConfigurer::disable)
                    .servletApi(AbstractHttpConfigurer::disable);
            return http.build();
        }

        /**
         * The token's signature, issuer, expiry and subject are checked by the decoder exactly as with
         * {@code jwt.decoder(...)}; the manager differs only in publishing no application event for every
         * request's successful authentication (Spring's default with a Boot context: an event multicast per
         * request that nothing here listens to; a refused token still answers 401, see
         * {@code ProblemResponses}).
         */
        static AuthenticationManager tokens(JwtDecoder decoder) {
            return new ProviderManager(new JwtAuthenticationProvider(decoder));
        }

        @Bean
        @ConditionalOnMissingBean
        JwtDecoder jwtDecoder(SecurityProperties properties, SecurityClock securityClock) {
            Clock clock = securityClock.clock();
            if (properties.issuer() == null || properties.jwkSetUri() == null) {
                throw new IllegalStateException("anchang.security.issuer and anchang.security.jwk-set-uri must be set");
            }
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString())
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .build();
            decoder.setJwtValidator(StaffTokens.validator(properties.issuer(), clock));
            return new VerifiedTokens(clock).in(decoder);
        }
    }

    /**
     * Spring Security's firewall with its header and parameter checks done by {@link RequestChecks}'
     * scans instead of regular expressions (same strings allowed and refused; every other check of
     * {@link StrictHttpFirewall} unchanged). For every servlet service, identity-service included.
     */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(RequestChecks::allowedName);
        firewall.setAllowedHeaderValues(RequestChecks::allowedValue);
        firewall.setAllowedParameterNames(RequestChecks::allowedName);
        return firewall;
    }

    /**
     * Reads the token of {@code Authorization: Bearer ...} as Spring Security's
     * {@code DefaultBearerTokenResolver} does (header only; never a query or form parameter), with
     * {@link RequestChecks#bearerToken} instead of its regular expression: a malformed value is refused
     * with the same {@code invalid_token} error.
     */
    public static BearerTokenResolver bearerTokens() {
        return request -> {
            try {
                return RequestChecks.bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
            } catch (RequestChecks.MalformedBearerToken malformed) {
                throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken(malformed.getMessage()));
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    static class CallerParameters implements WebMvcConfigurer {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new CallerArgumentResolver());
        }
    }

    /**
     * The OpenAPI documents say that /api/** takes a bearer token, do not show {@link Caller} as a parameter, and
     * name every operation's problem answers.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(OpenApiCustomizer.class)
    static class Documents {

        static {
            SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        }

        @Bean
        OpenApiCustomizer bearerTokens() {
            return api -> {
                if (api.getComponents() == null) {
                    api.setComponents(new Components());
                }
                api.getComponents().addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT")
                        .description("An access token of identity-service, from POST /auth/sign-in at the gateway"));
                api.addSecurityItem(new SecurityRequirement().addList("bearer"));
            };
        }

        @Bean
        OpenApiCustomizer problemAnswers() {
            return new com.anchang.support.web.ProblemAnswersDocumented();
        }
    }
}
