package com.anchang.notification.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.notification.ReminderProgressed;
import com.anchang.events.notification.ReminderUnanswered;
import com.anchang.events.notification.ReminderUndeliverable;
import com.anchang.notification.domain.Attempt;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderEvent;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Turns the domain's reminder events into versioned contract events on the notification topic, keyed by deal id;
 * their {@code dueDate} is the day the reminder is about (the down payment's due date, the appointment's day).
 */
public class NotificationEvents {

    private final Outbox outbox;
    private final ReminderPolicies policies;

    public NotificationEvents(Outbox outbox, ReminderPolicies policies) {
        this.outbox = outbox;
        this.policies = policies;
    }

    public OutboxEntry toOutbox(ReminderEvent event) {
        ReminderSchedule s = event.schedule();
        return outbox.entry(Topics.NOTIFICATION, s.dealId(), s.officeId(),
                toContract(event, policies.forOffice(s.officeId()).zone()));
    }

    /** @param zone the office's, in which a mortgage appointment's day is told */
    public static Record toContract(ReminderEvent event, ZoneId zone) {
        ReminderSchedule s = event.schedule();
        Reminder r = event.reminder();
        LocalDate dueDate = s.dateOf(r, zone);
        return switch (event) {
            case ReminderEvent.Undeliverable u -> {
                List<Attempt> failed = r.delivery().attempts().stream().filter(Attempt::channelFailed).toList();
                yield new ReminderUndeliverable(r.id(), s.dealId(), s.developerId(), s.officeId(), s.unitId(),
                        s.recipient().maskedMobile(), r.kind().name(), dueDate, r.dueAt(),
                        failed.stream().map(a -> a.channel().name()).distinct().toList(),
                        failed.isEmpty() ? List.of("the buyer can be reached by no channel (opted out, or no WeChat open id)")
                                : failed.stream().map(Attempt::toString).toList(),
                        r.delivery().settledAt());
            }
            case ReminderEvent.Progressed p -> new ReminderProgressed(r.id(), s.dealId(), s.developerId(), s.officeId(),
                    r.kind().name(), dueDate, r.dueAt(), (p.status() == ReminderStatus.PLANNED || r.delivery().sentBy() == null
                            ? r.channel() : r.delivery().sentBy()).name(), p.status().name(), p.at());
            case ReminderEvent.Unanswered u -> new ReminderUnanswered(r.id(), s.dealId(), s.developerId(), s.officeId(),
                    s.unitId(), s.recipient().maskedMobile(), r.kind().name(), dueDate, r.dueAt(),
                    r.delivery().sentBy().name(), r.delivery().provider(), r.delivery().sentAt(), r.delivery().settledAt());
        };
    }
}
