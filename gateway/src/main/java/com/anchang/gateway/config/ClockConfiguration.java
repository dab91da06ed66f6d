package com.anchang.gateway.config;

import com.anchang.gateway.clock.PlatformClockRoutes;
import com.anchang.support.clock.ClockProperties;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.WebFilter;

/**
 * The simulated platform clock at the gateway (ADR 11), only under {@code anchang.clock.simulated=true}:
 * the administrator's clock API and the header on every answer. Without it {@code /api/platform/clock}
 * is a path no route owns (404).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = ClockProperties.SIMULATED, havingValue = "true")
@EnableConfigurationProperties(ClockConfiguration.SteppingProperties.class)
class ClockConfiguration {

    /**
     * How the coordinator steps.
     *
     * @param maxStep the longest step even when no job is due sooner
     * @param settleTimeout how long one step waits for every service to settle
     * @param settlePoll the pause between two questions whether the services have settled
     */
    @ConfigurationProperties("anchang.clock.stepping")
    record SteppingProperties(Duration maxStep, Duration settleTimeout, Duration settlePoll) {

        SteppingProperties {
            maxStep = maxStep == null ? Duration.ofDays(1) : maxStep;
            settleTimeout = settleTimeout == null ? Duration.ofSeconds(60) : settleTimeout;
            settlePoll = settlePoll == null ? Duration.ofMillis(10) : settlePoll;
        }
    }

    @Bean
    RouterFunction<ServerResponse> platformClockRoutes(Clock clock, ClockProperties clockProperties,
            SteppingProperties stepping, Environment environment) {
        return PlatformClockRoutes.routes(clock, clockProperties.stateFile(), Clock.systemUTC(),
                Binder.get(environment).bind("anchang.services", Bindable.mapOf(String.class, String.class)).get(),
                stepping.maxStep(), stepping.settleTimeout(), stepping.settlePoll());
    }

    @Bean
    WebFilter clockHeader(Clock clock) {
        return PlatformClockRoutes.header(clock);
    }
}
