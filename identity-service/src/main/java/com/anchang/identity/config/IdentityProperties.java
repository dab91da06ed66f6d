package com.anchang.identity.config;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * identity-service's settings ({@code identity.*}).
 *
 * @param issuer the token issuer URL ({@code iss}); services validate tokens against it
 * @param tokens lifetimes of access and refresh tokens
 * @param clients the registered OAuth2 clients (the gateway)
 * @param lockout IDN-5 defaults (office-policy-like)
 * @param passwords IDN-4: minimum length
 * @param bootstrap the first platform administrator, created on a first start
 * @param directory the directory's default zone (offices without one, audit days)
 */
@ConfigurationProperties("identity")
public record IdentityProperties(String issuer, Tokens tokens, Clients clients, Lockout lockout, Passwords passwords,
        Bootstrap bootstrap, Directory directory) {

    public IdentityProperties {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalStateException("identity.issuer is required (e.g. http://localhost:8086)");
        }
        tokens = tokens == null ? new Tokens(null, null) : tokens;
        clients = clients == null ? new Clients(null) : clients;
        lockout = lockout == null ? new Lockout(0, null) : lockout;
        passwords = passwords == null ? new Passwords(0) : passwords;
        bootstrap = bootstrap == null ? new Bootstrap(null, null) : bootstrap;
        directory = directory == null ? new Directory(null) : directory;
    }

    public record Tokens(Duration accessTokenLifetime, Duration refreshTokenLifetime) {

        public Tokens {
            accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(15) : accessTokenLifetime;
            refreshTokenLifetime = refreshTokenLifetime == null ? Duration.ofHours(8) : refreshTokenLifetime;
        }
    }

    public record Clients(Gateway gateway) {

        public Clients {
            gateway = gateway == null ? new Gateway(null, null) : gateway;
        }
    }

    /** @param secret the client secret; only its hash is kept in memory */
    public record Gateway(String clientId, String secret) {

        public Gateway {
            clientId = clientId == null || clientId.isBlank() ? "anchang-gateway" : clientId;
        }
    }

    public record Lockout(int maxFailures, Duration duration) {

        public Lockout {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            duration = duration == null ? Duration.ofMinutes(15) : duration;
        }
    }

    public record Passwords(int minLength) {

        public Passwords {
            minLength = minLength <= 0 ? 10 : minLength;
        }
    }

    public record Bootstrap(String adminUsername, String adminPassword) {
    }

    public record Directory(ZoneId defaultZone) {

        public Directory {
            defaultZone = defaultZone == null ? ZoneId.of("Asia/Shanghai") : defaultZone;
        }
    }
}
