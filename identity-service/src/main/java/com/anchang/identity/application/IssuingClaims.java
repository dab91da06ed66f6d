package com.anchang.identity.application;

import com.anchang.identity.domain.Role;
import com.anchang.identity.domain.User;
import com.anchang.identity.domain.UserRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a token says about its user, read from the directory each time a token is issued (at sign-in
 * and at every refresh), so a changed grant shows in the next access token. IDN-6: nothing for a user
 * who left (their refresh is refused).
 */
public class IssuingClaims {

    /**
     * @param developerId null for platform staff
     * @param officeRoles office id → role names held there
     * @param roles developer-level and platform roles (HEAD_OFFICE, PLATFORM_ADMIN)
     * @param certified ROT-1: passed the office's exam (上岗)
     */
    public record StaffClaims(String userId, String username, String displayName, String developerId,
            Map<String, List<String>> officeRoles, List<String> roles, boolean certified) {
    }

    private final UserRepository users;

    public IssuingClaims(UserRepository users) {
        this.users = users;
    }

    public Optional<StaffClaims> claims(String userId) {
        return users.find(userId).filter(User::isActive).map(user -> new StaffClaims(user.id(), user.username(),
                user.displayName(), user.developerId(), user.officeRoleNames(),
                user.developerRoles().stream().map(Role::name).toList(), user.certified()));
    }
}
