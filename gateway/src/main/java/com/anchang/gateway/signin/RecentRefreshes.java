package com.anchang.gateway.signin;

import com.anchang.gateway.signin.IdentityTokenClient.Tokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * Two tabs of one browser refresh at the same moment with the same refresh-token cookie. identity
 * rotates a refresh token on use and refuses the used one, so without this the second tab would be
 * told "signed out" and its answer would delete the cookie the first tab just received. Here a
 * refresh of the same token within a short grace period shares the one rotation: the same new tokens
 * go to both. After the grace period the old token is refused as usual. Tokens are kept only as a
 * SHA-256 key; failures are not kept beyond the call. Per gateway instance (behind several instances
 * without affinity two tabs can still race; the worst case is a sign-in again).
 */
final class RecentRefreshes {

    private record Entry(Mono<Tokens> rotation, Instant at) {
    }

    private final Duration grace;
    private final int maxKeys;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    RecentRefreshes(Duration grace, int maxKeys, Clock clock) {
        this.grace = grace;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    Mono<Tokens> refresh(String refreshToken, Function<String, Mono<Tokens>> identity) {
        if (grace.isZero() || grace.isNegative()) {
            return identity.apply(refreshToken);
        }
        Instant now = clock.instant();
        entries.values().removeIf(entry -> !entry.at().plus(grace).isAfter(now));
        if (entries.size() >= maxKeys) {
            return identity.apply(refreshToken);
        }
        String key = sha256(refreshToken);
        Entry entry = entries.compute(key, (k, existing) -> existing != null && existing.at().plus(grace).isAfter(now)
                ? existing
                : new Entry(identity.apply(refreshToken).cache(), now));
        // a refusal or an outage is answered to whoever shares this call, and not remembered after it
        return entry.rotation().doOnError(failure -> entries.remove(key, entry));
    }

    int size() {
        return entries.size();
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
