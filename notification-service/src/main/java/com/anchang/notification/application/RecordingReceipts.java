package com.anchang.notification.application;

import com.anchang.notification.domain.DeliveryRates;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderMessages;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * NOTE-3, NOTE-4: a provider's delivery receipt (Alibaba's status report, Tencent's status callback,
 * WeChat's send-job-finished event) moves a SENT reminder to DELIVERED or FAILED. Providers redeliver
 * receipts: the second one finds the reminder settled and changes nothing. A FAILED reminder falls
 * back to the other channel at once (it is entered as due now); with none left it becomes undeliverable.
 */
public class RecordingReceipts {

    /**
     * @param provider ALIBABA, TENCENT or WECHAT
     * @param messageId the provider's message id the receipt names
     * @param detail the provider's status code and text
     * @param at when the provider says it happened (or when it arrived)
     */
    public record Receipt(String provider, String messageId, boolean delivered, String detail, Instant at) {
    }

    public enum Outcome {
        RECORDED,
        /** A redelivery, or a receipt for a message superseded since: nothing changed. */
        ALREADY_RECORDED,
        /** No reminder was sent as this message (another system's, or not remembered yet). */
        UNKNOWN_MESSAGE
    }

    private final ReminderScheduleRepository schedules;
    private final ReminderMessages messages;
    private final DueReminders queue;
    private final DeliveryRates rates;
    private final ReminderPolicies offices;

    public RecordingReceipts(ReminderScheduleRepository schedules, ReminderMessages messages, DueReminders queue,
            DeliveryRates rates, ReminderPolicies offices) {
        this.schedules = schedules;
        this.messages = messages;
        this.queue = queue;
        this.rates = rates;
        this.offices = offices;
    }

    public Outcome record(Receipt receipt, Instant now) {
        Optional<ReminderMessages.Sent> sent = messages.find(receipt.provider(), receipt.messageId());
        if (sent.isEmpty()) {
            return Outcome.UNKNOWN_MESSAGE;
        }
        String dealId = sent.get().dealId();
        String reminderId = sent.get().reminderId();
        return ConcurrentChangeException.retrying(8, () -> {
            Optional<ReminderSchedule> schedule = schedules.find(dealId);
            Optional<Reminder> reminder = schedule.flatMap(s -> s.reminder(reminderId));
            if (reminder.isEmpty()) {
                return Outcome.UNKNOWN_MESSAGE;
            }
            Reminder after = reminder.get().receipt(receipt.messageId(), receipt.delivered(), receipt.detail(),
                    receipt.at() == null ? now : receipt.at());
            if (after == reminder.get()) {
                return Outcome.ALREADY_RECORDED;
            }
            count(schedule.get(), reminder.get(), after);
            if (after.status() == ReminderStatus.FAILED) {
                queue.enter(dealId, reminderId, now); // the fallback channel, or undeliverable, at the next run
            }
            schedules.save(schedule.get().change(reminderId, r -> after));
            return Outcome.RECORDED;
        });
    }

    /** Counted before the receipt is written, once per reminder, channel and result (a redelivery counts nothing). */
    private void count(ReminderSchedule schedule, Reminder before, Reminder after) {
        DeliveryRates.Result result = after.status() == ReminderStatus.DELIVERED ? DeliveryRates.Result.DELIVERED
                : after.status() == ReminderStatus.FAILED ? DeliveryRates.Result.FAILED : null;
        Instant sentAt = before.delivery().sentAt();
        if (result == null || sentAt == null || before.delivery().sentBy() == null) {
            return;
        }
        LocalDate day = sentAt.atZone(offices.forOffice(schedule.officeId()).zone()).toLocalDate();
        rates.count(schedule.developerId(), schedule.officeId(), day, before.delivery().sentBy(), before.id(), result);
    }
}
