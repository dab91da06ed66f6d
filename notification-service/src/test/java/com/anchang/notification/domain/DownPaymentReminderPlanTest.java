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
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DownPaymentReminderPlanTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ReminderPolicy DEFAULT = new ReminderPolicy(List.of(5, 2), LocalTime.of(10, 0), SHANGHAI);
    static final LocalDate DUE = LocalDate.parse("2026-12-21");
    /** When the deposit of the golden sample was received. */
    static final Clock DEPOSIT_DAY = Clock.fixed(Instant.parse("2026-11-21T03:30:00Z"), ZoneOffset.UTC);

    @Test
    @DisplayName("NOTE-1: the buyer is reminded 5 and 2 days before the due date, at 10:00 in Shanghai (02:00 UTC)")
    void fiveAndTwoDaysBeforeAtTenInShanghai() {
        List<Reminder> reminders = new DownPaymentReminderPlan(DEFAULT).remindersFor(DUE, Channel.SMS, DEPOSIT_DAY.instant());

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

        List<Reminder> reminders = new DownPaymentReminderPlan(DEFAULT).remindersFor(DUE, Channel.SMS, lateDeposit.instant());

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

        List<Reminder> reminders = new DownPaymentReminderPlan(DEFAULT).remindersFor(DUE, Channel.SMS, tenOclock);

        assertThat(reminders).extracting(Reminder::status).containsExactly(ReminderStatus.SKIPPED, ReminderStatus.SKIPPED);
    }

    @Test
    @DisplayName("office policy: another office's days, send time and zone are used as given, earliest reminder first")
    void anotherOfficesPolicy() {
        ReminderPolicy policy = new ReminderPolicy(List.of(1, 7, 3), LocalTime.of(9, 30), ZoneId.of("Asia/Urumqi"));

        List<Reminder> reminders = new DownPaymentReminderPlan(policy).remindersFor(DUE, Channel.WECHAT, DEPOSIT_DAY.instant());

        assertThat(reminders).extracting(Reminder::daysBefore).containsExactly(7, 3, 1);
        // 09:30 in Urumqi (UTC+6) on 2026-12-14
        assertThat(reminders.getFirst().dueAt()).isEqualTo(Instant.parse("2026-12-14T03:30:00Z"));
        assertThat(reminders).extracting(Reminder::channel).containsOnly(Channel.WECHAT);
    }

    @Test
    @DisplayName("office policy: no days, a day under 1 or a repeated day is refused")
    void policyRefusesNonsense() {
        assertThatThrownBy(() -> new ReminderPolicy(List.of(), LocalTime.NOON, SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderPolicy(List.of(5, 0), LocalTime.NOON, SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderPolicy(List.of(2, 2), LocalTime.NOON, SHANGHAI))
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
}
