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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * NOTE-6 "optionally by SMS": a consultant's own reminder (a follow-up due, a protection about to lapse) that
 * goes to their inbox, and what waits for the office's PMs (a collision, a claim: to each PM of the office), also
 * goes by SMS when they chose it in identity (their mobile and SMS reminders, as
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

    /** The schedule id of the SMS to one PM of what waits for the office's PMs (a collision, a claim). */
    public static String scheduleId(ConsultantReminder waiting, String pmUserId) {
        return pmScheduleId(waiting.id(), pmUserId);
    }

    private static String pmScheduleId(String waitingId, String pmUserId) {
        return "sms-" + waitingId + "-" + pmUserId;
    }

    /**
     * A consultant's own reminder goes to them; what waits for the office's PMs (a collision, a claim: one inbox
     * entry however often it is told) goes to each member of staff identity last told as PM of the office who
     * wants SMS, once each.
     *
     * @param told what the SMS speaks of, by template parameter ({@code ReminderText.followUpDue}, ...)
     * @return for what waits for the PMs: PLANNED if any SMS was planned now
     */
    public Outcome text(ConsultantReminder reminder, Map<String, String> told) {
        ReminderKind kind = switch (reminder.kind()) {
            case FOLLOW_UP_DUE -> ReminderKind.FOLLOW_UP_DUE;
            case PROTECTION_LAPSING -> ReminderKind.PROTECTION_LAPSING;
            case COLLISION_WAITING -> ReminderKind.COLLISION_WAITING;
            case CLAIM_WAITING -> ReminderKind.CLAIM_WAITING;
        };
        if (reminder.developerId() == null || reminder.officeId() == null) {
            return Outcome.INBOX_ONLY;
        }
        List<ConsultantContact> to = reminder.forThePm() ? contacts.pmsOf(reminder.officeId())
                : contacts.of(reminder.consultantId()).stream().toList();
        to = to.stream().filter(ConsultantContact::wantsSms).toList();
        if (to.isEmpty()) {
            return Outcome.INBOX_ONLY;
        }
        if (!channels.forOffice(reminder.developerId(), reminder.officeId()).containsKey(Channel.SMS)) {
            return Outcome.NO_SMS_ACCOUNT;
        }
        Outcome outcome = Outcome.ALREADY_PLANNED;
        for (ConsultantContact contact : to) {
            String id = reminder.forThePm() ? scheduleId(reminder, contact.userId()) : scheduleId(reminder);
            if (plan(id, reminder, contact, kind, told)) {
                outcome = Outcome.PLANNED;
            }
        }
        return outcome;
    }

    /** @return false when it was planned before */
    private boolean plan(String id, ConsultantReminder reminder, ConsultantContact contact, ReminderKind kind,
            Map<String, String> told) {
        if (schedules.find(id).isPresent()) {
            return false;
        }
        ReminderPolicy policy = policies.forOffice(reminder.officeId());
        Instant now = clock.instant();
        ReminderSchedule schedule = ReminderSchedule.forConsultant(id, reminder.developerId(), reminder.officeId(),
                reminder.subject(), new Recipient(contact.displayName(), contact.mobile()), kind, told, reminder.at(),
                policy, now);
        Reminder planned = schedule.reminders().getFirst();
        // entered in the due queue before the schedule is written: none is lost (an entry without it sends nothing)
        queue.enter(id, planned.id(), planned.dueAt());
        if (!schedules.insert(schedule, reminder.id())) {
            return false;
        }
        contacts.planned(contact.userId(), id);
        return true;
    }

    /**
     * NOTE-6: what waited for the office's PMs was decided (the collision resolved, the claim decided): the SMS
     * about it not sent yet to any PM is withdrawn. @return how many were
     */
    public int decided(String officeId, String waitingId) {
        int withdrawn = 0;
        for (ConsultantContact pm : contacts.pmsOf(officeId)) {
            String id = pmScheduleId(waitingId, pm.userId());
            withdrawn += ConcurrentChangeException.retrying(WRITE_ATTEMPTS, () -> withdraw(id, s -> true));
        }
        return withdrawn;
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
            withdrawn += ConcurrentChangeException.retrying(WRITE_ATTEMPTS, () -> withdraw(id, s -> !contact.wantsSms()
                    || !contact.mobile().equals(s.recipient().mobile())
                    || (waitsForThePm(s) && !contact.pmOffices().contains(s.officeId()))));
        }
        return withdrawn;
    }

    private static boolean waitsForThePm(ReminderSchedule s) {
        ReminderKind kind = s.reminders().getFirst().kind();
        return kind == ReminderKind.COLLISION_WAITING || kind == ReminderKind.CLAIM_WAITING;
    }

    /** Cancels the SMS of the schedule if it is not sent yet and {@code when} holds. @return 1 if it was cancelled */
    private int withdraw(String scheduleId, Predicate<ReminderSchedule> when) {
        Optional<ReminderSchedule> found = schedules.find(scheduleId);
        if (found.isEmpty() || !when.test(found.get())) {
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
