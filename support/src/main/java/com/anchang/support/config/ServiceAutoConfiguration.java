package com.anchang.support.config;

import com.anchang.support.web.ProblemDetailsAdvice;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** What every Anchang service gets: a clock to inject, typed settings, problem details for errors. */
@AutoConfiguration
@EnableConfigurationProperties(AnchangProperties.class)
public class ServiceAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(ResponseEntityExceptionHandler.class)
    @Import(ProblemDetailsAdvice.class)
    static class ServletProblemDetails {
    }
}
