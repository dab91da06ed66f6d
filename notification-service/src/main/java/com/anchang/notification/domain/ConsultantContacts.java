package com.anchang.notification.domain;

import java.util.Optional;

/** Port: notification-service's own directory of how staff are reached by SMS (NOTE-6), from identity's events. */
public interface ConsultantContacts {

    /**
     * Keeps {@code contact} unless a newer one (a higher sequence) or this same one is kept already: a redelivered
     * or late event changes nothing.
     *
     * @return whether it was kept
     */
    boolean record(ConsultantContact contact);

    Optional<ConsultantContact> of(String userId);
}
