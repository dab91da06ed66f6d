package com.anchang.notification.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * How an office's reminders read (NOTE-1, NOTE-2, NOTE-3: in the office's name): the office's name and
 * phone, the documents a buyer brings for the mortgage (said with the down-payment reminder), and the
 * office's own template per reminder kind where it has one (else the Chinese default of {@link ReminderText}).
 * Any of them may be null: a template's optional part that speaks of it is then left out.
 */
public record OfficeTexts(String officeName, String officePhone, String mortgageDocuments,
        Map<ReminderKind, String> templates) {

    public static final OfficeTexts NONE = new OfficeTexts(null, null, null, Map.of());

    public OfficeTexts {
        templates = templates == null || templates.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(templates));
    }
}
