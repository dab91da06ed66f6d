package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.Developer;
import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.User;
import java.util.Set;

/** IDN-7: a platform administrator registers a developer. */
public class CreatingDeveloper {

    /** @param code the developer's own id, or null for a generated one */
    public record CreateDeveloper(Actor actor, String code, String name) {
    }

    private final Directory directory;
    private final Auditing audit;

    public CreatingDeveloper(Directory directory, Auditing audit) {
        this.directory = directory;
        this.audit = audit;
    }

    public Developer create(CreateDeveloper command) {
        User actor = directory.actor(command.actor());
        DirectoryAccess.requirePlatformAdmin(actor, "create developers");
        Developer developer = Developer.register(command.code(), command.name());
        directory.developers().insert(developer);
        audit.record(AuditAction.DEVELOPER_CREATED, actor, command.actor().address(), developer.id(), developer.id(),
                Set.of(), "developer " + developer.name());
        return developer;
    }
}
