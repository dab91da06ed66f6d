package com.anchang.gateway.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.ServerCodecConfigurer;

@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    @Bean
    DownstreamUnavailableFilter downstreamUnavailableFilter(ServerCodecConfigurer codecs) {
        return new DownstreamUnavailableFilter(codecs);
    }

    @Bean
    ProblemErrorHandler problemErrorHandler() {
        return new ProblemErrorHandler();
    }
}
