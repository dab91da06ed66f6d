package com.anchang.gateway.web;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The office web app (module {@code web}, ADR 18) at {@code /app/}: its page, never cached, and its
 * content-hashed assets, cached for a year. Same origin as {@code /auth} and {@code /api}, so the
 * HttpOnly refresh cookie of the sign-in works and no asset comes from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
public class WebAppRoutes {

    /** Scripts and styles only from the gateway; the app talks only to the gateway. */
    static final String APP_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'";

    private static final String ROOT = "static/app/";

    /** Vite writes its assets flat into assets/, each name carrying its content hash. */
    private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.(js|css|woff2?|svg|png)");

    @Bean
    RouterFunction<ServerResponse> officeWebApp() {
        Resource page = new ClassPathResource(ROOT + "index.html");
        return RouterFunctions.route()
                .GET("/app", request -> ServerResponse.status(301).location(URI.create("/app/")).build())
                .GET("/app/", request -> page.exists()
                        ? ServerResponse.ok().contentType(MediaType.TEXT_HTML)
                                .cacheControl(CacheControl.noCache())
                                .header("Content-Security-Policy", APP_POLICY)
                                .header("X-Content-Type-Options", "nosniff")
                                .bodyValue(page)
                        : ServerResponse.notFound().build())
                .GET("/app/assets/{file}", request -> asset(request.pathVariable("file")))
                .build();
    }

    private static Mono<ServerResponse> asset(String file) {
        Resource asset = new ClassPathResource(ROOT + "assets/" + file);
        if (!ASSET.matcher(file).matches() || !asset.exists()) {
            return ServerResponse.notFound().build();
        }
        return ServerResponse.ok()
                .contentType(MediaTypeFactory.getMediaType(file).orElse(MediaType.APPLICATION_OCTET_STREAM))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff")
                .bodyValue(asset);
    }
}
