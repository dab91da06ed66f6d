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
 * {@code servlet}: the same answer from one plain servlet on embedded Tomcat (virtual threads), without Spring —
 * what Tomcat itself costs, to tell it from what Spring MVC adds. {@code netty-proxy}: a reverse proxy on Reactor
 * Netty alone (its HTTP server and client, hop-by-hop headers dropped, the body streamed), without Spring — what a
 * gateway hop costs below Spring Cloud Gateway (issue 18: what a leaner gateway could reach).
 *
 * <pre>java -cp ... FloorApps service|servlet PORT  |  FloorApps gateway|mvc-gateway|netty-proxy PORT SERVICE_PORT</pre>
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

    public static void main(String[] args) throws Exception {
        String port = args[1];
        // no application.yml of any module on the benchmark's classpath is read
        System.setProperty("spring.config.name", "anchang-bench-floor");
        // both gateways' jars share the benchmark's classpath: each application switches off the ones it is not
        if (args[0].equals("servlet")) {
            plainServlet(Integer.parseInt(port));
            return;
        }
        if (args[0].equals("netty-proxy")) {
            nettyProxy(Integer.parseInt(port), Integer.parseInt(args[2]));
            return;
        }
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

    /** Headers of one connection only (RFC 9110 §7.6.1), never forwarded by a proxy. */
    static final java.util.Set<String> HOP_BY_HOP = java.util.Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    static void plainServlet(int port) throws Exception {
        java.util.concurrent.atomic.AtomicLong answered = new java.util.concurrent.atomic.AtomicLong();
        org.apache.catalina.startup.Tomcat tomcat = new org.apache.catalina.startup.Tomcat();
        tomcat.setBaseDir(java.nio.file.Files.createTempDirectory("floor-servlet").toString());
        org.apache.catalina.connector.Connector connector = new org.apache.catalina.connector.Connector();
        connector.setPort(port);
        connector.getProtocolHandler().setExecutor(new org.apache.tomcat.util.threads.VirtualThreadExecutor("floor-"));
        tomcat.setConnector(connector);
        org.apache.catalina.Context context = tomcat.addContext("", null);
        org.apache.catalina.startup.Tomcat.addServlet(context, "floor", new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void doGet(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                response.setContentType("application/json");
                response.getWriter().write("{\"status\":\"ok\",\"answered\":" + answered.incrementAndGet() + "}");
            }
        });
        context.addServletMappingDecoded("/floor/ping", "floor");
        tomcat.start();
        tomcat.getServer().await();
    }

    static void nettyProxy(int port, int servicePort) {
        reactor.netty.http.client.HttpClient client = reactor.netty.http.client.HttpClient
                .create(reactor.netty.resources.ConnectionProvider.create("floor", 500))
                .baseUrl("http://localhost:" + servicePort);
        reactor.netty.DisposableServer server = reactor.netty.http.server.HttpServer.create().port(port)
                .handle((request, response) -> client
                        .headers(headers -> request.requestHeaders().forEach(header -> {
                            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                                headers.add(header.getKey(), header.getValue());
                            }
                        }))
                        .request(request.method()).uri(request.uri())
                        .send(request.receive().retain())
                        .response((answer, body) -> {
                            response.status(answer.status());
                            answer.responseHeaders().forEach(header -> {
                                if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                                    response.header(header.getKey(), header.getValue());
                                }
                            });
                            return response.send(body.retain());
                        })
                        .then())
                .bindNow();
        server.onDispose().block();
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
