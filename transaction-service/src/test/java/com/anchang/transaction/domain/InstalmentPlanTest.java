package com.anchang.transaction.domain;

import static com.anchang.transaction.domain.DealFixtures.PM;
import static com.anchang.transaction.domain.DealFixtures.invalid;
import static com.anchang.transaction.domain.DealFixtures.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 分期付款: a cash buyer pays the balance in instalments set with the subscription, each a line of the schedule. */
class InstalmentPlanTest {

    final DealFixtures f = new DealFixtures();

    List<Instalment> plan() {
        return List.of(new Instalment(f.due().plusDays(30), new BigDecimal("1100000")),
                new Instalment(f.due().plusDays(60), new BigDecimal("1100000")));
    }

    /** A cash deal, signed, its down payment of 950,000 paid; 2,200,000 owed in two instalments. */
    Deal paidDown() {
        Deal deal = f.at(DealStatus.DEPOSIT_RECEIVED);
        deal.draftSubscription(Financing.CASH, new BigDecimal("950000"), plan(), "330106198801012345", "c-1", f.tick(),
                f.policy());
        deal.approveSubscription(PM, f.tick());
        Instant signedAt = f.tick();
        deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), signedAt);
        f.pay(deal, f.transfer(PaymentPurpose.DOWN_PAYMENT, "950000"));
        return deal;
    }

    Instant on(LocalDate day) {
        return day.atStartOfDay(DealFixtures.SHANGHAI).toInstant().plus(Duration.ofHours(10));
    }

    @Test
    @DisplayName("分期付款: the schedule shows one line per instalment by its due date; instalment receipts are allocated in due order, one split across two lines")
    void oneLinePerInstalment() {
        Deal deal = paidDown();
        Receipt receipt = f.pay(deal, f.transfer(PaymentPurpose.INSTALMENT, "1500000"));

        ReceivableSchedule schedule = ReceivableSchedule.of(deal, f.now(), f.policy());

        List<ReceivableSchedule.Line> instalments = schedule.lines().stream()
                .filter(line -> line.item() == ReceivableSchedule.Item.INSTALMENT).toList();
        assertThat(instalments).extracting(ReceivableSchedule.Line::dueDate)
                .containsExactly(f.due().plusDays(30), f.due().plusDays(60));
        assertThat(instalments.get(0).state()).isEqualTo(ReceivableSchedule.State.PAID);
        assertThat(instalments.get(1).state()).isEqualTo(ReceivableSchedule.State.PART_PAID);
        assertThat(instalments.get(1).allocations()).singleElement().satisfies(a -> {
            assertThat(a.receiptNumber()).isEqualTo(receipt.number());
            assertThat(a.amount()).isEqualByComparingTo("400000");
        });
        assertThat(instalments.get(1).owed()).isEqualByComparingTo("700000");
        assertThat(schedule.paid()).isEqualByComparingTo("2500000");
        assertThat(schedule.owed()).isEqualByComparingTo("700000");
        assertThat(deal.timeline()).extracting(TimelineEntry::step).contains(TimelineEntry.Step.INSTALMENT_RECEIVED);
        assertThat(deal.nextSteps(f.policy())).anySatisfy(next -> {
            assertThat(next.action()).isEqualTo(NextStep.Action.ENTER_INSTALMENT);
            assertThat(next.needs()).contains("700000.00 owed").contains(f.due().plusDays(60).toString());
        });
    }

    @Test
    @DisplayName("分期付款 overdue: an instalment past its due date shows the days overdue and the late fee, like the down payment")
    void overdueInstalment() {
        Deal deal = paidDown();
        LocalDate due = f.due().plusDays(30);

        ReceivableSchedule late = ReceivableSchedule.of(deal, on(due.plusDays(4)), f.policy());

        assertThat(late.overdue()).singleElement().satisfies(line -> {
            assertThat(line.item()).isEqualTo(ReceivableSchedule.Item.INSTALMENT);
            assertThat(line.daysOverdue()).isEqualTo(4);
            assertThat(line.lateFee()).isEqualByComparingTo(new BigDecimal("1100000").multiply(f.policy()
                    .lateFeePerDay()).multiply(BigDecimal.valueOf(4)).setScale(2, RoundingMode.HALF_UP));
        });
    }

    @Test
    @DisplayName("分期付款, bad input: instalments for a loan buyer, a first instalment not after the down payment's due date, a plan that does not add up to the price, or an instalment above what is left — 400 naming the field")
    void badPlans() {
        Deal deal = f.at(DealStatus.DEPOSIT_RECEIVED);
        invalid("instalments", () -> deal.draftSubscription(Financing.COMMERCIAL_LOAN, new BigDecimal("950000"), plan(),
                "330106198801012345", "c-1", f.tick(), f.policy()));
        invalid("instalments[0].dueDate", () -> deal.draftSubscription(Financing.CASH, new BigDecimal("950000"),
                List.of(new Instalment(f.due(), new BigDecimal("2200000"))), "330106198801012345", "c-1", f.tick(),
                f.policy()));
        invalid("instalments", () -> deal.draftSubscription(Financing.CASH, new BigDecimal("950000"),
                List.of(new Instalment(f.due().plusDays(30), new BigDecimal("2100000"))), "330106198801012345", "c-1",
                f.tick(), f.policy()));
        assertThat(deal.status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);

        Deal paying = paidDown();
        invalid("amount", () -> f.enter(paying, f.transfer(PaymentPurpose.INSTALMENT, "2200000.01")));
    }

    @Test
    @DisplayName("分期付款: an instalment before the down payment is refused (DEAL-0); the cash buyer's unit is handed over only when every instalment is paid")
    void handoverAfterTheLastInstalment() {
        Deal signed = f.at(DealStatus.SUBSCRIPTION_SIGNED);
        refusedBy("DEAL-0", () -> f.enter(signed, f.transfer(PaymentPurpose.INSTALMENT, "1000")));

        Deal deal = paidDown();
        deal.checkEligibility(true, "名下无房", "c-1", f.tick());
        deal.signContract("HT-1", "c-1", f.tick());
        refusedBy("DEAL-0", () -> deal.handOver("c-1", f.tick()));

        f.pay(deal, f.transfer(PaymentPurpose.INSTALMENT, "2200000"));
        deal.handOver("c-1", f.tick());

        assertThat(deal.status()).isEqualTo(DealStatus.HANDED_OVER);
        refusedBy("DEAL-0", () -> f.enter(deal, f.transfer(PaymentPurpose.INSTALMENT, "1")));
    }

    @Test
    @DisplayName("DEAL-7 分期付款: the day after an unpaid instalment's due date the sweep puts it on the PM's escalation list once; paying it resolves the entry")
    void overdueInstalmentIsEscalated() {
        Deal deal = paidDown();
        LocalDate due = f.due().plusDays(30);
        assertThat(deal.nextEscalationAfter(f.now(), f.policy()))
                .contains(due.plusDays(1).atStartOfDay(DealFixtures.SHANGHAI).toInstant());

        List<DealEvent> raised = deal.escalateDue(on(due.plusDays(2)), f.policy());
        List<DealEvent> again = deal.escalateDue(on(due.plusDays(3)), f.policy());

        assertThat(raised).singleElement().isInstanceOfSatisfying(DealEvent.EscalationRaised.class, event -> {
            assertThat(event.escalation().kind()).isEqualTo(Escalation.Kind.INSTALMENT_OVERDUE);
            assertThat(event.escalation().reference()).isEqualTo(due.toString());
            assertThat(event.escalation().detail()).contains("2 days overdue");
        });
        assertThat(again).isEmpty();

        f.moveTo(on(due.plusDays(3)));
        f.pay(deal, f.transfer(PaymentPurpose.INSTALMENT, "1100000"));

        assertThat(deal.openEscalations()).isEmpty();
    }
}
