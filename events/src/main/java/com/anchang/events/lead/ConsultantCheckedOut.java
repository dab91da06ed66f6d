package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A consultant left duty at an office for the rest of its business day: by themself, or by the PM
 * with a reason. Key: the office's rotation of the day ({@code officeId:businessDay}).
 *
 * @param byUserId who checked them out (the consultant themself or the PM)
 * @param reason the PM's reason; null when the consultant checked themself out
 */
public record ConsultantCheckedOut(
        String developerId,
        String officeId,
        LocalDate businessDay,
        String consultantId,
        Instant checkedOutAt,
        String byUserId,
        String reason) {

    public static final String TYPE = "lead.consultant-checked-out";
    public static final int VERSION = 1;
}
