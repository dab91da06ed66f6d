package com.anchang.identity.application;

import com.anchang.identity.domain.AuditEntry;
import com.anchang.identity.domain.AuditLog;
import com.anchang.identity.domain.AuditScope;
import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.User;
import com.anchang.support.problem.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The audit of an office (its PM, its head office, the platform), of a developer (its head office, the
 * platform) or of the platform (platform administrators), one day at a time.
 */
public class ReadingAudit {

    /** @param day a day in the directory's zone, or null for today */
    public record ReadAudit(Actor actor, String officeId, String developerId, LocalDate day) {
    }

    private final Directory directory;
    private final AuditLog log;
    private final Clock clock;
    private final ZoneId zone;

    public ReadingAudit(Directory directory, AuditLog log, Clock clock, ZoneId zone) {
        this.directory = directory;
        this.log = log;
        this.clock = clock;
        this.zone = zone;
    }

    public List<AuditEntry> read(ReadAudit query) {
        User reader = directory.actor(query.actor());
        LocalDate day = query.day() == null ? LocalDate.now(clock.withZone(zone)) : query.day();
        if (query.officeId() != null && query.developerId() != null) {
            throw new InvalidInputException("developerId", "must be empty when officeId is given");
        }
        AuditScope scope;
        if (query.officeId() != null) {
            DirectoryAccess.requireMayReadAudit(reader, directory.office(query.officeId()));
            scope = new AuditScope.OfficeScope(query.officeId());
        } else if (query.developerId() != null) {
            DirectoryAccess.requireMayReadAudit(reader, directory.developer(query.developerId()));
            scope = new AuditScope.DeveloperScope(query.developerId());
        } else {
            if (!reader.isPlatformAdmin()) {
                throw new InvalidInputException("officeId", "is required (or developerId)");
            }
            DirectoryAccess.requirePlatformAdmin(reader, "read the platform's audit");
            scope = new AuditScope.PlatformScope();
        }
        return log.read(scope, day);
    }
}
