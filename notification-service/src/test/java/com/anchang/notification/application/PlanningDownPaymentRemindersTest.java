package com.anchang.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.notification.application.PlanningDownPaymentReminders.Outcome;
import com.anchang.notification.application.PlanningDownPaymentReminders.PlanDownPaymentReminders;
import com.anchang.notification.domain.ReminderPolicy;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.notification.domain.ReminderScheduleRepository;
import com.anchang.notification.domain.ReminderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlanningDownPaymentRemindersTest {

    /** Schedules in memory, with the applied event ids beside them as the store keeps them. */
    static class InMemorySchedules implements ReminderScheduleRepository {
        final Map<String, ReminderSchedule> schedules = new HashMap<>();
        final Map<String, List<String>> applied = new HashMap<>();

        @Override
        public Optional<ReminderSchedule> find(String dealId) {
            return Optional.ofNullable(schedules.get(dealId));
        }

        @Override
        public boolean insert(ReminderSchedule schedule, String appliedEventId) {
            if (schedules.putIfAbsent(schedule.dealId(), schedule) != null) {
                return false;
            }
            applied.computeIfAbsent(schedule.dealId(), id -> new ArrayList<>()).add(appliedEventId);
            return true;
        }

        @Override
        public boolean hasApplied(String dealId, String eventId) {
            return applied.getOrDefault(dealId, List.of()).contains(eventId);
        }

        @Override
        public ReminderSchedule save(ReminderSchedule.Change change) {
            throw new UnsupportedOperationException("planning only inserts");
        }
    }

    final InMemorySchedules schedules = new InMemorySchedules();
    final InMemoryDelivery.Queue queue = new InMemoryDelivery.Queue();
    final PlanningDownPaymentReminders planning = new PlanningDownPaymentReminders(schedules, queue,
            officeId -> new ReminderPolicy(List.of(5, 2), LocalTime.of(10, 0), ZoneId.of("Asia/Shanghai")),
            Clock.fixed(Instant.parse("2026-12-18T07:00:00Z"), ZoneOffset.UTC));

    static PlanDownPaymentReminders deposit(String eventId, String due) {
        return new PlanDownPaymentReminders("deal-1", "dev-1", "office-1", "unit-1", "王先生", "13812345678",
                LocalDate.parse(due), eventId);
    }

    @Test
    @DisplayName("NOTE-1: a received deposit plans the reminders with the office's clock; a time already passed is SKIPPED")
    void plansWithTheClock() {
        assertThat(planning.plan(deposit("evt-1", "2026-12-21"))).isEqualTo(Outcome.PLANNED);

        ReminderSchedule schedule = schedules.find("deal-1").orElseThrow();
        assertThat(schedule.reminders()).extracting(r -> r.status())
                .containsExactly(ReminderStatus.SKIPPED, ReminderStatus.PLANNED);
        // NOTE-4: the planned one is in the due queue at its time, the skipped one is not
        assertThat(queue.entries).singleElement().satisfies(e -> {
            assertThat(e.reminderId()).isEqualTo(schedule.reminders().get(1).id());
            assertThat(e.at()).isEqualTo(schedule.reminders().get(1).dueAt());
        });
    }

    @Test
    @DisplayName("NOTE-4: a redelivered deposit event, or another one for the same deal, leaves the one schedule as it is")
    void redeliveryChangesNothing() {
        planning.plan(deposit("evt-1", "2026-12-21"));
        ReminderSchedule first = schedules.find("deal-1").orElseThrow();

        assertThat(planning.plan(deposit("evt-1", "2026-12-21"))).isEqualTo(Outcome.ALREADY_APPLIED);
        assertThat(planning.plan(deposit("evt-2", "2027-01-10"))).isEqualTo(Outcome.ALREADY_SCHEDULED);
        assertThat(schedules.find("deal-1")).containsSame(first);
        assertThat(schedules.applied.get("deal-1")).containsExactly("evt-1");
    }
}
