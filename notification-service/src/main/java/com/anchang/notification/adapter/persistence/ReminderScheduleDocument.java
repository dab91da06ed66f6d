package com.anchang.notification.adapter.persistence;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.Delivery;
import com.anchang.notification.domain.Instalment;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.support.outbox.OutboxEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A deal's reminder schedule as stored, _id = the deal id (one per deal), with each reminder's delivery,
 * the ids of the incoming events applied to it and the events it caused not yet published (the outbox,
 * ADR 1). Every change after the insert is a compare-and-set on {_id, version}, served by the unique
 * index of those two fields (the embedded store only uses unique indexes matching the query exactly).
 * The due date is an ISO date string: a calendar day has no time zone. The deal's facts the reminders
 * speak of (unit code, down payment's amount, mortgage appointment, cancellation) are stored as told.
 * A consultant's reminder by SMS (NOTE-6) is stored the same way, the consultant as the "buyer", its lead
 * as {@code unitId} and what it speaks of in {@code told}.
 */
@Document("reminder_schedules")
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record ReminderScheduleDocument(
        @Id String id,
        String developerId,
        String officeId,
        String unitId,
        String buyerName,
        String buyerMobile,
        String buyerWechatOpenId,
        Channel buyerPreferredChannel,
        Set<Channel> buyerOptedOut,
        String downPaymentDueDate,
        Instant plannedAt,
        List<ReminderDocument> reminders,
        List<OutboxEntry> outbox,
        List<String> appliedEventIds,
        long version,
        ReminderSchedule.Deal deal,
        List<InstalmentDocument> instalments,
        Map<String, String> told) {

    /** A reminder as stored; {@code about} (an instalment's due date) as an ISO date, absent for other kinds. */
    public record ReminderDocument(String id, ReminderKind kind, int daysBefore, Instant dueAt, Channel channel,
            ReminderStatus status, String skipReason, Delivery delivery, String about) {

        static ReminderDocument of(Reminder r) {
            return new ReminderDocument(r.id(), r.kind(), r.daysBefore(), r.dueAt(), r.channel(), r.status(),
                    r.skipReason(), r.delivery(), r.about() == null ? null : r.about().toString());
        }

        Reminder toDomain(String dealId, int index) {
            // schedules planned before reminders had ids get a stable one from the deal and the position
            String reminderId = id != null ? id : dealId + "-" + index;
            return new Reminder(reminderId, kind, daysBefore, dueAt, channel, status, skipReason,
                    delivery == null ? Delivery.NONE : delivery, about == null ? null : LocalDate.parse(about));
        }
    }

    /** An instalment (分期付款) as the deal told it, its due date as an ISO date (a calendar day has no zone). */
    public record InstalmentDocument(int number, String dueDate, BigDecimal amount, BigDecimal owed) {

        static List<InstalmentDocument> of(List<Instalment> plan) {
            return plan.stream().map(i -> new InstalmentDocument(i.number(), i.dueDate().toString(), i.amount(),
                    i.owed())).toList();
        }

        static List<Instalment> toDomain(List<InstalmentDocument> stored) {
            return stored == null ? List.of() : stored.stream().map(i -> new Instalment(i.number(),
                    LocalDate.parse(i.dueDate()), i.amount(), i.owed())).toList();
        }
    }

    static ReminderScheduleDocument of(ReminderSchedule s, String appliedEventId, List<OutboxEntry> outbox) {
        return new ReminderScheduleDocument(s.dealId(), s.developerId(), s.officeId(), s.unitId(), s.recipient().name(),
                s.recipient().mobile(), s.recipient().wechatOpenId(), s.recipient().preferred(),
                s.recipient().optedOut(), dueDate(s), s.plannedAt(), reminders(s), outbox,
                appliedEventId == null ? List.of() : List.of(appliedEventId), s.version(), s.deal(),
                s.instalments().isEmpty() ? null : InstalmentDocument.of(s.instalments()),
                s.told().isEmpty() ? null : s.told());
    }

    static String dueDate(ReminderSchedule s) {
        return s.downPaymentDueDate() == null ? null : s.downPaymentDueDate().toString();
    }

    static List<ReminderDocument> reminders(ReminderSchedule s) {
        return s.reminders().stream().map(ReminderDocument::of).toList();
    }

    ReminderSchedule toDomain() {
        List<Reminder> restored = new ArrayList<>(reminders.size());
        for (int i = 0; i < reminders.size(); i++) {
            restored.add(reminders.get(i).toDomain(id, i));
        }
        if (restored.stream().anyMatch(r -> r.kind().toConsultant())) {
            return ReminderSchedule.restoreConsultants(id, developerId, officeId, unitId,
                    new Recipient(buyerName, buyerMobile, buyerWechatOpenId, buyerPreferredChannel, buyerOptedOut),
                    plannedAt, restored, version, told);
        }
        return ReminderSchedule.restore(id, developerId, officeId, unitId,
                new Recipient(buyerName, buyerMobile, buyerWechatOpenId, buyerPreferredChannel, buyerOptedOut),
                downPaymentDueDate == null ? null : LocalDate.parse(downPaymentDueDate), plannedAt, restored, version, deal,
                InstalmentDocument.toDomain(instalments));
    }
}
