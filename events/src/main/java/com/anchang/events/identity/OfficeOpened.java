package com.anchang.events.identity;

import java.time.Instant;

/** IDN-7: a platform administrator opened a sales office of a developer, in its time zone ({@code zone}, e.g. Asia/Shanghai). Keyed by office id. */
public record OfficeOpened(
        String officeId,
        String developerId,
        String name,
        String zone,
        Instant openedAt) {

    public static final String TYPE = "identity.office-opened";
    public static final int VERSION = 1;
}
