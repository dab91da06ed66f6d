package com.anchang.identity.domain;

import java.util.List;
import java.util.Optional;

public interface UserRepository {

    Optional<User> find(String userId);

    /** @param username already normalised (lower-case) */
    Optional<User> findByUsername(String username);

    /** @throws UsernameTakenException IDN-1: the username is taken (even by a simultaneous insert) */
    void insert(User user);

    /**
     * Writes the user's changed state if nobody else changed it since it was read (compare-and-set on
     * the version).
     *
     * @throws com.anchang.support.problem.ConcurrentChangeException if someone did
     */
    void save(User user);

    /** Whether any user holds PLATFORM_ADMIN (read once at start by the bootstrap). */
    boolean anyPlatformAdmin();

    /**
     * NOTE-6: the users with a mobile whose contact was never told to other services (set before the directory
     * told such changes). Scans the users: read at start only.
     */
    List<User> withContactNeverTold();

    /** Who holds or once held a role at the office (read by one key); callers keep those who still do. */
    List<User> everListedAt(String officeId);
}
