package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.User;

/** Ends every session of a user: their own sign-out, or one by whoever may manage them. */
public class SigningOut {

    public record SignOut(Actor actor, String userId) {
    }

    private final Directory directory;
    private final Sessions sessions;
    private final Auditing audit;

    public SigningOut(Directory directory, Sessions sessions, Auditing audit) {
        this.directory = directory;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** @return how many sessions were ended */
    public int signOut(SignOut command) {
        User actor = directory.actor(command.actor());
        User target = actor.id().equals(command.userId()) ? actor : directory.user(command.userId());
        if (target != actor) {
            DirectoryAccess.requireMayManage(actor, target);
        }
        int ended = sessions.endAll(target.id());
        audit.onUser(AuditAction.SIGNED_OUT, actor, command.actor().address(), target,
                ended + " session(s) of " + target.username() + " ended");
        return ended;
    }
}
