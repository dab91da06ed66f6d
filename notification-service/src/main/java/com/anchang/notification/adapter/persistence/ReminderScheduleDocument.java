package com.anchang.notification.adapter.persistence;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.Reminder;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A deal's reminder schedule as stored, _id = the deal id (one per deal), with the ids of the
 * incoming events applied to it. The unique {_id, version} index is there for the compare-and-set
 * writes that sending will make (the embedded store only uses unique indexes matching the query
 * exactly). The due date is an ISO date string: a calendar day has no time zone.
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
        String downPaymentDueDate,
        Instant plannedAt,
        List<ReminderDocument> reminders,
        List<String> appliedEventIds,
        long version) {

    public record ReminderDocument(ReminderKind kind, int daysBefore, Instant dueAt, Channel channel,
            ReminderStatus status, String skipReason) {

        static ReminderDocument of(Reminder r) {
            return new ReminderDocument(r.kind(), r.daysBefore(), r.dueAt(), r.channel(), r.status(), r.skipReason());
        }

        Reminder toDomain() {
            return new Reminder(kind, daysBefore, dueAt, channel, status, skipReason);
        }
    }

    static ReminderScheduleDocument of(ReminderSchedule s, String appliedEventId) {
        return new ReminderScheduleDocument(s.dealId(), s.developerId(), s.officeId(), s.unitId(), s.recipient().name(),
                s.recipient().mobile(), s.downPaymentDueDate().toString(), s.plannedAt(),
                s.reminders().stream().map(ReminderDocument::of).toList(),
                appliedEventId == null ? List.of() : List.of(appliedEventId), s.version());
    }

    ReminderSchedule toDomain() {
        return ReminderSchedule.restore(id, developerId, officeId, unitId, new Recipient(buyerName, buyerMobile),
                LocalDate.parse(downPaymentDueDate), plannedAt,
                reminders.stream().map(ReminderDocument::toDomain).toList(), version);
    }
}
