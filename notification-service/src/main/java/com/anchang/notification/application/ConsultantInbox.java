package com.anchang.notification.application;

import com.anchang.notification.domain.ConsultantReminder;
import java.time.Instant;
import java.util.List;

/** Port: each consultant's in-app reminders, and what waits for each office's PMs (NOTE-6). */
public interface ConsultantInbox {

    /**
     * @return false when it was there already (a redelivered event, or the same collision or claim told
     *         again: nothing changed)
     */
    boolean add(ConsultantReminder reminder);

    /**
     * Marks what waited for the PM as decided, once; a decision that arrives before what it decides is
     * kept, and what arrives after it shows as decided.
     *
     * @param addressee {@link ConsultantReminder#officePm(String)}
     * @param id the collision's or the claim's id
     * @return false when it was marked done already
     */
    boolean done(String addressee, String id, Instant at, String outcome);

    /** What is addressed to a consultant (their user id) or to an office's PMs, newest first. */
    List<ConsultantReminder> of(String addressee, int limit);
}
