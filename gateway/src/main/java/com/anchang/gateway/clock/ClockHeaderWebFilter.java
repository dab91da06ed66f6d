package com.anchang.gateway.clock;

import com.anchang.support.clock.ClockHeader;
import java.time.Clock;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * On a simulated clock every answer of the gateway says so (ADR 11), its own and the services' it passes
 * on: the header is set as the response is committed, so it is the gateway's reading, once.
 */
final class ClockHeaderWebFilter implements WebFilter, Ordered {

    private final Clock clock;

    ClockHeaderWebFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(ClockHeader.NAME, ClockHeader.value(clock));
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
