package com.anchang.notification.application;

import com.anchang.notification.domain.Channel;
import java.time.Instant;
import java.util.List;

/**
 * Port: what each buyer would have received, where no provider account is configured (the embedded
 * default): one entry per reminder (its reference is the key, so it is recorded once however often it
 * is sent).
 *
 * @see ViewingInbox
 */
public interface LocalInbox {

    /** @return false when an entry with this reference was there already (nothing written) */
    boolean deliver(Entry entry);

    /** The office's latest entries, newest first. */
    List<Entry> ofOffice(String officeId, int limit);

    /**
     * @param channel the channel the buyer chose, which the local inbox stands in for
     * @param status what the buyer's phone would show: DELIVERED
     */
    record Entry(String reference, String developerId, String officeId, String dealId, String mobile, Channel channel,
            String text, String status, Instant at) {
    }
}
