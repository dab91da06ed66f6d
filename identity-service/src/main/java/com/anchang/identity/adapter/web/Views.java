package com.anchang.identity.adapter.web;

import com.anchang.identity.domain.AuditEntry;
import com.anchang.identity.domain.Developer;
import com.anchang.identity.domain.Employment;
import com.anchang.identity.domain.Office;
import com.anchang.identity.domain.User;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the identity API answers (never a password hash). */
public final class Views {

    private Views() {
    }

    public record DeveloperView(String developerId, String name) {

        static DeveloperView of(Developer d) {
            return new DeveloperView(d.id(), d.name());
        }
    }

    public record OfficeView(String officeId, String developerId, String name, String zone) {

        static OfficeView of(Office o) {
            return new OfficeView(o.id(), o.developerId(), o.name(), o.zone().getId());
        }
    }

    public record GrantView(String officeId, String role) {
    }

    /** @param mobile the user's own mobile, masked (138****5678) for every reader, or null */
    public record UserView(String userId, String username, String displayName, String developerId,
            Employment employment, boolean certified, List<GrantView> grants, Instant lockedUntil, String mobile,
            boolean smsReminders) {

        static UserView of(User u) {
            return new UserView(u.id(), u.username(), u.displayName(), u.developerId(), u.employment(), u.certified(),
                    u.grants().stream().map(g -> new GrantView(g.officeId(), g.role().name())).toList(),
                    u.lockedUntil(), u.maskedMobile(), u.smsReminders());
        }
    }

    /** NOTE-6: the caller's own mobile, masked as everywhere, and whether they want reminders by SMS too. */
    public record ContactView(String userId, String mobile, boolean smsReminders) {

        static ContactView of(User u) {
            return new ContactView(u.id(), u.maskedMobile(), u.smsReminders());
        }
    }

    /** The caller as their access token describes them. */
    public record MeView(String userId, String username, String displayName, String developerId,
            Map<String, List<String>> officeRoles, List<String> roles, boolean certified, Instant expiresAt) {
    }

    /** One person of an office's staff: their roles there and whether they are certified (IDN-4). */
    public record StaffView(String userId, String username, String displayName, List<String> roles, boolean certified) {

        static StaffView of(User user, String officeId) {
            return new StaffView(user.id(), user.username(), user.displayName(),
                    user.officeRoles().getOrDefault(officeId, List.of()).stream().map(Enum::name).toList(),
                    user.certified());
        }
    }

    public record SignedOutView(String userId, int sessionsEnded) {
    }

    public record AuditEntryView(String id, Instant at, String action, String actorId, String actorName,
            String subjectId, String developerId, List<String> officeIds, String address, String detail) {

        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id(), e.at(), e.action().name(), e.actorId(), e.actorName(), e.subjectId(),
                    e.developerId(), e.officeIds().stream().sorted().toList(), e.address(), e.detail());
        }
    }
}
