package com.anchang.lead.adapter.web;

import com.anchang.support.config.ServiceAutoConfiguration;
import com.anchang.support.security.ResourceServerAutoConfiguration;
import com.anchang.support.test.TestTokens;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.test.context.ContextConfiguration;

/**
 * What a lead-service web slice adds to {@code @WebMvcTest}: the platform's resource server (tokens
 * verified against the test key set, the {@code Caller} built from them) and the problem details of
 * every service, and the injected clock the token checks use (ServiceAutoConfiguration).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ImportAutoConfiguration({SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        ResourceServerAutoConfiguration.class, ServiceAutoConfiguration.class})
@ContextConfiguration(initializers = TestTokens.Issuer.class)
public @interface WebSlice {
}
