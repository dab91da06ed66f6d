package com.anchang.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A deal's receivable schedule: its lines, the money allocated to them, and what is paid, owed and overdue. */
class ReceivableScheduleTest {

    final DealFixtures f = new DealFixtures();

    Instant daysAfterDue(int days) {
        return f.due().plusDays(days).atStartOfDay(DealFixtures.SHANGHAI).toInstant().plus(Duration.ofHours(10));
    }

    static ReceivableSchedule.Line line(ReceivableSchedule schedule, ReceivableSchedule.Item item) {
        return schedule.lines().stream().filter(l -> l.item() == item).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a signed subscription's schedule: the deposit paid by its receipt, the down payment owed by its due date, the loan's funds owed")
    void signedSubscription() {
        Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);

        ReceivableSchedule schedule = ReceivableSchedule.of(deal, f.now(), f.policy());

        assertThat(schedule.lines()).extracting(ReceivableSchedule.Line::item).containsExactly(
                ReceivableSchedule.Item.DEPOSIT, ReceivableSchedule.Item.DOWN_PAYMENT, ReceivableSchedule.Item.LOAN_FUNDS);
        ReceivableSchedule.Line deposit = line(schedule, ReceivableSchedule.Item.DEPOSIT);
        assertThat(deposit.state()).isEqualTo(ReceivableSchedule.State.PAID);
        assertThat(deposit.allocations()).singleElement().satisfies(a -> {
            assertThat(a.receiptNumber()).isEqualTo(deal.receipts().getFirst().number());
            assertThat(a.amount()).isEqualByComparingTo("50000");
        });
        ReceivableSchedule.Line down = line(schedule, ReceivableSchedule.Item.DOWN_PAYMENT);
        assertThat(down.dueDate()).isEqualTo(f.due());
        assertThat(down.state()).isEqualTo(ReceivableSchedule.State.OWED);
        assertThat(down.owed()).isEqualByComparingTo("910000");
        assertThat(line(schedule, ReceivableSchedule.Item.LOAN_FUNDS).owed()).isEqualByComparingTo("2240000");
        assertThat(schedule.paid()).isEqualByComparingTo("50000");
        assertThat(schedule.owed()).isEqualByComparingTo("3150000");
        assertThat(schedule.overdue()).isEmpty();
    }

    @Test
    @DisplayName("DEAL-7 overdue: past its due date the down payment is overdue, with the days and the late fee at the office's daily rate (a setting)")
    void overdueWithLateFee() {
        Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);

        ReceivableSchedule onTheDay = ReceivableSchedule.of(deal, daysAfterDue(0), f.policy());
        ReceivableSchedule threeDaysLate = ReceivableSchedule.of(deal, daysAfterDue(3), f.policy());
        DealPolicy dearer = new DealPolicy(f.policy().zone(), false, f.policy().minimumDownPaymentRatio(), "BJ",
                f.policy().depositOnCancellation(), f.policy().holdLapseWarning(), new BigDecimal("0.001"));

        assertThat(onTheDay.overdue()).as("due today is not late yet").isEmpty();
        assertThat(threeDaysLate.overdue()).singleElement().satisfies(l -> {
            assertThat(l.item()).isEqualTo(ReceivableSchedule.Item.DOWN_PAYMENT);
            assertThat(l.daysOverdue()).isEqualTo(3);
            assertThat(l.lateFee()).isEqualByComparingTo("1365.00"); // 910,000.00 × 0.05% × 3
        });
        assertThat(ReceivableSchedule.of(deal, daysAfterDue(3), dearer).lateFees()).isEqualByComparingTo("2730.00");
    }

    @Test
    @DisplayName("the temporary and formal deposits are allocated to the deposit line once each (the formal receipt's carried sum is not counted twice); the down payment's receipt pays its line")
    void allocationsWithoutDoubleCounting() {
        Deal deal = f.opened();
        f.pay(deal, f.transfer(PaymentPurpose.TEMPORARY_DEPOSIT, "10000"));
        f.hold(deal);
        f.pay(deal, f.transfer(PaymentPurpose.FORMAL_DEPOSIT, "40000"));
        deal.draftSubscription(Financing.COMMERCIAL_LOAN, new BigDecimal("910000"), "330106198801012345", "c-1",
                f.tick(), f.policy());
        deal.approveSubscription(DealFixtures.PM, f.tick());
        deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), f.tick());
        Receipt down = f.pay(deal, f.transfer(PaymentPurpose.DOWN_PAYMENT, "910000"));

        ReceivableSchedule schedule = ReceivableSchedule.of(deal, daysAfterDue(10), f.policy());

        ReceivableSchedule.Line deposit = line(schedule, ReceivableSchedule.Item.DEPOSIT);
        assertThat(deposit.allocations()).extracting(ReceivableSchedule.Allocation::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10000"), new BigDecimal("40000"));
        assertThat(deposit.paid()).isEqualByComparingTo("50000");
        assertThat(line(schedule, ReceivableSchedule.Item.DOWN_PAYMENT).allocations())
                .extracting(ReceivableSchedule.Allocation::receiptNumber).containsExactly(down.number());
        assertThat(schedule.overdue()).as("paid, so never overdue").isEmpty();
    }

    @Test
    @DisplayName("the loans disbursed pay the loan line; a cancelled deal has nothing overdue")
    void loansAndCancellation() {
        Deal completed = f.at(DealStatus.MORTGAGE_COMPLETED);
        Deal cancelled = new DealFixtures().at(DealStatus.CANCELLED);

        ReceivableSchedule paidUp = ReceivableSchedule.of(completed, f.now(), f.policy());
        assertThat(paidUp.lines()).allSatisfy(l -> assertThat(l.state()).isEqualTo(ReceivableSchedule.State.PAID));
        assertThat(paidUp.owed()).isEqualByComparingTo("0");
        assertThat(ReceivableSchedule.of(cancelled, daysAfterDue(60), f.policy()).overdue()).isEmpty();
    }
}
