package com.anchang.identity.application;

import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.User;

/** Reading the directory: a user as their managers (or they themselves) see them. */
public class ViewingDirectory {

    private final Directory directory;

    public ViewingDirectory(Directory directory) {
        this.directory = directory;
    }

    public User user(Actor actor, String userId) {
        User reader = directory.actor(actor);
        User target = directory.user(userId);
        DirectoryAccess.requireVisible(reader, target);
        DirectoryAccess.requireMayRead(reader, target);
        return target;
    }
}
