package com.anchang.notification.domain;

import java.util.List;
import java.util.Optional;

/**
 * Port: which reminder a provider's message is, so that a delivery receipt (which names only the
 * provider's message id) finds its reminder. Remembered before the reminder is recorded as sent.
 */
public interface ReminderMessages {

    void remember(String provider, String messageId, String dealId, String reminderId);

    /** Remembers several at once (a page of sends); one already remembered is left as it is. */
    default void rememberAll(List<Message> sent) {
        sent.forEach(m -> remember(m.provider(), m.messageId(), m.dealId(), m.reminderId()));
    }

    Optional<Sent> find(String provider, String messageId);

    record Message(String provider, String messageId, String dealId, String reminderId) {
    }

    record Sent(String dealId, String reminderId) {
    }
}
