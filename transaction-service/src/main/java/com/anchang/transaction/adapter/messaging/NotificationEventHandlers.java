package com.anchang.transaction.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.notification.ReminderUnanswered;
import com.anchang.events.notification.ReminderUndeliverable;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.PoisonEventException;
import com.anchang.transaction.application.NotingBuyerNotReached;
import com.anchang.transaction.application.NotingUnitHeld;
import com.anchang.transaction.domain.Escalation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * notification-service's reports of a buyer it could not reach (DEAL-7), translated into entries on the
 * PM's escalation list here; each applied once per event id.
 */
@Configuration(proxyBeanMethods = false)
public class NotificationEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(NotificationEventHandlers.class);

    @Bean
    EventHandler<ReminderUndeliverable> noteReminderUndeliverable(NotingBuyerNotReached noting) {
        return EventHandler.of(Topics.NOTIFICATION, ReminderUndeliverable.TYPE, ReminderUndeliverable.VERSION,
                ReminderUndeliverable.class, (event, envelope) -> logged(noting.note(new NotingBuyerNotReached
                        .BuyerNotReached(required(event.dealId(), event.reminderId(), event.decidedAt()),
                        Escalation.Kind.BUYER_UNREACHABLE, event.reminderId(), undeliverable(event), event.decidedAt(),
                        envelope.eventId())), envelope.eventId(), event.dealId()));
    }

    @Bean
    EventHandler<ReminderUnanswered> noteReminderUnanswered(NotingBuyerNotReached noting) {
        return EventHandler.of(Topics.NOTIFICATION, ReminderUnanswered.TYPE, ReminderUnanswered.VERSION,
                ReminderUnanswered.class, (event, envelope) -> logged(noting.note(new NotingBuyerNotReached
                        .BuyerNotReached(required(event.dealId(), event.reminderId(), event.decidedAt()),
                        Escalation.Kind.REMINDER_UNANSWERED, event.reminderId(), "the " + kind(event.reminderKind())
                        + " reminder" + due(event.dueDate()) + " went out by " + event.channel() + " ("
                        + event.provider() + ") to " + event.buyerMaskedMobile() + " at " + event.sentAt()
                        + "; no delivery receipt came back", event.decidedAt(), envelope.eventId())),
                        envelope.eventId(), event.dealId()));
    }

    /** What the PM reads of an undeliverable reminder: which, when due, the masked mobile, each channel and why it failed. */
    public static String undeliverable(ReminderUndeliverable event) {
        List<String> tried = new ArrayList<>(event.reasons() == null || event.reasons().isEmpty()
                ? (event.channelsTried() == null ? List.of() : event.channelsTried()) : event.reasons());
        return "the " + kind(event.reminderKind()) + " reminder" + due(event.dueDate()) + " reached the buyer ("
                + event.buyerMaskedMobile() + ") on no channel" + (tried.isEmpty() ? "" : ": " + String.join("; ", tried));
    }

    private static String kind(String reminderKind) {
        return reminderKind == null ? "" : reminderKind.toLowerCase().replace('_', ' ');
    }

    private static String due(LocalDate dueDate) {
        return dueDate == null ? "" : " (due " + dueDate + ")";
    }

    private static String required(String dealId, String reminderId, Instant decidedAt) {
        if (dealId == null || reminderId == null || decidedAt == null) {
            throw new PoisonEventException("a reminder report without dealId, reminderId or decidedAt");
        }
        return dealId;
    }

    private static void logged(NotingUnitHeld.Outcome outcome, String eventId, String dealId) {
        switch (outcome) {
            case UNKNOWN_DEAL -> log.info("a reminder report for deal {}, which this service does not know; skipped",
                    dealId);
            case ALREADY_APPLIED -> log.info("reminder report {} for deal {} was applied before; skipped", eventId, dealId);
            case APPLIED -> log.debug("deal {} noted reminder report {}", dealId, eventId);
        }
    }
}
