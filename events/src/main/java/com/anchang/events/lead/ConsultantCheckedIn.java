package com.anchang.events.lead;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certified consultant checked in at an office for its business day and joined the walk-in and phone
 * queues (ROT-1/2). Key: the office's rotation of the day ({@code officeId:businessDay}).
 *
 * @param position the check-in order of the day, 1 for the first arrival (ROT-2)
 */
public record ConsultantCheckedIn(
        String developerId,
        String officeId,
        LocalDate businessDay,
        String consultantId,
        Integer position,
        Instant checkedInAt) {

    public static final String TYPE = "lead.consultant-checked-in";
    public static final int VERSION = 1;
}
