package com.anchang.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.notification.application.PlanningReminders.DealRef;
import com.anchang.notification.application.PlanningReminders.DownPaymentDue;
import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.ReminderStatus;
import com.anchang.notification.domain.TestPolicies;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.test.MovingClock;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViewingRemindersTest {

    final InMemoryDelivery.Schedules schedules = new InMemoryDelivery.Schedules();
    final InMemoryDelivery.Days days = new InMemoryDelivery.Days();
    final MovingClock clock = new MovingClock(Instant.parse("2026-11-21T03:30:00Z"));
    final PlanningReminders planning = new PlanningReminders(schedules, new InMemoryDelivery.Queue(), days,
            office -> TestPolicies.DEFAULT, clock);
    final ViewingReminders viewing = new ViewingReminders(schedules, days, office -> TestPolicies.DEFAULT,
            OfficeDirectory.inMemory(Map.of("office-1", "dev-1", "office-2", "dev-1")));

    static Caller at(String developer, String office, String role) {
        return new Caller(role.equals(Caller.CONSULTANT) ? "u-consultant" : "u-" + role.toLowerCase(), null, developer, Map.of(office, Set.of(role)), Set.of(), true);
    }

    static Caller headOffice(String developer) {
        return new Caller("u-hq", null, developer, Map.of(), Set.of(Caller.HEAD_OFFICE), true);
    }

    void deal(String dealId, String office, String due, String eventId) {
        planning.downPaymentDue(new DownPaymentDue(new DealRef(dealId, "dev-1", office, "unit-" + dealId, null,
                new Recipient("王先生", "13812345678")), LocalDate.parse(due), null, eventId));
    }

    @Test
    @DisplayName("NOTE-4 view: the office's reminders of a day, in time order, moved ones shown cancelled, missed ones skipped, with their text; other offices' not")
    void theOfficesDay() {
        deal("deal-1", "office-1", "2026-12-21", "evt-1");           // T-5 on 12-16
        deal("deal-2", "office-1", "2026-12-18", "evt-2");           // T-2 on 12-16
        deal("deal-3", "office-2", "2026-12-21", "evt-3");           // another office's T-5 on 12-16
        clock.set(Instant.parse("2026-12-01T02:00:00Z"));
        deal("deal-1", "office-1", "2026-12-28", "evt-4");           // moved: 12-16 cancelled

        List<ViewingReminders.Shown> day = viewing.ofOfficeDay(at("dev-1", "office-1", Caller.FINANCE), "office-1",
                LocalDate.parse("2026-12-16"));

        assertThat(day).extracting(s -> s.schedule().dealId()).containsExactly("deal-1", "deal-2");
        assertThat(day).extracting(s -> s.reminder().status()).containsExactly(ReminderStatus.CANCELLED,
                ReminderStatus.PLANNED);
        assertThat(day.get(1).text()).startsWith("王先生您好:您认购的unit-deal-2首付款将于2026-12-18到期(还有2天)");
        assertThat(viewing.ofOfficeDay(headOffice("dev-1"), "office-1", LocalDate.parse("2026-12-16"))).hasSize(2);
        clock.set(Instant.parse("2026-12-20T02:00:00Z"));
        deal("deal-4", "office-1", "2026-12-21", "evt-5");           // planned late: T-5 and T-2 missed
        assertThat(viewing.ofOfficeDay(headOffice("dev-1"), "office-1", LocalDate.parse("2026-12-19")))
                .filteredOn(s -> s.schedule().dealId().equals("deal-4")).singleElement()
                .satisfies(s -> assertThat(s.reminder().status()).isEqualTo(ReminderStatus.SKIPPED));
        assertThat(viewing.ofOfficeDay(at("dev-1", "office-1", Caller.CONSULTANT), "office-1",
                LocalDate.parse("2026-12-17"))).isEmpty();
    }

    @Test
    @DisplayName("office isolation: another office's member and another developer's head office are told the office does not exist (404), whether it has reminders that day or not")
    void otherOfficesSeeNothing() {
        deal("deal-1", "office-1", "2026-12-21", "evt-1");

        assertThatThrownBy(() -> viewing.ofOfficeDay(at("dev-1", "office-2", Caller.PM), "office-1",
                LocalDate.parse("2026-12-16"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> viewing.ofOfficeDay(headOffice("dev-9"), "office-1", LocalDate.parse("2026-12-16")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> viewing.ofOfficeDay(headOffice("dev-9"), "office-1", LocalDate.parse("2026-12-17")))
                .isInstanceOf(NotFoundException.class);
        // ADR 32: the office's own head office reads a day without reminders as empty; an unknown office is 404
        assertThat(viewing.ofOfficeDay(headOffice("dev-1"), "office-1", LocalDate.parse("2026-12-17"))).isEmpty();
        assertThatThrownBy(() -> viewing.ofOfficeDay(headOffice("dev-1"), "office-unknown", LocalDate.parse("2026-12-16")))
                .isInstanceOf(NotFoundException.class);
    }

    /** A consultant's inbox in memory, as the store keeps it: one entry per id, a decision kept by id. */
    static final class Inbox implements ConsultantInbox {
        final List<ConsultantReminder> entries = new ArrayList<>();
        final Map<String, ConsultantReminder> decisions = new HashMap<>();

        @Override
        public boolean done(String addressee, String id, Instant at, String outcome) {
            return decisions.putIfAbsent(addressee + "/" + id, new ConsultantReminder(id, addressee, null, null,
                    ConsultantReminder.Kind.CLAIM_WAITING, id, null, at, at, outcome)) == null;
        }

        @Override
        public boolean add(ConsultantReminder reminder) {
            if (entries.stream().anyMatch(e -> e.id().equals(reminder.id()))) {
                return false;
            }
            return entries.add(reminder);
        }

        @Override
        public List<ConsultantReminder> of(String consultantId, int limit) {
            return entries.stream().filter(e -> e.consultantId().equals(consultantId))
                    .map(e -> {
                        ConsultantReminder d = decisions.get(consultantId + "/" + e.id());
                        return d == null ? e : e.done(d.doneAt(), d.outcome());
                    })
                    .sorted(Comparator.comparing(ConsultantReminder::at).reversed()).limit(limit).toList();
        }
    }

    @Test
    @DisplayName("NOTE-6, LEAD-11: a lead whose protection lapses reminds its owner in their inbox, once per event; nobody else sees it")
    void consultantsInbox() {
        RemindingConsultants reminding = new RemindingConsultants(new Inbox(), InboxChanges.NONE);
        ConsultantReminder lapsing = ConsultantReminder.protectionLapsing("evt-1", "u-consultant", "dev-1", "office-1",
                "lead-5b1f2c0e", LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-28"),
                Instant.parse("2026-11-27T01:00:00Z"));

        assertThat(reminding.remind(lapsing)).isTrue();
        assertThat(reminding.remind(lapsing)).isFalse();

        assertThat(reminding.mine(at("dev-1", "office-1", Caller.CONSULTANT), 10)).singleElement()
                .satisfies(r -> assertThat(r.text())
                        .isEqualTo("客户 lead-5b1f2c0e 的保护期至 2026-11-27;如无跟进记录,将于 2026-11-28 释放,请及时跟进。"));
        assertThat(reminding.mine(new Caller("u-consultant", null, "dev-9", Map.of(), Set.of(), true), 10)).isEmpty();
        assertThat(reminding.mine(new Caller("u-colleague", null, "dev-1", Map.of(), Set.of(), true), 10)).isEmpty();
    }

    @Test
    @DisplayName("NOTE-6: a collision and a claim wait in the office's PM inbox, read by every PM of the office and no one else, until decided")
    void waitingForThePm() {
        RemindingConsultants reminding = new RemindingConsultants(new Inbox(), InboxChanges.NONE);
        ConsultantReminder collision = ConsultantReminder.collisionWaiting("collision-1", "dev-1", "office-1", "lead-1",
                "u-c1", "u-c2", "u-c1", Instant.parse("2026-11-23T03:00:00Z"));
        ConsultantReminder claim = ConsultantReminder.claimWaiting("claim-1", "dev-1", "office-1", "deal-1", "u-c2",
                Instant.parse("2026-11-24T03:00:00Z"));

        assertThat(reminding.remind(collision)).isTrue();
        assertThat(reminding.remind(collision)).isFalse();
        assertThat(reminding.remind(claim)).isTrue();

        Caller pm = at("dev-1", "office-1", Caller.PM);
        Caller otherPm = new Caller("u-pm-2", null, "dev-1", Map.of("office-1", Set.of(Caller.PM)), Set.of(), true);
        assertThat(reminding.mine(pm, 10)).extracting(ConsultantReminder::kind, ConsultantReminder::waiting)
                .containsExactly(tuple(ConsultantReminder.Kind.CLAIM_WAITING, true),
                        tuple(ConsultantReminder.Kind.COLLISION_WAITING, true));
        assertThat(reminding.mine(otherPm, 10)).hasSize(2);
        assertThat(reminding.mine(at("dev-1", "office-1", Caller.CONSULTANT), 10)).isEmpty();
        assertThat(reminding.mine(at("dev-1", "office-2", Caller.PM), 10)).isEmpty();
        assertThat(reminding.mine(at("dev-9", "office-1", Caller.PM), 10)).isEmpty();

        assertThat(reminding.decided("office-1", "claim-1", Instant.parse("2026-11-25T03:00:00Z"), "已接受")).isTrue();
        assertThat(reminding.decided("office-1", "claim-1", Instant.parse("2026-11-25T03:00:00Z"), "已接受")).isFalse();
        assertThat(reminding.mine(pm, 10)).extracting(ConsultantReminder::subject, ConsultantReminder::outcome)
                .containsExactly(tuple("claim-1", "已接受"), tuple("collision-1", null));
    }
}
