package com.anchang.identity.application;

import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.Office;
import com.anchang.identity.domain.User;
import com.anchang.support.problem.NotFoundException;
import java.util.Comparator;
import java.util.List;

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

    /**
     * IDN-7: a user of the reader's developer by username (lower-cased, IDN-1), for a PM adding them to their office;
     * served by the unique username key. Unknown, or another developer's: not found (404), alike.
     */
    public User byUsername(Actor actor, String username) {
        User reader = directory.actor(actor);
        DirectoryAccess.requireActive(reader);
        String normalised = User.normaliseUsername(username);
        User target = directory.users().findByUsername(normalised)
                .orElseThrow(() -> new NotFoundException("user", normalised));
        try {
            DirectoryAccess.requireVisible(reader, target);
        } catch (NotFoundException invisible) {
            throw new NotFoundException("user", normalised);
        }
        DirectoryAccess.requireMayLookUp(reader, target);
        return target;
    }

    /**
     * An office — its name and time zone, in which its screens show every date and time — for whoever may read
     * its staff (IDN-7: another developer's people get 404, another office's staff 403).
     */
    public Office office(Actor actor, String officeId) {
        User reader = directory.actor(actor);
        Office office = directory.office(officeId);
        DirectoryAccess.requireMayReadStaff(reader, office);
        return office;
    }

    /** The people who hold a role at an office now, by name, for the office's screens (the rotation board). */
    public List<User> staffOf(Actor actor, String officeId) {
        User reader = directory.actor(actor);
        Office office = directory.office(officeId);
        DirectoryAccess.requireMayReadStaff(reader, office);
        return directory.users().everListedAt(officeId).stream()
                .filter(user -> user.isActive() && user.officeIds().contains(officeId))
                .sorted(Comparator.comparing(User::username))
                .toList();
    }
}
