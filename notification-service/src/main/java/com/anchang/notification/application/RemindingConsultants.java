package com.anchang.notification.application;

import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.support.security.Caller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * NOTE-6: consultants are reminded in the app: a lead whose protection is about to lapse (LEAD-11,
 * lead-service's {@code lead.protection-lapsing}) goes to its owner's inbox, once per event. What waits
 * for the PM (a collision, LEAD-5; a claim on a deal's credit, COMM-3) goes to the office's PM inbox,
 * which every PM of the office reads with their own, once per collision or claim, and is marked done
 * when decided. A user reads their own inbox and the PM inbox of each office where they are PM, and
 * only what belongs to their developer.
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

    /** NOTE-6: what waits for the office's PM is decided; its entry stays, marked done. @return false when it was already */
    public boolean decided(String officeId, String id, Instant at, String outcome) {
        return inbox.done(ConsultantReminder.officePm(officeId), id, at, outcome);
    }

    public List<ConsultantReminder> mine(Caller caller, int limit) {
        int n = Math.max(1, Math.min(limit, 500));
        return addressees(caller).stream().flatMap(a -> inbox.of(a, n).stream())
                .filter(r -> r.developerId() != null && r.developerId().equals(caller.developerId()))
                .sorted(Comparator.comparing(ConsultantReminder::at).reversed()).limit(n).toList();
    }

    /** Whose reminders the caller reads: their own, and the PM inbox of each office where they are PM. */
    public static List<String> addressees(Caller caller) {
        List<String> addressees = new ArrayList<>();
        addressees.add(caller.userId());
        caller.officeRoles().entrySet().stream().filter(e -> e.getValue().contains(Caller.PM)).map(Map.Entry::getKey)
                .sorted().forEach(office -> addressees.add(ConsultantReminder.officePm(office)));
        return addressees;
    }
}
