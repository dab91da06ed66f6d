package com.anchang.gateway.security;

import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
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

    static boolean identityLooking(String header) {
        String name = header.toLowerCase(Locale.ROOT);
        return NAMES.contains(name) || PREFIXES.stream().anyMatch(name::startsWith);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        List<String> stripped = headers.headerNames().stream().filter(IdentityHeaderStripping::identityLooking).toList();
        if (stripped.isEmpty()) {
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(writable -> stripped.forEach(writable::remove)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
