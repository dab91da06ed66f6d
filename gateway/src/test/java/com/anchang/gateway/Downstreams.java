package com.anchang.gateway;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The services behind the gateway, as the keys of {@code anchang.services.*} and their names. */
enum Downstreams {
    LEAD("lead", "lead-service", "/api/leads"),
    INVENTORY("inventory", "inventory-service", "/api/inventory"),
    TRANSACTION("transaction", "transaction-service", "/api/deals"),
    COMMISSION("commission", "commission-service", "/api/commissions"),
    NOTIFICATION("notification", "notification-service", "/api/notifications"),
    DASHBOARD("dashboard", "dashboard-service", "/api/dashboards"),
    IDENTITY("identity", "identity-service", "/api/identity");

    final String key;
    final String service;
    final String apiPrefix;

    Downstreams(String key, String service, String apiPrefix) {
        this.key = key;
        this.service = service;
        this.apiPrefix = apiPrefix;
    }

    /** One WireMock server per service, started; the caller stops them. */
    static Map<Downstreams, WireMockServer> startWireMocks() {
        Map<Downstreams, WireMockServer> servers = new LinkedHashMap<>();
        for (Downstreams downstream : values()) {
            WireMockServer server = new WireMockServer(WireMockConfiguration.options()
                    .dynamicPort().bindAddress("127.0.0.1").containerThreads(8).jettyAcceptors(1));
            server.start();
            servers.put(downstream, server);
        }
        return servers;
    }

    static void register(DynamicPropertyRegistry registry, Map<Downstreams, String> baseUrls) {
        baseUrls.forEach((downstream, url) -> registry.add("anchang.services." + downstream.key, () -> url));
    }

    /** A local port nothing listens on: connecting to it is refused at once. */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
