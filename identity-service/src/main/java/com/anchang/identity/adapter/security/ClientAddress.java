package com.anchang.identity.adapter.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for the audit: the first hop of {@code X-Forwarded-For} (set by the
 * gateway) followed by the remote address it arrived from ("203.0.113.7 via 10.0.0.5"), or just the
 * remote address. The forwarded part is only as trustworthy as the hop that set it; the remote address
 * always says who really connected.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        String first = forwarded.split(",")[0].strip();
        if (first.length() > 64) {
            first = first.substring(0, 64);
        }
        return first.isEmpty() || first.equals(remote) ? remote : first + " via " + remote;
    }
}
