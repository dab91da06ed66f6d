package com.anchang.notification.domain;

import java.time.Instant;
import java.util.List;

/**
 * How a reminder's delivery stands, beside its status.
 *
 * @param claims how many times it was claimed (more than one: retried, or taken over after a lapsed lease)
 * @param claimedBy the instance holding it while CLAIMED
 * @param leaseUntil until when that instance holds it; after that another may take it over
 * @param inFlight the channel of a send whose outcome is not known yet (set before the provider is called,
 *     cleared once its answer is recorded): whoever sends next asks that provider for the reference first
 * @param inFlightSince when that send began
 * @param notBefore the earliest next attempt after a retryable failure
 * @param sentBy the channel that was accepted
 * @param provider the provider that accepted it (ALIBABA, TENCENT, WECHAT, LOCAL)
 * @param messageId the provider's id of the accepted message (receipts name it)
 * @param sentAt when it was accepted
 * @param settledAt when it was delivered, found undeliverable or unanswered, or cancelled
 * @param attempts every try, in order
 */
public record Delivery(int claims, String claimedBy, Instant leaseUntil, Channel inFlight, Instant inFlightSince,
        Instant notBefore, Channel sentBy, String provider, String messageId, Instant sentAt, Instant settledAt,
        List<Attempt> attempts) {

    public static final Delivery NONE = new Delivery(0, null, null, null, null, null, null, null, null, null, null,
            List.of());

    public Delivery {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
    }
}
