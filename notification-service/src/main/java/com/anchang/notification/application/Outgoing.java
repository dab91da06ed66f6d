package com.anchang.notification.application;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderPolicy;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderText;
import java.util.Map;

/**
 * One reminder as a channel sends it.
 *
 * @param reference the idempotency reference (the reminder's id), the same on every try
 * @param buyerChannel the channel the buyer chose (what the local inbox stands in for)
 * @param params the template parameters, in template order (see {@link ReminderText})
 * @param text the text as the buyer reads it
 */
public record Outgoing(String reference, String dealId, String developerId, String officeId, ReminderKind kind,
        String mobile, String wechatOpenId, Channel buyerChannel, Map<String, String> params, String text) {

    public static Outgoing of(ReminderSchedule schedule, Reminder reminder, ReminderPolicy policy) {
        return new Outgoing(reminder.id(), schedule.dealId(), schedule.developerId(), schedule.officeId(),
                reminder.kind(), schedule.recipient().mobile(), schedule.recipient().wechatOpenId(),
                schedule.recipient().channel(), ReminderText.params(schedule, reminder, policy),
                ReminderText.text(schedule, reminder, policy));
    }
}
