package com.anchang.notification.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** Reminder policies for tests: the rulebook's defaults unless a test says otherwise. */
public final class TestPolicies {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 5 and 2 days, 7, 3 and 1 days, 10:00 Shanghai, no SMS 21:00-08:00, no office texts. */
    public static final ReminderPolicy DEFAULT = new ReminderPolicy(List.of(5, 2), List.of(7, 3, 1), LocalTime.of(10, 0),
            SHANGHAI, new ReminderPolicy.QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)), OfficeTexts.NONE);

    private TestPolicies() {
    }

    /** Down-payment days, send time and zone as given; the mortgage days of the rulebook, no quiet hours. */
    public static ReminderPolicy policy(List<Integer> downPaymentDaysBefore, LocalTime sendTime, ZoneId zone) {
        return new ReminderPolicy(downPaymentDaysBefore, List.of(7, 3, 1), sendTime, zone, null, OfficeTexts.NONE);
    }

    /** The defaults with the office's texts. */
    public static ReminderPolicy withTexts(OfficeTexts texts) {
        return new ReminderPolicy(DEFAULT.downPaymentDaysBefore(), DEFAULT.mortgageDaysBefore(), DEFAULT.sendTime(),
                DEFAULT.zone(), DEFAULT.quietHours(), texts);
    }
}
