package com.anchang.notification.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reminder says: the template parameters the providers' approved templates take, and the text
 * as the buyer reads it (the local inbox shows it). Chinese; the offices' own texts (NOTE-1, NOTE-2:
 * office name and phone, amount in figures and 大写, documents, place) come with the planning from deal events.
 */
public final class ReminderText {

    private ReminderText() {
    }

    /** The template parameters, in template order: name, unit, date, days. */
    public static Map<String, String> params(ReminderSchedule schedule, Reminder reminder) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("name", schedule.recipient().name() == null ? "客户" : schedule.recipient().name());
        params.put("unit", schedule.unitId() == null ? "" : schedule.unitId());
        params.put("date", schedule.downPaymentDueDate().toString());
        params.put("days", String.valueOf(reminder.daysBefore()));
        return params;
    }

    public static String text(ReminderSchedule schedule, Reminder reminder) {
        Map<String, String> p = params(schedule, reminder);
        return switch (reminder.kind()) {
            case DOWN_PAYMENT -> "%s您好:您认购的%s首付款将于%s到期(还有%s天),请按时缴纳,并备齐按揭所需材料。"
                    .formatted(p.get("name"), p.get("unit"), p.get("date"), p.get("days"));
        };
    }
}
