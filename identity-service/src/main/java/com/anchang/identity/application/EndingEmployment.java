package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.User;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Clock;

/**
 * IDN-6: a user leaves the company; they can no longer sign in and all their sessions end at once. A mobile they
 * gave for their reminders is withdrawn (NOTE-6: told to other services in the same write).
 */
public class EndingEmployment {

    public record EndEmployment(Actor actor, String userId) {
    }

    private final Directory directory;
    private final Sessions sessions;
    private final Auditing audit;
    private final Clock clock;

    public EndingEmployment(Directory directory, Sessions sessions, Auditing audit, Clock clock) {
        this.directory = directory;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    public User leave(EndEmployment command) {
        User actor = directory.actor(command.actor());
        User left = ConcurrentChangeException.retrying(5, () -> {
            User target = directory.user(command.userId());
            DirectoryAccess.requireMayManage(actor, target);
            if (target.leave(clock.instant())) {
                directory.users().save(target);
                audit.onUser(AuditAction.EMPLOYMENT_ENDED, actor, command.actor().address(), target,
                        "user " + target.username() + " left");
            }
            return target;
        });
        sessions.endAll(left.id());
        return left;
    }
}
