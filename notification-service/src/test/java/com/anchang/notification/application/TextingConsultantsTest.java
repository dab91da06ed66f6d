package com.anchang.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.ConsultantContact;
import com.anchang.notification.domain.ConsultantContacts;
import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.notification.domain.OfficeTexts;
import com.anchang.notification.domain.ReminderKind;
import com.anchang.notification.domain.ReminderPolicies;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.notification.domain.ReminderText;
import com.anchang.notification.domain.TestPolicies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextingConsultantsTest {

    /** 10:00 in Shanghai. */
    static final Instant MORNING = Instant.parse("2026-11-25T02:00:00Z");
    /** 22:00 in Shanghai, in the default quiet hours (21:00-08:00). */
    static final Instant NIGHT = Instant.parse("2026-11-25T14:00:00Z");

    final InMemoryDelivery.Schedules schedules = new InMemoryDelivery.Schedules();
    final InMemoryDelivery.Queue queue = new InMemoryDelivery.Queue();
    final InMemoryDelivery.ScriptedChannel sms = new InMemoryDelivery.ScriptedChannel(Channel.SMS, "ALIBABA");
    final Contacts contacts = new Contacts();
    ReminderPolicies policies = office -> TestPolicies.DEFAULT;
    DeliveryChannels channels = (developer, office) -> Map.of(Channel.SMS, sms);

    static final class Contacts implements ConsultantContacts {
        final Map<String, ConsultantContact> byUser = new HashMap<>();
        final Map<String, List<String>> planned = new HashMap<>();

        @Override
        public boolean record(ConsultantContact contact) {
            ConsultantContact kept = byUser.get(contact.userId());
            if (kept != null && kept.sequence() >= contact.sequence()) {
                return false;
            }
            byUser.put(contact.userId(), contact);
            return true;
        }

        @Override
        public Optional<ConsultantContact> of(String userId) {
            return Optional.ofNullable(byUser.get(userId));
        }

        @Override
        public List<ConsultantContact> pmsOf(String officeId) {
            return byUser.values().stream().filter(c -> c.pmOffices().contains(officeId))
                    .sorted(java.util.Comparator.comparing(ConsultantContact::userId)).toList();
        }

        @Override
        public void planned(String userId, String scheduleId) {
            planned.computeIfAbsent(userId, u -> new ArrayList<>()).add(scheduleId);
        }

        @Override
        public List<String> planned(String userId) {
            return planned.getOrDefault(userId, List.of());
        }
    }

    TextingConsultants texting(Instant now) {
        return new TextingConsultants(contacts, schedules, queue, channels, office -> policies.forOffice(office),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    DispatchingReminders dispatch() {
        return new DispatchingReminders(schedules, queue, channels,
                new InMemoryDelivery.Messages(), new InMemoryDelivery.Rates(), DispatchingRemindersTest.POLICY,
                office -> policies.forOffice(office), "instance-a", Duration.ofMinutes(1), 2);
    }

    static ConsultantReminder followUpDue(String eventId, String consultant, Instant at) {
        return ConsultantReminder.followUpDue(eventId, consultant, "dev-huaxin", "office-binjiang", "lead-5b1f2c0e", 0, 3,
                LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-28"), at);
    }

    static Map<String, String> told() {
        return ReminderText.followUpDue("lead-5b1f2c0e", 0, 3, LocalDate.parse("2026-11-27"),
                LocalDate.parse("2026-11-28"));
    }

    void liNa(boolean sms, boolean employed, long sequence) {
        contacts.record(new ConsultantContact("u-li", "李娜", "13912345678", sms, employed, sequence, MORNING));
    }

    @Test
    @DisplayName("NOTE-6: a consultant who chose SMS gets their follow-up reminder by SMS too, once: the template's "
            + "parameters and the Chinese default text; a redelivered lead event sends nothing again and no deal event is caused")
    void followUpBySmsOnce() {
        liNa(true, true, 3);
        ConsultantReminder reminder = followUpDue("evt-1", "u-li", MORNING);

        assertThat(texting(MORNING).text(reminder, told())).isEqualTo(TextingConsultants.Outcome.PLANNED);
        assertThat(texting(MORNING).text(reminder, told())).as("redelivered").isEqualTo(
                TextingConsultants.Outcome.ALREADY_PLANNED);
        DispatchingReminders.Run run = dispatch().run(MORNING);

        assertThat(run.sent()).isEqualTo(1);
        assertThat(sms.messages).singleElement().satisfies(m -> {
            assertThat(m.mobile()).isEqualTo("13912345678");
            assertThat(m.kind()).isEqualTo(ReminderKind.FOLLOW_UP_DUE);
            assertThat(m.params()).containsExactly(Map.entry("name", "李娜"), Map.entry("lead", "lead-5b1f2c0e"),
                    Map.entry("logged", "0"), Map.entry("minimum", "3"), Map.entry("protectedUntil", "2026-11-27"),
                    Map.entry("releasedOn", "2026-11-28"), Map.entry("office", ""), Map.entry("phone", ""));
            assertThat(m.text()).isEqualTo("李娜您好:客户lead-5b1f2c0e该跟进了(已跟进0次,至少需3次);保护期至2026-11-27,"
                    + "如无跟进记录,将于2026-11-28释放。");
        });
        assertThat(schedules.find(TextingConsultants.scheduleId(reminder)).orElseThrow().reminders().getFirst().status())
                .isEqualTo(ReminderStatus.SENT);
        assertThat(schedules.outbox).as("no deal to tell of").isEmpty();
        assertThat(dispatch().run(MORNING.plusSeconds(60)).idle()).as("never twice").isTrue();
        assertThat(sms.sends).hasSize(1);
    }

    @Test
    @DisplayName("NOTE-6, NOTE-4: a consultant's SMS that falls in the office's quiet hours goes at their end, not at night")
    void quietHoursMoveIt() {
        liNa(true, true, 3);
        ConsultantReminder reminder = followUpDue("evt-2", "u-li", NIGHT);

        texting(NIGHT).text(reminder, told());

        assertThat(schedules.find(TextingConsultants.scheduleId(reminder)).orElseThrow().reminders().getFirst().dueAt())
                .as("08:00 the next morning in Shanghai").isEqualTo(Instant.parse("2026-11-26T00:00:00Z"));
        assertThat(dispatch().run(NIGHT.plusSeconds(60)).idle()).as("nothing at night").isTrue();
        assertThat(sms.sends).isEmpty();
        assertThat(dispatch().run(Instant.parse("2026-11-26T00:00:00Z")).sent()).isEqualTo(1);
    }

    @Test
    @DisplayName("NOTE-6: a consultant who turns SMS off, or changes their number, before a planned SMS went (waiting "
            + "for the end of the quiet hours) has it withdrawn; one already sent stays sent; an older contact told late changes nothing")
    void withdrawnWhenTheContactChanges() {
        liNa(true, true, 3);
        ConsultantReminder sent = followUpDue("evt-7", "u-li", MORNING);
        texting(MORNING).text(sent, told());
        dispatch().run(MORNING);
        ConsultantReminder waiting = followUpDue("evt-8", "u-li", NIGHT);
        texting(NIGHT).text(waiting, told());

        assertThat(texting(NIGHT).contactChanged(new ConsultantContact("u-li", "李娜", "13912345678", true, true, 2,
                MORNING))).as("older, told late").isEqualTo(-1);
        assertThat(texting(NIGHT).contactChanged(new ConsultantContact("u-li", "李娜", "13800000000", true, true, 4,
                NIGHT))).as("a new number").isEqualTo(1);

        assertThat(schedules.find(TextingConsultants.scheduleId(waiting)).orElseThrow().reminders().getFirst().status())
                .isEqualTo(ReminderStatus.CANCELLED);
        assertThat(schedules.find(TextingConsultants.scheduleId(sent)).orElseThrow().reminders().getFirst().status())
                .isEqualTo(ReminderStatus.SENT);
        assertThat(dispatch().run(Instant.parse("2026-11-26T00:00:00Z")).sent()).as("nothing in the morning").isZero();
        assertThat(sms.sends).hasSize(1);
        assertThat(schedules.outbox).isEmpty();
    }

    @Test
    @DisplayName("NOTE-6: no SMS to a consultant who opted out, who left, or of whom identity told nothing, nor for what "
            + "waits for the PM, nor where the office has no SMS account: the inbox only")
    void inboxOnly() {
        liNa(false, true, 3);
        assertThat(texting(MORNING).text(followUpDue("evt-3", "u-li", MORNING), told()))
                .isEqualTo(TextingConsultants.Outcome.INBOX_ONLY);
        liNa(true, false, 4);
        assertThat(texting(MORNING).text(followUpDue("evt-4", "u-li", MORNING), told()))
                .as("left").isEqualTo(TextingConsultants.Outcome.INBOX_ONLY);
        assertThat(texting(MORNING).text(followUpDue("evt-5", "u-unknown", MORNING), told()))
                .isEqualTo(TextingConsultants.Outcome.INBOX_ONLY);
        assertThat(texting(MORNING).text(ConsultantReminder.collisionWaiting("col-1", "dev-huaxin", "office-binjiang",
                "lead-1", "u-li", "u-zhao", "u-li", MORNING), Map.of())).isEqualTo(TextingConsultants.Outcome.INBOX_ONLY);
        liNa(true, true, 5);
        channels = (developer, office) -> Map.of(Channel.LOCAL, sms);
        assertThat(texting(MORNING).text(followUpDue("evt-6", "u-li", MORNING), told()))
                .as("the office has no SMS account (the embedded default)").isEqualTo(TextingConsultants.Outcome.NO_SMS_ACCOUNT);
        assertThat(schedules.byDeal).isEmpty();
        assertThat(dispatch().run(MORNING).idle()).isTrue();
    }

    @Test
    @DisplayName("NOTE-6, LEAD-5, COMM-3: what waits for the office's PMs goes by SMS to each PM of the office who chose "
            + "it, once however often it is told; decided before it went (waiting for the morning), it is withdrawn")
    void whatWaitsForThePm() {
        contacts.record(new ConsultantContact("u-pm", "王经理", "13700000001", true, true, 2, MORNING,
                java.util.Set.of("office-binjiang")));
        contacts.record(new ConsultantContact("u-pm-quiet", "赵经理", "13700000002", false, true, 2, MORNING,
                java.util.Set.of("office-binjiang")));
        contacts.record(new ConsultantContact("u-pm-elsewhere", "钱经理", "13700000003", true, true, 2, MORNING,
                java.util.Set.of("office-xihu")));
        ConsultantReminder collision = ConsultantReminder.collisionWaiting("col-1", "dev-huaxin", "office-binjiang",
                "lead-1", "u-li", "u-zhao", "u-li", MORNING);
        Map<String, String> collisionTold = ReminderText.collisionWaiting("lead-1", "u-li", "u-zhao", "u-li");

        assertThat(texting(MORNING).text(collision, collisionTold)).isEqualTo(TextingConsultants.Outcome.PLANNED);
        assertThat(texting(MORNING).text(collision, collisionTold)).as("told again")
                .isEqualTo(TextingConsultants.Outcome.ALREADY_PLANNED);
        dispatch().run(MORNING);

        assertThat(sms.messages).singleElement().satisfies(m -> {
            assertThat(m.mobile()).isEqualTo("13700000001");
            assertThat(m.kind()).isEqualTo(ReminderKind.COLLISION_WAITING);
            assertThat(m.text()).isEqualTo("王经理您好:撞单待确认,客户lead-1由u-li登记,u-zhao再次登记;按规则由u-li跟进,"
                    + "请在系统中确认或改判。");
        });

        ConsultantReminder claim = ConsultantReminder.claimWaiting("claim-1", "dev-huaxin", "office-binjiang", "deal-1",
                "u-zhao", NIGHT);
        assertThat(texting(NIGHT).text(claim, ReminderText.claimWaiting("u-zhao", "deal-1")))
                .isEqualTo(TextingConsultants.Outcome.PLANNED);
        assertThat(texting(NIGHT).decided("office-binjiang", "claim-1")).as("decided at night").isEqualTo(1);
        assertThat(dispatch().run(Instant.parse("2026-11-26T00:00:00Z")).sent()).as("nothing in the morning").isZero();
        assertThat(sms.sends).hasSize(1);
        assertThat(schedules.outbox).isEmpty();
    }

    @Test
    @DisplayName("NOTE-6: the office's own template for consultants' reminders, in its name, is used where it has one")
    void officeTemplate() {
        policies = office -> TestPolicies.withTexts(new OfficeTexts("滨江府售楼处", "0571-88886666", null,
                Map.of(ReminderKind.PROTECTION_LAPSING, "{office}提醒{name}:客户{lead}将于{releasedOn}释放")));
        liNa(true, true, 3);
        ConsultantReminder reminder = ConsultantReminder.protectionLapsing("evt-6", "u-li", "dev-huaxin",
                "office-binjiang", "lead-77", LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-28"), MORNING);

        texting(MORNING).text(reminder, ReminderText.protectionLapsing("lead-77", LocalDate.parse("2026-11-27"),
                LocalDate.parse("2026-11-28")));
        dispatch().run(MORNING);

        assertThat(sms.messages).singleElement().extracting(Outgoing::text)
                .isEqualTo("滨江府售楼处提醒李娜:客户lead-77将于2026-11-28释放");
    }
}
