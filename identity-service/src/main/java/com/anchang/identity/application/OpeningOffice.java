package com.anchang.identity.application;

import com.anchang.identity.domain.AuditAction;
import com.anchang.identity.domain.Developer;
import com.anchang.identity.domain.DirectoryAccess;
import com.anchang.identity.domain.Office;
import com.anchang.identity.domain.User;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Set;

/**
 * IDN-7: a platform administrator opens a sales office for a developer; other services are told
 * ({@code identity.office-opened}, from the office's document, in the same write).
 */
public class OpeningOffice {

    /** @param zone the office's time zone, or null for the directory's default */
    /** @param code the office's own id, or null for a generated one */
    public record OpenOffice(Actor actor, String code, String developerId, String name, ZoneId zone) {
    }

    private final Directory directory;
    private final Auditing audit;
    private final ZoneId defaultZone;
    private final Clock clock;

    public OpeningOffice(Directory directory, Auditing audit, ZoneId defaultZone, Clock clock) {
        this.directory = directory;
        this.audit = audit;
        this.defaultZone = defaultZone;
        this.clock = clock;
    }

    public Office open(OpenOffice command) {
        User actor = directory.actor(command.actor());
        DirectoryAccess.requirePlatformAdmin(actor, "open offices");
        Developer developer = directory.developer(command.developerId());
        Office office = Office.open(command.code(), developer, command.name(), command.zone() == null ? defaultZone : command.zone());
        directory.offices().insert(office, clock.instant());
        audit.record(AuditAction.OFFICE_CREATED, actor, command.actor().address(), office.id(), developer.id(),
                Set.of(office.id()), "office " + office.name() + " (" + office.zone() + ")");
        return office;
    }
}
