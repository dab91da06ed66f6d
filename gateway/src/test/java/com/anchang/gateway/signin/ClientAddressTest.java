package com.anchang.gateway.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.reactive.function.server.MockServerRequest;

class ClientAddressTest {

    static MockServerRequest from(String peer, String forwardedFor) {
        MockServerRequest.Builder request = MockServerRequest.builder()
                .remoteAddress(new InetSocketAddress(peer, 50_000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.build();
    }

    @Test
    @DisplayName("by default the peer counts: a client cannot escape the per-address sign-in limit by inventing X-Forwarded-For")
    void peerByDefault() {
        assertThat(SignInHandler.clientAddress(from("198.51.100.7", "203.0.113.1"), false)).isEqualTo("198.51.100.7");
        assertThat(SignInHandler.clientAddress(from("198.51.100.7", "203.0.113.2"), false)).isEqualTo("198.51.100.7");
    }

    @Test
    @DisplayName("behind a trusted proxy the first X-Forwarded-For hop counts, cut to 64 characters")
    void firstForwardedHopWhenTrusted() {
        assertThat(SignInHandler.clientAddress(from("10.0.0.2", "203.0.113.1, 10.0.0.1"), true)).isEqualTo("203.0.113.1");
        assertThat(SignInHandler.clientAddress(from("10.0.0.2", null), true)).isEqualTo("10.0.0.2");
        assertThat(SignInHandler.clientAddress(from("10.0.0.2", "x".repeat(500)), true)).hasSize(64);
    }
}
