package com.anchang.platform.bench;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The floor of the request-cost benchmark: what one HTTP hop costs with nothing of the platform in it.
 * {@code service}: a bare Spring Boot webmvc application (Tomcat, virtual threads as the services run)
 * with one endpoint answering a small JSON object — no security, no actuator, no observations.
 * {@code gateway}: a bare Spring Cloud Gateway (webflux, Netty) with one route to it. Same Boot, Spring
 * Cloud and JDK as the services, started as their own JVMs with the services' JVM options.
 * {@code mvc-gateway}: the same route on Spring Cloud Gateway's servlet flavour (server-webmvc, Tomcat,
 * virtual threads), to compare the two flavours' floors (ADR 12).
 *
 * <pre>java -cp ... FloorApps service PORT  |  FloorApps gateway|mvc-gateway PORT SERVICE_PORT</pre>
 */
public final class FloorApps {

    private FloorApps() {
    }

    /** The servlet gateway's auto-configurations, off in the two applications that are not it. */
    static final String MVC_GATEWAY = String.join(",",
            "org.springframework.cloud.gateway.server.mvc.GatewayServerMvcAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.GatewayMvcClassPathWarningAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.filter.FilterAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctionAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.handler.GatewayMultipartAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.predicate.PredicateAutoConfiguration",
            "org.springframework.cloud.gateway.server.mvc.config.DefaultFunctionConfiguration");

    public static void main(String[] args) {
        String port = args[1];
        // no application.yml of any module on the benchmark's classpath is read
        System.setProperty("spring.config.name", "anchang-bench-floor");
        // both gateways' jars share the benchmark's classpath: each application switches off the ones it is not
        if (args[0].equals("service")) {
            SpringApplication app = new SpringApplication(Service.class);
            app.setDefaultProperties(Map.of("server.port", port, "spring.main.web-application-type", "servlet",
                    "spring.threads.virtual.enabled", "true", "spring.main.banner-mode", "off",
                    "spring.cloud.gateway.server.webflux.enabled", "false", "spring.autoconfigure.exclude", MVC_GATEWAY));
            app.run();
        } else if (args[0].equals("gateway")) {
            SpringApplication app = new SpringApplication(Gateway.class);
            app.setDefaultProperties(Map.of("server.port", port, "spring.main.web-application-type", "reactive",
                    "spring.main.banner-mode", "off", "spring.autoconfigure.exclude", MVC_GATEWAY,
                    "spring.cloud.gateway.server.webflux.routes[0].id", "floor",
                    "spring.cloud.gateway.server.webflux.routes[0].uri", "http://localhost:" + args[2],
                    "spring.cloud.gateway.server.webflux.routes[0].predicates[0]", "Path=/floor/**"));
            app.run();
        } else {
            SpringApplication app = new SpringApplication(Gateway.class);
            app.setDefaultProperties(Map.of("server.port", port, "spring.main.web-application-type", "servlet",
                    "spring.threads.virtual.enabled", "true", "spring.main.banner-mode", "off",
                    "spring.cloud.gateway.server.webflux.enabled", "false",
                    "spring.cloud.gateway.server.webmvc.routes[0].id", "floor",
                    "spring.cloud.gateway.server.webmvc.routes[0].uri", "http://localhost:" + args[2],
                    "spring.cloud.gateway.server.webmvc.routes[0].predicates[0]", "Path=/floor/**"));
            app.run();
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @RestController
    public static class Service {

        private final java.util.concurrent.atomic.AtomicLong answered = new java.util.concurrent.atomic.AtomicLong();

        record Floor(String status, long answered) {
        }

        @GetMapping("/floor/ping")
        Floor ping() {
            return new Floor("ok", answered.incrementAndGet());
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    public static class Gateway {
    }
}
