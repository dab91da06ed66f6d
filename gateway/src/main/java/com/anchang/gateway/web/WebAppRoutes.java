package com.anchang.gateway.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
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

    /**
     * Scripts and styles only from the gateway, plus the page's own inline scripts by their hashes (the boot script that
     * resumes the session while the app downloads, ADR 35); the app talks only to the gateway.
     */
    static String policyFor(String page) {
        StringBuilder scripts = new StringBuilder("'self'");
        Matcher inline = INLINE_SCRIPT.matcher(page);
        while (inline.find()) {
            scripts.append(" 'sha256-").append(sha256(inline.group(1))).append('\'');
        }
        return "default-src 'none'; script-src " + scripts + "; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; "
                + "frame-ancestors 'none'; base-uri 'none'";
    }

    /** A script element with no attributes, and so no src: its text is what the browser hashes. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL);

    private static final MediaType PAGE = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final String ROOT = "static/app/";

    /** Vite writes its assets flat into assets/, each name carrying its content hash. */
    private static final Pattern ASSET = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*\\.(js|css|woff2?|svg|png)");

    @Bean
    RouterFunction<ServerResponse> officeWebApp() {
        Resource page = new ClassPathResource(ROOT + "index.html");
        String policy = policyFor(page.exists() ? text(page) : "");
        return RouterFunctions.route()
                .GET("/app", request -> ServerResponse.status(301).location(URI.create("/app/")).build())
                .GET("/app/", request -> page.exists()
                        ? ServerResponse.ok().contentType(PAGE)
                                .cacheControl(CacheControl.noCache())
                                .header("Content-Security-Policy", policy)
                                .header("X-Content-Type-Options", "nosniff")
                                .bodyValue(page)
                        : ServerResponse.notFound().build())
                .GET("/app/assets/{file}", request -> asset(request.pathVariable("file")))
                .build();
    }

    private static String text(Resource page) {
        try {
            return page.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the office web app's page cannot be read", e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
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
