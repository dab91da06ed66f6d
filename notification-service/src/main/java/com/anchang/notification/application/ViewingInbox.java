package com.anchang.notification.application;

import com.anchang.support.privacy.MobileMask;
import com.anchang.support.security.Caller;
import java.util.List;

/**
 * The local inbox of an office (the embedded default): what each buyer would have received, with
 * channel, text and status. For the office's PM, finance and consultants; the buyers' numbers are
 * masked for all but the PM (LEAD-10).
 */
public class ViewingInbox {

    private final LocalInbox inbox;

    public ViewingInbox(LocalInbox inbox) {
        this.inbox = inbox;
    }

    public List<LocalInbox.Entry> ofOffice(Caller caller, String officeId, int limit) {
        caller.mustActIn(officeId, "read the office's inbox", Caller.CONSULTANT, Caller.FINANCE, Caller.PM);
        boolean pm = caller.holds(officeId, Caller.PM);
        return inbox.ofOffice(officeId, Math.max(1, Math.min(limit, 500))).stream()
                .filter(e -> caller.developerId().equals(e.developerId()))
                .map(e -> pm ? e : new LocalInbox.Entry(e.reference(), e.developerId(), e.officeId(), e.dealId(),
                        MobileMask.mask(e.mobile()), e.channel(), e.text(), e.status(), e.at()))
                .toList();
    }
}
