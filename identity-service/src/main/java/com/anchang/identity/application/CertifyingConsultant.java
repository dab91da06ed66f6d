package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.User;
import com.anchang.support.problem.ConcurrentChangeException;

/** ROT-1: records whether a consultant passed the office's exam (上岗); tokens carry it as {@code certified}. */
public class CertifyingConsultant {

    public record SetCertification(Actor actor, String userId, boolean certified) {
    }

    private final Directory directory;
    private final Auditing audit;

    public CertifyingConsultant(Directory directory, Auditing audit) {
        this.directory = directory;
        this.audit = audit;
    }

    public User certify(SetCertification command) {
        User actor = directory.actor(command.actor());
        return ConcurrentChangeException.retrying(5, () -> {
            User target = directory.user(command.userId());
            DirectoryAccess.requireMayManage(actor, target);
            if (target.certify(command.certified())) {
                directory.users().save(target);
                audit.onUser(AuditAction.CERTIFICATION_CHANGED, actor, command.actor().address(), target,
                        "user " + target.username() + (command.certified() ? " certified" : " no longer certified"));
            }
            return target;
        });
    }
}
