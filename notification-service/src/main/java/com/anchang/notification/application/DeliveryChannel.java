package com.anchang.notification.application;

import com.anchang.notification.domain.Channel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: one way of reaching buyers (NOTE-3), behind which sits a provider's SDK (Alibaba Cloud or
 * Tencent Cloud SMS, WeChat template messages) or the local inbox. Every send carries the reminder's
 * idempotency reference; the adapter passes it to the provider (OutId, SessionContext, client_msg_id).
 */
public interface DeliveryChannel {

    Channel channel();

    /** The provider's name as recorded with a sent reminder and named by its receipts (ALIBABA, TENCENT, WECHAT, LOCAL). */
    String provider();

    /** Hands the message to the provider and says what came of it; a provider's refusal is an answer, not an exception. */
    SendResult send(Outgoing message);

    /**
     * After a send whose outcome is unknown (a timeout, or an instance that died mid-send): the
     * provider's id of a message it accepted with this reference since {@code since}, if the provider
     * can tell. Empty means: not found, send again (with the same reference).
     */
    Optional<String> findAccepted(Outgoing message, Instant since);

    /**
     * Whether {@link #sendAll} hands a page of messages over at once (the local inbox's one write), rather
     * than one at a time: the dispatch then sends a page of claimed reminders in one call.
     */
    default boolean sendsInBulk() {
        return false;
    }

    /** Sends several messages, answering per message in order; a channel that {@link #sendsInBulk()} does it at once. */
    default List<SendResult> sendAll(List<Outgoing> messages) {
        return messages.stream().map(this::send).toList();
    }

    /** Whether acceptance is delivery (the local inbox): no receipt follows. */
    default boolean confirmsOnSend() {
        return false;
    }

    /** What came of one send. */
    sealed interface SendResult {

        /** The provider accepted it; {@code messageId} is what its receipts will name. */
        record Accepted(String messageId) implements SendResult {
        }

        /** Refused for now by a frequency limit: later, or on the other channel. */
        record Throttled(String code, String message) implements SendResult {
        }

        /** A failure that may pass (5xx, connection refused, system busy): retried with backoff. */
        record Transient(String code, String message) implements SendResult {
        }

        /** No answer in time: it may have been sent; the next try asks the provider first. */
        record Unknown(String message) implements SendResult {
        }

        /** Refused for good (a wrong template, an invalid number, not a follower): this channel has failed. */
        record Refused(String code, String message) implements SendResult {
        }
    }
}
