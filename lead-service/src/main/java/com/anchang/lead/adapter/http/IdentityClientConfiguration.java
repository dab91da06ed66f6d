package com.anchang.lead.adapter.http;

import feign.Request;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/**
 * Feign settings of the identity client only (deliberately not a {@code @Configuration}, so that it stays
 * in the client's own context). The read timeout equals the time limiter's
 * ({@code resilience4j.timelimiter.instances.identity-service.timeout-duration}).
 */
public class IdentityClientConfiguration {

    @Bean
    Request.Options identityRequestOptions(IdentityProperties identity, TimeLimiterRegistry timeLimiters) {
        long timeout = timeLimiters.timeLimiter(IdentityStaffDirectory.BREAKER).getTimeLimiterConfig()
                .getTimeoutDuration().toMillis();
        return new Request.Options(identity.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                timeout, TimeUnit.MILLISECONDS, false);
    }
}
