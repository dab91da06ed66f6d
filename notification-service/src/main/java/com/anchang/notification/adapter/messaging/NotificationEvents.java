package com.anchang.notification.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.notification.ReminderUnanswered;
import com.anchang.events.notification.ReminderUndeliverable;
import com.anchang.notification.domain.Attempt;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderEvent;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxEntry;
import java.util.List;

/** Turns the domain's reminder events into versioned contract events on the notification topic, keyed by deal id. */
public class NotificationEvents {

    private final Outbox outbox;

    public NotificationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public OutboxEntry toOutbox(ReminderEvent event) {
        ReminderSchedule s = event.schedule();
        return outbox.entry(Topics.NOTIFICATION, s.dealId(), s.officeId(), toContract(event));
    }

    public static Record toContract(ReminderEvent event) {
        ReminderSchedule s = event.schedule();
        Reminder r = event.reminder();
        return switch (event) {
            case ReminderEvent.Undeliverable u -> {
                List<Attempt> failed = r.delivery().attempts().stream().filter(Attempt::channelFailed).toList();
                yield new ReminderUndeliverable(r.id(), s.dealId(), s.developerId(), s.officeId(), s.unitId(),
                        s.recipient().maskedMobile(), r.kind().name(), s.downPaymentDueDate(), r.dueAt(),
                        failed.stream().map(a -> a.channel().name()).distinct().toList(),
                        failed.isEmpty() ? List.of("the buyer can be reached by no channel (opted out, or no WeChat open id)")
                                : failed.stream().map(Attempt::toString).toList(),
                        r.delivery().settledAt());
            }
            case ReminderEvent.Unanswered u -> new ReminderUnanswered(r.id(), s.dealId(), s.developerId(), s.officeId(),
                    s.unitId(), s.recipient().maskedMobile(), r.kind().name(), s.downPaymentDueDate(), r.dueAt(),
                    r.delivery().sentBy().name(), r.delivery().provider(), r.delivery().sentAt(), r.delivery().settledAt());
        };
    }
}
