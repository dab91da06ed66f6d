package com.anchang.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * NOTE-6: a reminder to a consultant, in the app (the consultant's inbox). Its id is the id of the event
 * that caused it, so a redelivered event adds nothing.
 *
 * @param kind what about, e.g. PROTECTION_LAPSING (LEAD-11)
 * @param subject what it is about (the lead's id)
 * @param text as the consultant reads it
 */
public record ConsultantReminder(String id, String consultantId, String developerId, String officeId, Kind kind,
        String subject, String text, Instant at) {

    public enum Kind {
        /** LEAD-11: the lead's protection lapses without a follow-up. */
        PROTECTION_LAPSING
    }

    public ConsultantReminder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(consultantId, "consultantId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    /** LEAD-11, NOTE-6: the lead is protected up to {@code protectedUntil} and released on {@code releasedOn} without a follow-up. */
    public static ConsultantReminder protectionLapsing(String eventId, String consultantId, String developerId,
            String officeId, String leadId, LocalDate protectedUntil, LocalDate releasedOn, Instant at) {
        return new ConsultantReminder(eventId, consultantId, developerId, officeId, Kind.PROTECTION_LAPSING, leadId,
                "客户 %s 的保护期至 %s;如无跟进记录,将于 %s 释放,请及时跟进。".formatted(leadId, protectedUntil, releasedOn), at);
    }
}
