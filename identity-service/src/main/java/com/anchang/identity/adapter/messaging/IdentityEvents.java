package com.anchang.identity.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.identity.OfficeOpened;
import com.anchang.events.identity.StaffContactChanged;
import com.anchang.identity.domain.Office;
import com.anchang.identity.domain.Role;
import com.anchang.identity.domain.User;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The directory's versioned contract events on the identity topic, as entries of the outbox of the document
 * that changed (ADR 1): {@code identity.staff-contact-changed} keyed by user id, from the user's document, when a
 * member of staff sets or changes their contact or leaves (NOTE-6); {@code identity.office-opened} keyed by office
 * id, from the office's document, when it is opened (IDN-7).
 */
public class IdentityEvents {

    private final Outbox outbox;

    public IdentityEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param sequence the version of the user's record the write makes (it grows with every change) */
    public OutboxEntry contactChanged(User user, long sequence) {
        List<String> offices = List.copyOf(user.officeIds());
        return outbox.entry(Topics.IDENTITY, user.id(), offices.isEmpty() ? null : offices.getFirst(),
                toContract(user, sequence));
    }

    public OutboxEntry officeOpened(Office office, Instant openedAt) {
        return outbox.entry(Topics.IDENTITY, office.id(), office.id(), toContract(office, openedAt));
    }

    /**
     * The user's contact as other services may use it: the full mobile (they send to it) while the user is
     * employed; a user who left is told with no mobile and no SMS.
     */
    public static StaffContactChanged toContract(User user, long sequence) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        user.officeRoles().forEach((office, held) -> roles.put(office, held.stream().map(Role::name).toList()));
        boolean employed = user.isActive();
        return new StaffContactChanged(user.id(), user.username(), user.displayName(), user.developerId(),
                List.copyOf(user.officeIds()), roles, employed ? user.mobile() : null, user.remindableBySms(), employed,
                sequence, user.contactChangedAt());
    }

    public static OfficeOpened toContract(Office office, Instant openedAt) {
        return new OfficeOpened(office.id(), office.developerId(), office.name(), office.zone().getId(), openedAt);
    }
}
