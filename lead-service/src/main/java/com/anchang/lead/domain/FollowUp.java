package com.anchang.lead.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * LEAD-4: one entry on a lead's page of follow-ups. Entries are only appended, never edited or
 * deleted; a correction is a new entry naming the one it corrects ({@code corrects}).
 *
 * @param loggedBy who logged it: the owner or the office's PM
 * @param countedForProtection whether the office's policy counted it for protection (LEAD-3)
 * @param protectedUntil the lead's last protected day after this entry
 */
public record FollowUp(String id, Instant at, String loggedBy, Channel channel, boolean effective, String note,
        String corrects, boolean countedForProtection, LocalDate protectedUntil) {

    /** LEAD-4: how the customer was followed up. */
    public enum Channel {
        PHONE,
        WECHAT,
        VISIT
    }

    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(loggedBy, "loggedBy");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(protectedUntil, "protectedUntil");
    }
}
