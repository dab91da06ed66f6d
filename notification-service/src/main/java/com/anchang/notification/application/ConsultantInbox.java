package com.anchang.notification.application;

import com.anchang.notification.domain.ConsultantReminder;
import java.util.List;

/** Port: each consultant's in-app reminders (NOTE-6). */
public interface ConsultantInbox {

    /** @return false when a reminder with this id was there already (a redelivered event: nothing written) */
    boolean add(ConsultantReminder reminder);

    /** The consultant's latest reminders, newest first. */
    List<ConsultantReminder> of(String consultantId, int limit);
}
