package com.anchang.notification.domain;

import java.util.Optional;

/**
 * Port: which reminder a provider's message is, so that a delivery receipt (which names only the
 * provider's message id) finds its reminder. Remembered before the reminder is recorded as sent.
 */
public interface ReminderMessages {

    void remember(String provider, String messageId, String dealId, String reminderId);

    Optional<Sent> find(String provider, String messageId);

    record Sent(String dealId, String reminderId) {
    }
}
