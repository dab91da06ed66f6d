package com.anchang.notification.adapter.web;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.Instalment;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A deal's reminders as the office sees them. The recipient's number is masked for every reader,
 * PM and head office included (LEAD-10: the buyer's full number is for the consultant who owns the
 * lead, in lead-service; nobody needs it here). {@code instalments}: a cash buyer's instalment plan (分期付款) as
 * the deal last told it, with what is owed of each; empty for a deal without.
 */
public record ReminderScheduleView(String dealId, String developerId, String officeId, String unitId,
        String recipient, Channel preferredChannel, Set<Channel> optedOut, boolean wechatBound,
        LocalDate downPaymentDueDate, Instant plannedAt, List<ReminderView> reminders, List<Instalment> instalments) {

    /**
     * @param text what the buyer reads (or, for one not sent, would have read)
     * @param attempts every try in order, e.g. "SMS: isv.BUSINESS_LIMIT_CONTROL 触发天级流控"
     * @param about for an INSTALMENT reminder, the due date of its instalment (分期付款); null otherwise
     */
    public record ReminderView(String id, ReminderKind kind, int daysBefore, Instant dueAt, Channel channel,
            ReminderStatus status, String skipReason, String text, Channel sentBy, String provider, Instant sentAt,
            Instant settledAt, Instant nextAttemptAt, List<String> attempts, LocalDate about) {

        static ReminderView of(Reminder r, String text) {
            return new ReminderView(r.id(), r.kind(), r.daysBefore(), r.dueAt(), r.channel(), r.status(), r.skipReason(),
                    text, r.delivery().sentBy(), r.delivery().provider(), r.delivery().sentAt(), r.delivery().settledAt(),
                    r.status() == ReminderStatus.PLANNED ? r.nextAttemptAt() : null,
                    r.delivery().attempts().stream().map(Object::toString).toList(), r.about());
        }
    }

    /** @param texts each reminder's text, in the schedule's order */
    static ReminderScheduleView of(ReminderSchedule s, List<String> texts) {
        List<ReminderView> reminders = new ArrayList<>(s.reminders().size());
        for (int i = 0; i < s.reminders().size(); i++) {
            reminders.add(ReminderView.of(s.reminders().get(i), texts.get(i)));
        }
        return new ReminderScheduleView(s.dealId(), s.developerId(), s.officeId(), s.unitId(),
                s.recipient().maskedMobile(), s.recipient().preferred(), s.recipient().optedOut(),
                s.recipient().wechatOpenId() != null, s.downPaymentDueDate(), s.plannedAt(), reminders, s.instalments());
    }
}
