package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How the office serves its customers and settles its disputes: lead collisions per week and how they were
 * decided (LEAD-5: the automatic decision upheld, or overridden by the PM); reminders that went unanswered or
 * could not be delivered, and those planned, sent and delivered, per channel; escalations still open and their age.
 */
public record ServiceFigures(List<Week> collisions, List<Channel> reminders, long remindersUnanswered,
        long remindersUndeliverable, long remindersPlanned, long remindersSent, long remindersDelivered,
        List<OpenEscalation> escalations, Long oldestEscalationHours) {

    /** One week (Monday to Sunday, cut to the period): collisions found, and resolved upheld or overridden. */
    public record Week(LocalDate from, LocalDate to, long found, long upheld, long overridden) {

        static Week of(Period week, Figures f) {
            return new Week(week.from(), week.to(), f.count(Count.COLLISIONS), f.count(Count.COLLISIONS_UPHELD),
                    f.count(Count.COLLISIONS_OVERRIDDEN));
        }
    }

    /** One channel's reminders; {@code deliveredPercent} delivered over sent, one decimal (null when none sent). */
    public record Channel(String channel, long planned, long sent, long delivered, BigDecimal deliveredPercent,
            long unanswered, long undeliverable) {
    }

    /** An escalation still open, its age in whole hours as of now. */
    public record OpenEscalation(String officeId, String escalationId, String kind, String dealId, String unitCode,
            Instant raisedAt, long ageHours) {
    }

    /** The weeks of a period, Monday to Sunday, the first and last cut to the period. */
    public static List<Period> weeks(Period period) {
        List<Period> weeks = new ArrayList<>();
        LocalDate start = period.from();
        while (!start.isAfter(period.to())) {
            LocalDate sunday = start.plusDays(7 - start.getDayOfWeek().getValue());
            LocalDate end = sunday.isAfter(period.to()) ? period.to() : sunday;
            weeks.add(new Period(start, end));
            start = end.plusDays(1);
        }
        return weeks;
    }

    /**
     * @param weeks each week's figures, in order
     * @param byChannel per channel, its reminder figures over the period (a reminder tried on two channels that
     *        both failed counts for each)
     * @param period the offices' figures over the period (each reminder once)
     * @param open per office, its open escalations by id
     */
    public static ServiceFigures of(Map<Period, Figures> weeks, Map<String, Figures> byChannel, Figures period,
            Map<String, Map<String, OpenEscalations.Escalation>> open, Instant now) {
        List<Week> collisions = new ArrayList<>();
        weeks.forEach((week, f) -> collisions.add(Week.of(week, f)));
        List<Channel> channels = new ArrayList<>();
        byChannel.forEach((channel, f) -> channels.add(new Channel(channel, f.count(Count.REMINDERS_PLANNED),
                f.count(Count.REMINDERS_SENT), f.count(Count.REMINDERS_DELIVERED),
                Funnel.percent(f.count(Count.REMINDERS_DELIVERED), f.count(Count.REMINDERS_SENT)),
                f.count(Count.REMINDERS_UNANSWERED), f.count(Count.REMINDERS_UNDELIVERABLE))));
        List<OpenEscalation> escalations = new ArrayList<>();
        open.forEach((office, byId) -> byId.forEach((id, e) -> escalations.add(new OpenEscalation(office, id, e.kind(),
                e.dealId(), e.unitCode(), e.raisedAt(), Duration.between(e.raisedAt(), now).toHours()))));
        escalations.sort(Comparator.comparing(OpenEscalation::raisedAt).thenComparing(OpenEscalation::escalationId));
        return new ServiceFigures(List.copyOf(collisions), List.copyOf(channels), period.count(Count.REMINDERS_UNANSWERED),
                period.count(Count.REMINDERS_UNDELIVERABLE), period.count(Count.REMINDERS_PLANNED),
                period.count(Count.REMINDERS_SENT), period.count(Count.REMINDERS_DELIVERED),
                List.copyOf(escalations), escalations.isEmpty() ? null : escalations.getFirst().ageHours());
    }
}
