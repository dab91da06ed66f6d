package com.anchang.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.test.Aggregates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ReminderPolicy DEFAULT = TestPolicies.DEFAULT;
    static final LocalDate DUE = LocalDate.parse("2026-12-21");
    /** When the deposit of the golden sample was received. */
    static final Clock DEPOSIT_DAY = Clock.fixed(Instant.parse("2026-11-21T03:30:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("NOTE-1: the buyer is reminded 5 and 2 days before the due date, at 10:00 in Shanghai (02:00 UTC)")
    void fiveAndTwoDaysBeforeAtTenInShanghai() {
        List<Reminder> reminders = new ReminderPlan(DEFAULT).remindersFor(DUE, Channel.SMS, DEPOSIT_DAY.instant());

        assertThat(reminders).extracting(Reminder::daysBefore).containsExactly(5, 2);
        assertThat(reminders).extracting(Reminder::dueAt).containsExactly(
                Instant.parse("2026-12-16T02:00:00Z"), Instant.parse("2026-12-19T02:00:00Z"));
        assertThat(reminders).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(ReminderKind.DOWN_PAYMENT);
            assertThat(r.channel()).isEqualTo(Channel.SMS);
            assertThat(r.status()).isEqualTo(ReminderStatus.PLANNED);
            assertThat(r.skipReason()).isNull();
        });
    }

    @Test
    @DisplayName("NOTE-1: a reminder whose time has already passed when planned is SKIPPED, saying why; the later one is still planned")
    void pastReminderSkipped() {
        // the deposit is taken 3 days before the due date: the 5-days-before reminder is already late
        Clock lateDeposit = Clock.fixed(Instant.parse("2026-12-18T07:00:00Z"), ZoneOffset.UTC);

        List<Reminder> reminders = new ReminderPlan(DEFAULT).remindersFor(DUE, Channel.SMS, lateDeposit.instant());

        assertThat(reminders.get(0).status()).isEqualTo(ReminderStatus.SKIPPED);
        assertThat(reminders.get(0).skipReason())
                .isEqualTo("its time 2026-12-16 10:00 Asia/Shanghai had passed when it was planned at 2026-12-18 15:00");
        assertThat(reminders.get(1).status()).isEqualTo(ReminderStatus.PLANNED);
        assertThat(reminders.get(1).dueAt()).isEqualTo(Instant.parse("2026-12-19T02:00:00Z"));
    }

    @Test
    @DisplayName("NOTE-1: a reminder due exactly now is not planned for the past either")
    void reminderDueNowSkipped() {
        Instant tenOclock = Instant.parse("2026-12-19T02:00:00Z");

        List<Reminder> reminders = new ReminderPlan(DEFAULT).remindersFor(DUE, Channel.SMS, tenOclock);

        assertThat(reminders).extracting(Reminder::status).containsExactly(ReminderStatus.SKIPPED, ReminderStatus.SKIPPED);
    }

    @Test
    @DisplayName("office policy: another office's days, send time and zone are used as given, earliest reminder first")
    void anotherOfficesPolicy() {
        ReminderPolicy policy = TestPolicies.policy(List.of(1, 7, 3), LocalTime.of(9, 30), ZoneId.of("Asia/Urumqi"));

        List<Reminder> reminders = new ReminderPlan(policy).remindersFor(DUE, Channel.WECHAT, DEPOSIT_DAY.instant());

        assertThat(reminders).extracting(Reminder::daysBefore).containsExactly(7, 3, 1);
        // 09:30 in Urumqi (UTC+6) on 2026-12-14
        assertThat(reminders.getFirst().dueAt()).isEqualTo(Instant.parse("2026-12-14T03:30:00Z"));
        assertThat(reminders).extracting(Reminder::channel).containsOnly(Channel.WECHAT);
    }

    @Test
    @DisplayName("office policy: no days, a day under 1 or a repeated day, quiet hours of no length are refused")
    void policyRefusesNonsense() {
        assertThatThrownBy(() -> TestPolicies.policy(List.of(), LocalTime.NOON, SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderPolicy(List.of(5), List.of(3, 0), LocalTime.NOON, SHANGHAI, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderPolicy.QuietHours(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestPolicies.policy(List.of(5, 0), LocalTime.NOON, SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TestPolicies.policy(List.of(2, 2), LocalTime.NOON, SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("NOTE-1, NOTE-3: a deal's schedule is identified by the deal, reaches the buyer by SMS")
    void scheduleOfADeal() {
        ReminderSchedule schedule = ReminderSchedule.forDownPayment("deal-7d0c9a1e", "dev-huaxin", "office-binjiang",
                "unit-3-1802", new Recipient("王先生", "13812345678"), DUE, DEFAULT, DEPOSIT_DAY.instant());

        assertThat(schedule.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(schedule.reminders()).hasSize(2).extracting(Reminder::channel).containsOnly(Channel.SMS);
        assertThat(schedule.plannedAt()).isEqualTo(DEPOSIT_DAY.instant());
    }

    @Test
    @DisplayName("NOTE-1: a reminder schedule is rebuilt from storage by ReminderSchedule.restore only; no public constructor puts reminders in place past the plan")
    void rebuiltOnlyByRestore() {
        Aggregates.assertNoBackDoor(ReminderSchedule.class);
    }

    /** The golden sample's appointment: 2027-01-08 09:30 in Shanghai. */
    static final LocalDate APPOINTMENT_DAY = LocalDate.parse("2027-01-08");
    static final Instant APPOINTMENT_SET = Instant.parse("2026-12-22T02:00:00Z");

    @Test
    @DisplayName("NOTE-2: the buyer is reminded 7, 3 and 1 days before the mortgage appointment, at 10:00 in Shanghai")
    void mortgageSevenThreeOneDaysBefore() {
        List<Reminder> reminders = new ReminderPlan(DEFAULT).remindersFor(ReminderKind.MORTGAGE, APPOINTMENT_DAY,
                Channel.WECHAT, APPOINTMENT_SET);

        assertThat(reminders).extracting(Reminder::kind).containsOnly(ReminderKind.MORTGAGE);
        assertThat(reminders).extracting(Reminder::daysBefore).containsExactly(7, 3, 1);
        assertThat(reminders).extracting(Reminder::dueAt).containsExactly(Instant.parse("2027-01-01T02:00:00Z"),
                Instant.parse("2027-01-05T02:00:00Z"), Instant.parse("2027-01-07T02:00:00Z"));
        assertThat(reminders).extracting(Reminder::status).containsOnly(ReminderStatus.PLANNED);
    }

    @Test
    @DisplayName("NOTE-4: quiet hours 21:00-08:00 move an SMS planned at 21:30 to 08:00 the next morning; WeChat keeps its time")
    void quietHoursMoveAnSmsToTheNextAllowedTime() {
        ReminderPolicy evening = new ReminderPolicy(List.of(5, 2), List.of(1), LocalTime.of(21, 30), SHANGHAI,
                new ReminderPolicy.QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)), null);

        List<Reminder> sms = new ReminderPlan(evening).remindersFor(DUE, Channel.SMS, DEPOSIT_DAY.instant());
        List<Reminder> wechat = new ReminderPlan(evening).remindersFor(DUE, Channel.WECHAT, DEPOSIT_DAY.instant());

        // 2026-12-16 21:30 → 2026-12-17 08:00 in Shanghai (00:00 UTC)
        assertThat(sms).extracting(Reminder::dueAt).containsExactly(Instant.parse("2026-12-17T00:00:00Z"),
                Instant.parse("2026-12-20T00:00:00Z"));
        assertThat(wechat).extracting(Reminder::dueAt).containsExactly(Instant.parse("2026-12-16T13:30:00Z"),
                Instant.parse("2026-12-19T13:30:00Z"));
    }

    @Test
    @DisplayName("NOTE-4: quiet hours across midnight and within a day: an early send goes at their end the same day")
    void quietHoursBothWays() {
        ReminderPolicy.QuietHours night = new ReminderPolicy.QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
        ReminderPolicy.QuietHours lunch = new ReminderPolicy.QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0));
        ZonedDateTime morning = LocalDate.parse("2026-12-16").atTime(6, 0).atZone(SHANGHAI);

        assertThat(night.nextAllowed(morning)).isEqualTo(morning.withHour(8));
        assertThat(night.nextAllowed(morning.withHour(10))).isEqualTo(morning.withHour(10));
        assertThat(night.nextAllowed(morning.withHour(21))).isEqualTo(morning.plusDays(1).withHour(8));
        assertThat(lunch.nextAllowed(morning.withHour(12).withMinute(30))).isEqualTo(morning.withHour(14));
        assertThat(lunch.nextAllowed(morning.withHour(14))).isEqualTo(morning.withHour(14));
    }
}
