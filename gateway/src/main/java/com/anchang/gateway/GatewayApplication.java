package com.anchang.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The one door into Anchang: routes {@code /api/**} to the service that owns the path and each
 * service's OpenAPI document under {@code /docs/{service}/v3/api-docs}. The routes live in
 * {@code application.yml}; the downstream addresses in {@code anchang.services.*}.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
