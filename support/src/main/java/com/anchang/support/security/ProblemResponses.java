package com.anchang.support.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 of the filter chain as RFC 9457 problems, like every other error of the platform. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /** 401 with the standard {@code WWW-Authenticate: Bearer ...} header (RFC 6750) and a problem body. */
    static AuthenticationEntryPoint unauthorized() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            write(response, "unauthorized", "Unauthorized",
                    "A valid access token of this platform is required (sign in at the gateway: POST /auth/sign-in).");
        };
    }

    static AccessDeniedHandler forbidden() {
        return (request, response, exception) -> {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            write(response, "forbidden", "Forbidden", "This request is not allowed.");
        };
    }

    private static void write(HttpServletResponse response, String type, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setContentType("application/problem+json");
        byte[] body = ("{\"type\":\"https://anchang.dev/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":"
                + response.getStatus() + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
