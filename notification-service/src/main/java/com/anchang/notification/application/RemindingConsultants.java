package com.anchang.notification.application;

import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.support.security.Caller;
import java.util.List;

/**
 * NOTE-6: consultants are reminded in the app: a lead whose protection is about to lapse (LEAD-11,
 * lead-service's {@code lead.protection-lapsing}) goes to its owner's inbox, once per event. A consultant
 * reads their own inbox only, and only what belongs to their developer.
 */
public class RemindingConsultants {

    private final ConsultantInbox inbox;
    private final InboxChanges changes;

    /** @param changes told of each reminder once it is stored (not of a redelivered one) */
    public RemindingConsultants(ConsultantInbox inbox, InboxChanges changes) {
        this.inbox = inbox;
        this.changes = changes;
    }

    /** @return false for a redelivered event (already in the inbox) */
    public boolean remind(ConsultantReminder reminder) {
        boolean added = inbox.add(reminder);
        if (added) {
            changes.added(reminder);
        }
        return added;
    }

    public List<ConsultantReminder> mine(Caller caller, int limit) {
        return inbox.of(caller.userId(), Math.max(1, Math.min(limit, 500))).stream()
                .filter(r -> r.developerId() != null && r.developerId().equals(caller.developerId())).toList();
    }
}
