package com.anchang.notification.domain;

import java.util.List;
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

    /** NOTE-6: the staff identity last told as PM of the office (what waits for the PM is texted to them). */
    List<ConsultantContact> pmsOf(String officeId);

    /** Remembers an SMS planned to the user (the schedule's id), so that a later change of contact can withdraw it. */
    void planned(String userId, String scheduleId);

    /** The SMS last planned to the user (a bounded number, newest last). */
    List<String> planned(String userId);
}
