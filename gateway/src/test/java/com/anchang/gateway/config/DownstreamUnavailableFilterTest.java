package com.anchang.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

class DownstreamUnavailableFilterTest {

    @Test
    @DisplayName("refused or unresolvable connections and response timeouts count as the service being unavailable")
    void recognisesOutages() {
        assertThat(DownstreamUnavailableFilter.isUnavailable(new ConnectException("Connection refused"))).isTrue();
        assertThat(DownstreamUnavailableFilter.isUnavailable(
                new IllegalStateException("wrapped", new UnknownHostException("inventory-service")))).isTrue();
        assertThat(DownstreamUnavailableFilter.isUnavailable(
                new io.netty.channel.ConnectTimeoutException("connection timed out"))).isTrue();
        ResponseStatusException responseTimeout = new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT,
                "Response took longer than timeout: PT15S", new TimeoutException("Response took longer than timeout"));
        assertThat(DownstreamUnavailableFilter.isUnavailable(responseTimeout)).isTrue();
        assertThat(DownstreamUnavailableFilter.isTimeout(responseTimeout)).isTrue();
        assertThat(DownstreamUnavailableFilter.isTimeout(new ConnectException("Connection refused"))).isFalse();
    }

    @Test
    @DisplayName("the gateway's own defects stay errors: they are not blamed on a service")
    void leavesOtherErrorsAlone() {
        assertThat(DownstreamUnavailableFilter.isUnavailable(new IllegalStateException("bug"))).isFalse();
        assertThat(DownstreamUnavailableFilter.isUnavailable(new ResponseStatusException(HttpStatus.NOT_FOUND))).isFalse();
    }

    @Test
    @DisplayName("the problem names the route's service, falling back to the route id")
    void namesTheService() {
        Route inventory = Route.async().id("inventory-service-docs").uri(URI.create("http://localhost:8082"))
                .predicate(exchange -> true).metadata(Map.of(DownstreamUnavailableFilter.SERVICE, "inventory-service"))
                .build();
        Route unnamed = Route.async().id("reports").uri(URI.create("http://localhost:8090"))
                .predicate(exchange -> true).build();
        assertThat(DownstreamUnavailableFilter.serviceOf(inventory)).isEqualTo("inventory-service");
        assertThat(DownstreamUnavailableFilter.serviceOf(unnamed)).isEqualTo("reports");

        ProblemDetail problem = DownstreamUnavailableFilter.problem("inventory-service", true, "/api/inventory/units/U-1");
        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getDetail()).isEqualTo("inventory-service is unavailable");
        assertThat(problem.getInstance()).hasToString("/api/inventory/units/U-1");
        assertThat(problem.getProperties()).containsEntry("service", "inventory-service").containsEntry("reason", "timeout");
    }
}
