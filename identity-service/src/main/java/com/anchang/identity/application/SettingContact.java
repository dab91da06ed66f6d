package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.User;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Clock;

/**
 * NOTE-6: a member of staff sets their own mobile and whether they want their reminders by SMS as well as in
 * the app; only they set it. The audit names the number masked; other services are told the change
 * ({@code identity.staff-contact-changed}, from the user's own document, in the same write).
 */
public class SettingContact {

    public record SetContact(Actor actor, String mobile, boolean smsReminders) {
    }

    private final Directory directory;
    private final Auditing audit;
    private final Clock clock;

    public SettingContact(Directory directory, Auditing audit, Clock clock) {
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's own record, whose contact they read. */
    public User mine(Actor actor) {
        return directory.actor(actor);
    }

    public User set(SetContact command) {
        return ConcurrentChangeException.retrying(5, () -> {
            User self = directory.actor(command.actor());
            if (self.chooseContact(command.mobile(), command.smsReminders(), clock.instant())) {
                directory.users().save(self);
                audit.onUser(AuditAction.CONTACT_CHANGED, self, command.actor().address(), self,
                        "mobile " + (self.maskedMobile() == null ? "none" : self.maskedMobile()) + ", SMS reminders "
                                + (self.smsReminders() ? "on" : "off"));
            }
            return self;
        });
    }
}
