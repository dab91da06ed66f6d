package com.anchang.identity.application;

import com.anchang.identity.domain.User;
import com.anchang.identity.domain.UserRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Clock;

/**
 * NOTE-6: staff who set their mobile before the directory told contact changes to other services are told once,
 * at start ({@code identity.staff-contact-changed}, from each user's document): without it notification-service
 * would not know them until they set it again. A user changed meanwhile (by another instance doing the same, or
 * by the user) is left to that write.
 */
public class TellingContacts {

    private final UserRepository users;
    private final Clock clock;

    public TellingContacts(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /** @return how many users' contacts were told */
    public int tellNeverTold() {
        int told = 0;
        for (User user : users.withContactNeverTold()) {
            if (user.retellContact(clock.instant())) {
                try {
                    users.save(user);
                    told++;
                } catch (ConcurrentChangeException changedMeanwhile) {
                    // the write that changed it told it, or the next start does
                }
            }
        }
        return told;
    }
}
