package com.anchang.identity.adapter.persistence;

import com.anchang.identity.domain.Employment;
import com.anchang.identity.domain.Role;
import com.anchang.identity.domain.RoleGrant;
import com.anchang.identity.domain.User;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A user as stored. Unique indexes: {username} (IDN-1, and the sign-in look-up) and {_id, version}
 * (the compare-and-set write, see ADR 0003). The password is stored only as its encoder-prefixed hash.
 */
@Document("users")
@CompoundIndex(name = "username", def = "{'username': 1}", unique = true)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record UserDocument(
        @Id String id,
        String username,
        String displayName,
        String developerId,
        String passwordHash,
        Employment employment,
        boolean certified,
        int failedSignIns,
        Instant lockedUntil,
        List<GrantDocument> grants,
        String mobile,
        boolean smsReminders,
        long version) {

    public record GrantDocument(String officeId, Role role) {
    }

    static UserDocument of(User user) {
        return new UserDocument(user.id(), user.username(), user.displayName(), user.developerId(),
                user.passwordHash(), user.employment(), user.certified(), user.failedSignIns(), user.lockedUntil(),
                grants(user), user.mobile(), user.smsReminders(), user.version());
    }

    static List<GrantDocument> grants(User user) {
        return user.grants().stream().map(g -> new GrantDocument(g.officeId(), g.role())).toList();
    }

    User toDomain() {
        LinkedHashSet<RoleGrant> roleGrants = new LinkedHashSet<>();
        if (grants != null) {
            grants.forEach(g -> roleGrants.add(new RoleGrant(g.officeId(), g.role())));
        }
        return User.restore(id, username, displayName, developerId, passwordHash, employment, certified, failedSignIns,
                lockedUntil, roleGrants, mobile, smsReminders, version);
    }
}
