package com.anchang.identity.domain;

import com.anchang.support.problem.NotFoundException;

/**
 * IDN-7: who may do what to the directory, decided on the acting user's current grants (not on what
 * an older token said). Another developer's objects are invisible (404); a visible object with a
 * forbidden action is refused (403).
 */
public final class DirectoryAccess {

    private DirectoryAccess() {
    }

    /** The actor must be an active user (a token outlives nothing here: a LEFT user is refused). */
    public static void requireActive(User actor) {
        if (!actor.isActive()) {
            throw new AccessRefusedException(IdentityRule.IDN_6, "user " + actor.username() + " has left");
        }
    }

    /** Creating developers, offices and users: PLATFORM_ADMIN only. */
    public static void requirePlatformAdmin(User actor, String action) {
        requireActive(actor);
        if (!actor.isPlatformAdmin()) {
            throw new AccessRefusedException(IdentityRule.IDN_7, "only a platform administrator may " + action);
        }
    }

    /** A developer's objects exist for the platform and for that developer's staff only. */
    public static void requireVisible(User actor, String developerId, String kind, String id) {
        if (!actor.isPlatformAdmin() && !actor.belongsTo(developerId)) {
            throw new NotFoundException(kind, id);
        }
    }

    /** A user is visible to the platform, to themselves and to their developer's staff. */
    public static void requireVisible(User actor, User target) {
        if (!actor.id().equals(target.id()) && !actor.isPlatformAdmin()
                && (target.developerId() == null || !actor.belongsTo(target.developerId()))) {
            throw new NotFoundException("user", target.id());
        }
    }

    /**
     * Granting or revoking {@code role} (in {@code office} for an office role) to a visible target:
     * PLATFORM_ADMIN any role; a PM only office roles, only in an office where they are PM.
     */
    public static void requireMayGrant(User actor, User target, Role role, Office office) {
        requireActive(actor);
        requireVisible(actor, target);
        if (office != null) {
            requireVisible(actor, office.developerId(), "office", office.id());
        }
        if (actor.isPlatformAdmin()) {
            return;
        }
        if (!role.isOfficeRole()) {
            throw new AccessRefusedException(IdentityRule.IDN_7, "only a platform administrator may grant " + role);
        }
        if (office == null || !actor.holds(Role.PM, office.id())) {
            throw new AccessRefusedException(IdentityRule.IDN_7,
                    "only the PM of office " + (office == null ? "?" : office.id()) + " may grant roles there");
        }
    }

    /**
     * Managing a visible user (employment, certification, ending their sessions, reading them in full):
     * PLATFORM_ADMIN; HEAD_OFFICE of their developer; a PM of an office where they hold a role; the user
     * themselves only for reading.
     */
    public static void requireMayManage(User actor, User target) {
        requireActive(actor);
        requireVisible(actor, target);
        if (actor.isPlatformAdmin()) {
            return;
        }
        if (target.developerId() != null && actor.belongsTo(target.developerId()) && actor.holds(Role.HEAD_OFFICE)) {
            return;
        }
        boolean pmOfTheirOffice = target.officeIds().stream().anyMatch(office -> actor.holds(Role.PM, office));
        if (!pmOfTheirOffice) {
            throw new AccessRefusedException(IdentityRule.IDN_7,
                    "only their PM, their head office or a platform administrator may manage user " + target.username());
        }
    }

    /**
     * Finding a user of one's developer by username, to grant them a role in one's office: PLATFORM_ADMIN,
     * HEAD_OFFICE, or a PM (of any office of the developer); other staff are refused (IDN-7). The target must be
     * visible (another developer's user is not found, like an unknown username).
     */
    public static void requireMayLookUp(User actor, User target) {
        requireActive(actor);
        requireVisible(actor, target);
        boolean pm = actor.officeRoles().values().stream().anyMatch(roles -> roles.contains(Role.PM));
        if (!actor.isPlatformAdmin() && !actor.holds(Role.HEAD_OFFICE) && !pm) {
            throw new AccessRefusedException(IdentityRule.IDN_7,
                    "only a PM, the head office or a platform administrator may look users up by username");
        }
    }

    /** Reading a user: themselves, or whoever may manage them. */
    public static void requireMayRead(User actor, User target) {
        requireActive(actor);
        if (actor.id().equals(target.id())) {
            return;
        }
        requireMayManage(actor, target);
    }

    /**
     * An office's staff list (names and roles): anyone with a role there, its head office, the platform;
     * other staff of its developer are refused (IDN-7), anyone else finds no such office.
     */
    public static void requireMayReadStaff(User actor, Office office) {
        requireActive(actor);
        requireVisible(actor, office.developerId(), "office", office.id());
        if (actor.isPlatformAdmin() || actor.holds(Role.HEAD_OFFICE) || actor.officeIds().contains(office.id())) {
            return;
        }
        throw new AccessRefusedException(IdentityRule.IDN_7,
                "only the office's staff, its head office or a platform administrator may read its staff");
    }

    /** An office's audit: PLATFORM_ADMIN, HEAD_OFFICE of its developer, or its PM. */
    public static void requireMayReadAudit(User actor, Office office) {
        requireActive(actor);
        requireVisible(actor, office.developerId(), "office", office.id());
        if (actor.isPlatformAdmin() || actor.holds(Role.HEAD_OFFICE) || actor.holds(Role.PM, office.id())) {
            return;
        }
        throw new AccessRefusedException(IdentityRule.IDN_7,
                "only the office's PM, its head office or a platform administrator may read its audit");
    }

    /** A developer's whole audit: PLATFORM_ADMIN or its HEAD_OFFICE. */
    public static void requireMayReadAudit(User actor, Developer developer) {
        requireActive(actor);
        requireVisible(actor, developer.id(), "developer", developer.id());
        if (actor.isPlatformAdmin() || actor.holds(Role.HEAD_OFFICE)) {
            return;
        }
        throw new AccessRefusedException(IdentityRule.IDN_7,
                "only the head office or a platform administrator may read a developer's audit");
    }
}
