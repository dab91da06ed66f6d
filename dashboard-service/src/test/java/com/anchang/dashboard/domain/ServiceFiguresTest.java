package com.anchang.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServiceFiguresTest {

    @Test
    @DisplayName("a period's weeks run Monday to Sunday, the first and last cut to the period")
    void weeks() {
        // 2026-11-04 is a Wednesday, 2026-11-20 a Friday
        List<Period> weeks = ServiceFigures.weeks(new Period(LocalDate.parse("2026-11-04"), LocalDate.parse("2026-11-20")));
        assertThat(weeks).containsExactly(
                new Period(LocalDate.parse("2026-11-04"), LocalDate.parse("2026-11-08")),
                new Period(LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-15")),
                new Period(LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-20")));
    }

    @Test
    @DisplayName("collisions per week by decision, reminders per channel (each reminder once in the totals), escalations oldest first with their age in hours")
    void figures() {
        Map<Period, Figures> weeks = new LinkedHashMap<>();
        Period w1 = new Period(LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-15"));
        weeks.put(w1, Figures.ZERO.plus(Count.COLLISIONS, 3).plus(Count.COLLISIONS_UPHELD, 2)
                .plus(Count.COLLISIONS_OVERRIDDEN, 1));
        Map<String, Figures> channels = new LinkedHashMap<>();
        channels.put("SMS", Figures.one(Count.REMINDERS_UNDELIVERABLE).plus(Count.REMINDERS_UNANSWERED, 2)
                .plus(Count.REMINDERS_PLANNED, 9).plus(Count.REMINDERS_SENT, 8).plus(Count.REMINDERS_DELIVERED, 5));
        channels.put("WECHAT", Figures.one(Count.REMINDERS_UNDELIVERABLE));
        Figures period = Figures.one(Count.REMINDERS_UNDELIVERABLE).plus(Count.REMINDERS_UNANSWERED, 2)
                .plus(Count.REMINDERS_PLANNED, 9).plus(Count.REMINDERS_SENT, 8).plus(Count.REMINDERS_DELIVERED, 5);
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        Map<String, Map<String, OpenEscalations.Escalation>> open = Map.of("office-1", Map.of(
                "esc-2", new OpenEscalations.Escalation("CHEQUE_BOUNCED", "deal-2", "1-102", Instant.parse("2026-11-19T12:00:00Z")),
                "esc-1", new OpenEscalations.Escalation("DOWN_PAYMENT_OVERDUE", "deal-1", "1-101",
                        Instant.parse("2026-11-17T02:30:00Z"))));

        ServiceFigures service = ServiceFigures.of(weeks, channels, period, open, now);

        assertThat(service.collisions()).containsExactly(new ServiceFigures.Week(w1.from(), w1.to(), 3, 2, 1));
        assertThat(service.reminders()).containsExactly(
                new ServiceFigures.Channel("SMS", 9, 8, 5, new BigDecimal("62.5"), 2, 1),
                new ServiceFigures.Channel("WECHAT", 0, 0, 0, null, 0, 1));
        assertThat(service.remindersUndeliverable()).isEqualTo(1);
        assertThat(List.of(service.remindersPlanned(), service.remindersSent(), service.remindersDelivered()))
                .containsExactly(9L, 8L, 5L);
        assertThat(service.escalations()).extracting(ServiceFigures.OpenEscalation::escalationId)
                .containsExactly("esc-1", "esc-2");
        assertThat(service.oldestEscalationHours()).isEqualTo(81);
        assertThat(service.escalations().get(1).ageHours()).isEqualTo(24);
    }
}
