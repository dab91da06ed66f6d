package com.anchang.notification.adapter.web;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A deal's reminders as the office sees them. The recipient's number is masked for every reader,
 * PM and head office included (LEAD-10: the buyer's full number is for the consultant who owns the
 * lead, in lead-service; nobody needs it here).
 */
public record ReminderScheduleView(String dealId, String developerId, String officeId, String unitId,
        String recipient, LocalDate downPaymentDueDate, Instant plannedAt, List<ReminderView> reminders) {

    public record ReminderView(ReminderKind kind, int daysBefore, Instant dueAt, Channel channel, ReminderStatus status,
            String skipReason) {
    }

    static ReminderScheduleView of(ReminderSchedule s) {
        return new ReminderScheduleView(s.dealId(), s.developerId(), s.officeId(), s.unitId(),
                s.recipient().maskedMobile(), s.downPaymentDueDate(), s.plannedAt(),
                s.reminders().stream().map(r -> new ReminderView(r.kind(), r.daysBefore(), r.dueAt(), r.channel(),
                        r.status(), r.skipReason())).toList());
    }
}
