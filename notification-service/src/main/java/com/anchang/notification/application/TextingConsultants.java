package com.anchang.notification.application;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.ConsultantContact;
import com.anchang.notification.domain.ConsultantContacts;
import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.notification.domain.DueReminders;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderPolicy;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.support.problem.ConcurrentChangeException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * NOTE-6 "optionally by SMS": a consultant's own reminder (a follow-up due, a protection about to lapse) that
 * goes to their inbox also goes by SMS when they chose it in identity (their mobile and SMS reminders, as
 * identity's {@code identity.staff-contact-changed} told this service). It is planned as a schedule of one
 * reminder and sent by the dispatch that sends the buyers' (ADR 15: claimed under a lease, its id the
 * idempotency reference, receipts, retries), at once or, in the office's quiet hours, at their end; the
 * text is the office's template for the kind, or the Chinese default (see {@code ReminderText}).
 * One SMS per inbox reminder: its schedule's id comes from the reminder's, so a redelivered lead event plans
 * nothing again. A consultant without a mobile, who opted out, or who left: the inbox only; one who turns SMS
 * off or changes their number before a planned SMS went has it withdrawn. An office without an SMS account (the
 * embedded default) sends consultants none: the local inbox stands in for the buyers' providers only, and the
 * consultant has the reminder in the app.
 */
public class TextingConsultants {

    public enum Outcome {
        /** An SMS is planned. */
        PLANNED,
        /** Planned before (a redelivered event). */
        ALREADY_PLANNED,
        /** The consultant is reminded in the app only (no mobile, no SMS chosen, unknown, or left). */
        INBOX_ONLY,
        /** The office has no SMS account to send by: the app only. */
        NO_SMS_ACCOUNT
    }

    private static final int WRITE_ATTEMPTS = 5;

    private final ConsultantContacts contacts;
    private final ReminderScheduleRepository schedules;
    private final DueReminders queue;
    private final DeliveryChannels channels;
    private final ReminderPolicies policies;
    private final Clock clock;

    public TextingConsultants(ConsultantContacts contacts, ReminderScheduleRepository schedules, DueReminders queue,
            DeliveryChannels channels, ReminderPolicies policies, Clock clock) {
        this.contacts = contacts;
        this.schedules = schedules;
        this.queue = queue;
        this.channels = channels;
        this.policies = policies;
        this.clock = clock;
    }

    /** The schedule id of an inbox reminder's SMS. */
    public static String scheduleId(ConsultantReminder reminder) {
        return "sms-" + reminder.id();
    }

    /**
     * @param told what the SMS speaks of, by template parameter ({@code ReminderText.followUpDue}, ...)
     */
    public Outcome text(ConsultantReminder reminder, Map<String, String> told) {
        ReminderKind kind = switch (reminder.kind()) {
            case FOLLOW_UP_DUE -> ReminderKind.FOLLOW_UP_DUE;
            case PROTECTION_LAPSING -> ReminderKind.PROTECTION_LAPSING;
            case COLLISION_WAITING, CLAIM_WAITING -> null; // the office's PM inbox: read in the app
        };
        Optional<ConsultantContact> contact = contacts.of(reminder.consultantId());
        if (kind == null || contact.isEmpty() || !contact.get().wantsSms() || reminder.developerId() == null
                || reminder.officeId() == null) {
            return Outcome.INBOX_ONLY;
        }
        if (!channels.forOffice(reminder.developerId(), reminder.officeId()).containsKey(Channel.SMS)) {
            return Outcome.NO_SMS_ACCOUNT;
        }
        String id = scheduleId(reminder);
        if (schedules.find(id).isPresent()) {
            return Outcome.ALREADY_PLANNED;
        }
        ReminderPolicy policy = policies.forOffice(reminder.officeId());
        Instant now = clock.instant();
        ReminderSchedule schedule = ReminderSchedule.forConsultant(id, reminder.developerId(), reminder.officeId(),
                reminder.subject(), new Recipient(contact.get().displayName(), contact.get().mobile()), kind, told,
                reminder.at(), policy, now);
        var planned = schedule.reminders().getFirst();
        // entered in the due queue before the schedule is written: none is lost (an entry without it sends nothing)
        queue.enter(id, planned.id(), planned.dueAt());
        if (!schedules.insert(schedule, reminder.id())) {
            return Outcome.ALREADY_PLANNED;
        }
        contacts.planned(reminder.consultantId(), id);
        return Outcome.PLANNED;
    }

    /**
     * NOTE-6: identity told the member of staff's contact (a redelivered or older one changes nothing). When they
     * no longer want SMS (turned it off, removed their mobile, left) or changed their number, the SMS planned to
     * them and not sent yet is withdrawn (CANCELLED): nothing goes to a number they took back; the reminder stays
     * in their inbox.
     *
     * @return how many planned SMS were withdrawn, or -1 when the contact was not newer than the one kept
     */
    public int contactChanged(ConsultantContact contact) {
        if (!contacts.record(contact)) {
            return -1;
        }
        int withdrawn = 0;
        for (String id : contacts.planned(contact.userId())) {
            withdrawn += ConcurrentChangeException.retrying(WRITE_ATTEMPTS, () -> withdraw(id, contact));
        }
        return withdrawn;
    }

    private int withdraw(String scheduleId, ConsultantContact contact) {
        Optional<ReminderSchedule> found = schedules.find(scheduleId);
        if (found.isEmpty() || (contact.wantsSms() && contact.mobile().equals(found.get().recipient().mobile()))) {
            return 0;
        }
        ReminderSchedule schedule = found.get();
        Reminder sms = schedule.reminders().getFirst();
        Reminder cancelled = sms.cancel(clock.instant());
        if (cancelled.equals(sms)) {
            return 0; // sent already, or settled
        }
        schedules.save(schedule.change(sms.id(), r -> r.cancel(clock.instant())));
        return 1;
    }
}
