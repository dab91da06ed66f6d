package com.anchang.support.security;

import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calling, as identity-service signed it into the access token (never from a header or a
 * request field): the user id ({@code sub}), their developer, their roles per office, their
 * developer-level roles. Every query and every action of a service is scoped from it:
 * <ul>
 *   <li>{@link #mustSee}: an object of another developer or of an office the caller has no role in
 *       answers 404, so its existence is not leaked; head office sees every office of its developer.</li>
 *   <li>{@link #mustHold}: a visible object with a forbidden action answers 403.</li>
 *   <li>{@link #mustActIn}: an office named in a request must be one the caller holds a role in.</li>
 * </ul>
 */
public record Caller(String userId, String username, String developerId, Map<String, Set<String>> officeRoles,
        Set<String> roles, boolean certified) {

    /** Office roles. */
    public static final String CONSULTANT = "CONSULTANT";
    public static final String SALES_CONTROL = "SALES_CONTROL";
    public static final String FINANCE = "FINANCE";
    public static final String PM = "PM";
    /** Developer-level: reads every office of its developer. */
    public static final String HEAD_OFFICE = "HEAD_OFFICE";
    /** Platform-level: the directory only; sees no office's business. */
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    public Caller {
        Objects.requireNonNull(userId, "userId");
        officeRoles = officeRoles == null ? Map.of() : Map.copyOf(officeRoles);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean headOffice() {
        return developerId != null && roles.contains(HEAD_OFFICE);
    }

    /** Whether the caller may see objects of this office: a role there, or head office of its developer. */
    public boolean sees(String objectDeveloperId, String objectOfficeId) {
        if (developerId == null || !developerId.equals(objectDeveloperId)) {
            return false;
        }
        return headOffice() || officeRoles.containsKey(objectOfficeId);
    }

    /** Whether the caller holds one of these roles at the office ({@link #HEAD_OFFICE} counts for every office it sees). */
    public boolean holds(String officeId, String... anyOf) {
        Set<String> here = officeRoles.getOrDefault(officeId, Set.of());
        for (String role : anyOf) {
            if (here.contains(role) || (HEAD_OFFICE.equals(role) && headOffice())) {
                return true;
            }
        }
        return false;
    }

    /** 404 unless {@link #sees} the object's developer and office. */
    public void mustSee(String objectDeveloperId, String objectOfficeId, String kind, String id) {
        if (!sees(objectDeveloperId, objectOfficeId)) {
            throw new NotFoundException(kind, id);
        }
    }

    /** 403 unless the caller {@link #holds} one of the roles at the (visible) object's office. */
    public void mustHold(String officeId, String action, String... anyOf) {
        if (!holds(officeId, anyOf)) {
            throw new ForbiddenException(action, "to " + action + " needs " + describe(anyOf) + " at " + officeId);
        }
    }

    /**
     * For a request that names the office it acts in: 404 for an office the caller has no role in
     * (unknown, of another developer, or simply not theirs: indistinguishable on purpose), 403 for an
     * office of theirs where none of these roles is held.
     */
    public void mustActIn(String officeId, String action, String... anyOf) {
        if (!officeRoles.containsKey(officeId)) {
            throw new NotFoundException("office", officeId);
        }
        mustHold(officeId, action, anyOf);
    }

    private static String describe(String... roles) {
        List<String> list = Arrays.asList(roles);
        return list.size() == 1 ? list.get(0) : list.stream().collect(Collectors.joining(" or "));
    }
}
