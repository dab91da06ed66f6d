package com.anchang.support.clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On a simulated clock every answer of a servlet service says so ({@link ClockHeader}), whatever the
 * answer (401s included: registered ahead of the security filters).
 */
public class ClockHeaderFilter extends OncePerRequestFilter {

    private final Clock clock;

    public ClockHeaderFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(ClockHeader.NAME, ClockHeader.value(clock));
        chain.doFilter(request, response);
    }
}
