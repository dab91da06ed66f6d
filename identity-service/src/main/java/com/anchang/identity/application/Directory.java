package com.anchang.identity.application;

import com.anchang.identity.domain.Developer;
import com.anchang.identity.domain.DeveloperRepository;
import com.anchang.identity.domain.Office;
import com.anchang.identity.domain.OfficeRepository;
import com.anchang.identity.domain.User;
import com.anchang.identity.domain.UserRepository;
import com.anchang.support.problem.NotFoundException;

/** Look-ups shared by the use cases: an id that does not exist answers 404. */
public class Directory {

    private final DeveloperRepository developers;
    private final OfficeRepository offices;
    private final UserRepository users;

    public Directory(DeveloperRepository developers, OfficeRepository offices, UserRepository users) {
        this.developers = developers;
        this.offices = offices;
        this.users = users;
    }

    public Developer developer(String developerId) {
        return developers.find(developerId).orElseThrow(() -> new NotFoundException("developer", developerId));
    }

    public Office office(String officeId) {
        return offices.find(officeId).orElseThrow(() -> new NotFoundException("office", officeId));
    }

    public User user(String userId) {
        return users.find(userId).orElseThrow(() -> new NotFoundException("user", userId));
    }

    /** The acting user; one whose record is gone is treated as unknown (404 on the user, never a 500). */
    public User actor(Actor actor) {
        return user(actor.userId());
    }

    public DeveloperRepository developers() {
        return developers;
    }

    public OfficeRepository offices() {
        return offices;
    }

    public UserRepository users() {
        return users;
    }
}
