package com.anchang.lead.adapter.http;

import feign.Request;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;

/**
 * Feign settings of the identity client only (deliberately not a {@code @Configuration}, so that it stays
 * in the client's own context). The read timeout equals the time limiter's.
 */
public class IdentityClientConfiguration {

    @Bean
    Request.Options identityRequestOptions(IdentityProperties identity) {
        return new Request.Options(identity.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                identity.timeout().toMillis(), TimeUnit.MILLISECONDS, false);
    }
}
