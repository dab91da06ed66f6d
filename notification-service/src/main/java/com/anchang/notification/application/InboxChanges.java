package com.anchang.notification.application;

import com.anchang.notification.domain.ConsultantReminder;

/** Port: hears each reminder newly stored in a consultant's inbox (NOTE-6), to push it to the consultant live. */
public interface InboxChanges {

    InboxChanges NONE = reminder -> { };

    void added(ConsultantReminder reminder);
}
