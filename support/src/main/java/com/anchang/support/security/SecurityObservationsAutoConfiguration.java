package com.anchang.support.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's own observations are off in every service and the gateway
 * ({@code management.observations.enable.spring.security: false} in anchang-defaults.yml: each request
 * keeps its one HTTP observation). Switched off only by that property, Spring Security still wraps every
 * filter of its chain in an observing decorator that then observes nothing — a cost on every request.
 * Telling Spring Security itself that it observes nothing ({@link SecurityObservationSettings#noObservations()})
 * leaves the chain undecorated; what is recorded does not change. Enabling the property brings both back.
 */
@AutoConfiguration
@ConditionalOnClass(SecurityObservationSettings.class)
@ConditionalOnProperty(name = "management.observations.enable.spring.security", havingValue = "false")
public class SecurityObservationsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
