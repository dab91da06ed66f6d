package com.anchang.support.tenancy;

import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which offices exist and whose they are: this service's copy of identity-service's offices, fed by
 * {@code identity.office-opened} (ADR 32). It decides whether a caller may read an office as a whole
 * (its board, its lists, its figures) without looking at what the office holds, so an idle office, an
 * active one of another developer and an unknown office id answer the same 404.
 */
public interface OfficeDirectory {

    /** The developer the office belongs to, or empty for an office this directory was never told of. */
    Optional<String> developerOf(String officeId);

    /** Records that the office was opened for the developer; telling it again changes nothing. */
    void opened(String officeId, String developerId);

    /**
     * Whether the caller sees the office: a role there (its token proves it, nothing is looked up), or
     * head office of the developer the directory says the office is of.
     */
    default boolean sees(Caller caller, String officeId) {
        if (officeId == null || caller.developerId() == null) {
            return false;
        }
        if (caller.officeRoles().containsKey(officeId)) {
            return true;
        }
        return caller.headOffice() && developerOf(officeId).filter(caller.developerId()::equals).isPresent();
    }

    /**
     * 404 {@code office} unless the caller {@link #sees} the office: an unknown office, another
     * developer's, or one of the caller's developer where it holds no role, alike, whatever the office holds.
     */
    default void mustSeeOffice(Caller caller, String officeId) {
        if (!sees(caller, officeId)) {
            throw new NotFoundException("office", officeId);
        }
    }

    /** A directory held in memory only (for tests and tools), knowing these offices (office id → developer id). */
    static OfficeDirectory inMemory(Map<String, String> known) {
        Map<String, String> offices = new ConcurrentHashMap<>(known);
        return new OfficeDirectory() {
            @Override
            public Optional<String> developerOf(String officeId) {
                return officeId == null ? Optional.empty() : Optional.ofNullable(offices.get(officeId));
            }

            @Override
            public void opened(String officeId, String developerId) {
                offices.putIfAbsent(officeId, developerId);
            }
        };
    }
}
