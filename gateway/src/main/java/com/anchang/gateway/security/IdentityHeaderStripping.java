package com.anchang.gateway.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Removes, before anything else sees the request, every header a client could send to pass itself off
 * as someone: {@code X-User-*}, {@code X-Office-*}, {@code X-Developer-*}, {@code X-Role*},
 * {@code X-Anchang-*}, {@code X-Forwarded-User}, {@code X-Auth-*}, {@code X-Remote-User}. No service
 * reads such headers (identity comes only from the verified token), and none ever reaches a service
 * from outside, so a later change that starts reading one cannot be fed from the internet.
 */
public class IdentityHeaderStripping implements WebFilter, Ordered {

    private static final List<String> PREFIXES = List.of("x-user-", "x-office-", "x-developer-", "x-role",
            "x-anchang-", "x-auth-");
    private static final List<String> NAMES = List.of("x-forwarded-user", "x-remote-user", "x-user", "x-userid",
            "x-consultant-id", "x-tenant-id");

    /** Case-insensitive; a name not starting with X (nearly every header) is answered at its first letter. */
    static boolean identityLooking(String header) {
        if (header.isEmpty() || (header.charAt(0) != 'x' && header.charAt(0) != 'X')) {
            return false;
        }
        for (String name : NAMES) {
            if (header.equalsIgnoreCase(name)) {
                return true;
            }
        }
        for (String prefix : PREFIXES) {
            if (header.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> stripped = null;
        for (String name : exchange.getRequest().getHeaders().headerNames()) {
            if (identityLooking(name)) {
                stripped = stripped == null ? new ArrayList<>(2) : stripped;
                stripped.add(name);
            }
        }
        if (stripped == null) {
            return chain.filter(exchange);
        }
        List<String> names = stripped;
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(writable -> names.forEach(writable::remove)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
