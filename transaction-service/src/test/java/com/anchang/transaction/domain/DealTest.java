package com.anchang.transaction.domain;

import static com.anchang.transaction.domain.DealFixtures.FINANCE;
import static com.anchang.transaction.domain.DealFixtures.PM;
import static com.anchang.transaction.domain.DealFixtures.PRICE;
import static com.anchang.transaction.domain.DealFixtures.T0;
import static com.anchang.transaction.domain.DealFixtures.entry;
import static com.anchang.transaction.domain.DealFixtures.invalid;
import static com.anchang.transaction.domain.DealFixtures.refusedBy;
import static com.anchang.transaction.domain.DealFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.test.Aggregates;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A deal's opening, sales control's hold, the order of the steps, the price, the timeline and retries. */
class DealTest {

    final DealFixtures deals = new DealFixtures();

    @Test
    @DisplayName("UNIT-2: a deal opens on a unit sales control confirms available, with an id of its own and the unit's list price")
    void opensOnAvailableUnit() {
        Deal deal = deals.opened();

        assertThat(deal.status()).isEqualTo(DealStatus.OPENED);
        assertThat(deal.id()).startsWith("deal-").hasSize("deal-".length() + 36);
        assertThat(deal.unitCode()).isEqualTo("3-1802");
        assertThat(deal.openedAt()).isEqualTo(T0);
        assertThat(deal.price()).isEqualTo(PRICE);
        assertThat(deal.timeline()).extracting(TimelineEntry::step).containsExactly(TimelineEntry.Step.DEAL_OPENED);
    }

    @Test
    @DisplayName("a consultant's retry of the same request names the same deal; another request or consultant another")
    void openingRetryNamesTheSameDeal() {
        Deal first = Deal.open("dev-1", "office-1", "c-1", "lead-1", new Buyer("王先生", "13812345678"),
                unit("AVAILABLE"), T0, "req-1").deal();
        Deal retry = Deal.open("dev-1", "office-1", "c-1", "lead-1", new Buyer("王先生", "13812345678"),
                unit("AVAILABLE"), T0.plusSeconds(3), "req-1").deal();

        assertThat(retry.id()).isEqualTo(first.id()).isEqualTo(Deal.idFor("c-1", "req-1"));
        assertThat(Deal.idFor("c-1", "req-2")).isNotEqualTo(first.id());
        assertThat(Deal.idFor("c-2", "req-1")).isNotEqualTo(first.id());
    }

    @Test
    @DisplayName("UNIT-2: a unit that is not available is refused, naming its status")
    void refusesUnitNotAvailable() {
        for (String status : new String[] {"HELD", "WITHHELD", "RESERVED", "CONTRACTED"}) {
            assertThatThrownBy(() -> Deal.open("dev-1", "office-1", "c-1", "lead-1", new Buyer("王先生", "13812345678"),
                    unit(status), T0))
                    .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                        assertThat(e.rule().id()).isEqualTo("UNIT-2");
                        assertThat(e.getMessage()).isEqualTo("unit 3-1802 is " + status.toLowerCase());
                    });
        }
    }

    @Test
    @DisplayName("a unit another office sells is bad input naming unitId")
    void refusesUnitOfAnotherOffice() {
        invalid("unitId", () -> Deal.open("dev-1", "office-2", "c-1", "lead-1", new Buyer("王先生", "13812345678"),
                unit("AVAILABLE"), T0));
    }

    @Test
    @DisplayName("UNIT-2: sales control's hold of the deal's unit moves the deal to UNIT_HELD until the hold lapses, at the list price it states")
    void unitHeld() {
        Deal deal = deals.opened();
        Instant heldAt = T0.plusSeconds(27);
        deal.unitHeld("unit-3-1802", heldAt, heldAt.plus(Duration.ofHours(48)), new BigDecimal("3256800"), "c-1");

        assertThat(deal.status()).isEqualTo(DealStatus.UNIT_HELD);
        assertThat(deal.unitHeldAt()).isEqualTo(heldAt);
        assertThat(deal.holdExpiresAt()).isEqualTo(heldAt.plus(Duration.ofHours(48)));
        assertThat(deal.price()).isEqualTo(new BigDecimal("3256800.00"));
    }

    @Test
    @DisplayName("UNIT-2: a hold of another unit, a second hold, or a hold after the formal deposit is refused")
    void wrongOrSecondHoldRefused() {
        refusedBy("UNIT-2", () -> deals.opened().unitHeld("unit-3-1801", T0, T0.plusSeconds(3_600)));
        refusedBy("UNIT-2", () -> deals.held().unitHeld("unit-3-1802", T0, T0.plusSeconds(3_600)));
        refusedBy("UNIT-2", () -> deals.at(DealStatus.DEPOSIT_RECEIVED).unitHeld("unit-3-1802", T0, T0.plusSeconds(3_600)));
    }

    @Test
    @DisplayName("UNIT-2: the temporary deposit comes before the hold (OPENED → TEMPORARY_DEPOSIT_RECEIVED → UNIT_HELD)")
    void temporaryDepositThenHold() {
        Deal deal = deals.at(DealStatus.TEMPORARY_DEPOSIT_RECEIVED);
        deals.hold(deal);

        assertThat(deal.status()).isEqualTo(DealStatus.UNIT_HELD);
        assertThat(deal.openReceipt(PaymentPurpose.TEMPORARY_DEPOSIT)).isPresent();
    }

    @Test
    @DisplayName("UNIT-2: sales control may hold the unit before the temporary deposit; the temporary deposit is received all the same, the deal stays UNIT_HELD")
    void holdThenTemporaryDeposit() {
        Deal deal = deals.held();
        deals.pay(deal, entry(PaymentPurpose.TEMPORARY_DEPOSIT, "10000"));

        assertThat(deal.status()).isEqualTo(DealStatus.UNIT_HELD);
        assertThat(deals.events).filteredOn(DealEvent.TemporaryDepositReceived.class::isInstance).hasSize(1);
        refusedBy("DEAL-3", () -> deals.enter(deal, entry(PaymentPurpose.TEMPORARY_DEPOSIT, "10000")));
    }

    @Test
    @DisplayName("UNIT-2: no formal deposit before sales control holds the unit for the deal")
    void noDepositBeforeHold() {
        Deal deal = deals.opened();
        refusedBy("UNIT-2", () -> deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000")));
        assertThat(deal.status()).isEqualTo(DealStatus.OPENED);
        assertThat(deal.payments()).isEmpty();
    }

    @Test
    @DisplayName("UNIT-3: no formal deposit once the hold on the unit has lapsed, also when the second person confirms after it")
    void noDepositAfterHoldLapsed() {
        Deal deal = deals.held();
        Payment entered = deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"));
        Instant lapsed = deal.holdExpiresAt();

        refusedBy("UNIT-3", () -> deal.receiptFor(entered.id(), PM, lapsed, deals.policy()));
        assertThat(deal.status()).isEqualTo(DealStatus.UNIT_HELD);
    }

    @Test
    @DisplayName("UNIT-2: a second formal deposit on the same deal is refused, naming when the first was received")
    void secondDepositRefused() {
        Deal deal = deals.at(DealStatus.DEPOSIT_RECEIVED);

        assertThatThrownBy(() -> deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "1000")))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule().id()).isEqualTo("UNIT-2");
                    assertThat(e.getMessage()).contains("was already received at 2026-11-20 06:");
                });
    }

    @Test
    @DisplayName("the down payment falls due after today as the office's clock says (Asia/Shanghai), not UTC's")
    void dueDateAfterTodayAtTheOffice() {
        // 2026-11-20T17:00Z is already 2026-11-21 01:00 in Shanghai
        Instant lateEvening = Instant.parse("2026-11-20T17:00:00Z");
        Deal deal = deals.opened();
        deal.unitHeld("unit-3-1802", lateEvening.minusSeconds(60), lateEvening.plus(Duration.ofHours(48)));
        PaymentEntry dueToday = new PaymentEntry(PaymentPurpose.FORMAL_DEPOSIT, new BigDecimal("50000"),
                PaymentMethod.TRANSFER, null, null, LocalDate.parse("2026-11-21"));
        invalid("downPaymentDueDate", () -> deal.enterPayment(dueToday, FINANCE, lateEvening, deals.policy()));
        invalid("downPaymentDueDate", () -> deal.enterPayment(new PaymentEntry(PaymentPurpose.FORMAL_DEPOSIT,
                new BigDecimal("50000"), PaymentMethod.TRANSFER, null, null, null), FINANCE, lateEvening, deals.policy()));
        assertThat(deal.payments()).isEmpty();

        deal.enterPayment(new PaymentEntry(PaymentPurpose.FORMAL_DEPOSIT, new BigDecimal("50000"),
                PaymentMethod.TRANSFER, null, null, LocalDate.parse("2026-11-22")), FINANCE, lateEvening, deals.policy());
        assertThat(deal.waiting()).isPresent();
    }

    @Test
    @DisplayName("a due date belongs to the formal deposit only: with another payment it is bad input naming downPaymentDueDate")
    void dueDateOnlyWithTheFormalDeposit() {
        Deal deal = deals.opened();
        invalid("downPaymentDueDate", () -> deals.enter(deal, new PaymentEntry(PaymentPurpose.TEMPORARY_DEPOSIT, new BigDecimal("5000"), PaymentMethod.CASH, null, null, DealFixtures.DUE)));
    }

    @Test
    @DisplayName("DEAL-0: the steps go in order — a mortgage before the contract, a handover before the mortgage, a loan approved before its documents are all refused naming DEAL-0")
    void stepsInOrder() {
        Deal eligible = deals.at(DealStatus.ELIGIBILITY_CHECKED);
        refusedBy("DEAL-0", () -> eligible.appointMortgage("建设银行", "江南大道", deals.now().plus(Duration.ofDays(5)),
                List.of(), "c-1", deals.tick()));
        refusedBy("DEAL-0", () -> eligible.handOver("c-1", deals.tick()));
        Deal appointed = new DealFixtures().at(DealStatus.MORTGAGE_APPOINTED);
        refusedBy("DEAL-0", () -> appointed.handOver("c-1", Instant.parse("2026-11-21T00:00:00Z")));
        refusedBy("DEAL-0", () -> appointed.recordMortgageProgress(Financing.LoanType.COMMERCIAL, Mortgage.Step.APPROVED,
                LocalDate.parse("2026-11-20"), "c-1", Instant.parse("2026-11-21T00:00:00Z"), DealFixtures.POLICY));
        refusedBy("DEAL-0", () -> deals.at(DealStatus.DOWN_PAYMENT_RECEIVED).enterPayment(
                entry(PaymentPurpose.DOWN_PAYMENT, "1000"), FINANCE, Instant.parse("2026-11-21T00:00:00Z"),
                DealFixtures.POLICY));
    }

    @ParameterizedTest
    @EnumSource(DealStatus.class)
    @DisplayName("DEAL-0: at every status only the steps of the pipeline's order are taken; everything else is refused naming a rule and changes nothing")
    void everyStatusDecidesEveryStep(DealStatus status) {
        DealFixtures fixtures = new DealFixtures();
        Deal deal = fixtures.at(status);
        int timeline = deal.timeline().size();
        EnumSet<DealStatus> allowsDraft = EnumSet.of(DealStatus.DEPOSIT_RECEIVED, DealStatus.SUBSCRIPTION_DRAFTED);
        if (!allowsDraft.contains(status)) {
            assertThatThrownBy(() -> deal.draftSubscription(Financing.CASH, new BigDecimal("3150000"), "330106198801012345",
                    "c-1", fixtures.tick(), fixtures.policy())).isInstanceOf(RuleRefusedException.class);
        }
        if (status != DealStatus.SUBSCRIPTION_DRAFTED) {
            assertThatThrownBy(() -> deal.approveSubscription(PM, fixtures.tick())).isInstanceOf(RuleRefusedException.class);
        }
        if (status != DealStatus.SUBSCRIPTION_APPROVED) {
            assertThatThrownBy(() -> deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), fixtures.tick()))
                    .isInstanceOf(RuleRefusedException.class);
        }
        if (!EnumSet.of(DealStatus.DOWN_PAYMENT_RECEIVED, DealStatus.ELIGIBILITY_CHECKED).contains(status)) {
            assertThatThrownBy(() -> deal.checkEligibility(true, "ok", "c-1", fixtures.tick()))
                    .isInstanceOf(RuleRefusedException.class);
        }
        if (status != DealStatus.ELIGIBILITY_CHECKED) {
            assertThatThrownBy(() -> deal.signContract("HT-1", "c-1", fixtures.tick())).isInstanceOf(RuleRefusedException.class);
        }
        if (status != DealStatus.MORTGAGE_COMPLETED) {
            assertThatThrownBy(() -> deal.handOver("c-1", fixtures.tick())).isInstanceOf(RuleRefusedException.class);
        }
        assertThat(deal.status()).isEqualTo(status);
        assertThat(deal.timeline()).hasSize(timeline);
    }

    @Test
    @DisplayName("UNIT-4: an approved discount sets the deal's price until the subscription fixes it; after that it is refused naming UNIT-4")
    void discountSetsThePrice() {
        Deal deal = deals.held();
        deal.discountApproved(new BigDecimal("3100000"), "u-pm-1", deals.tick());
        assertThat(deal.price()).isEqualTo(new BigDecimal("3100000.00"));
        assertThat(deal.listPrice()).isEqualTo(PRICE);
        deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"));
        assertThat(deal.waiting()).isPresent();

        Deal drafted = new DealFixtures().at(DealStatus.SUBSCRIPTION_DRAFTED);
        refusedBy("UNIT-4", () -> drafted.discountApproved(new BigDecimal("3000000"), "u-pm-1", T0));
        assertThat(drafted.price()).isEqualTo(PRICE);
    }

    @Test
    @DisplayName("every step records who and when on the deal's timeline, in order")
    void timelineRecordsEveryStep() {
        Deal deal = deals.at(DealStatus.HANDED_OVER);

        List<TimelineEntry> timeline = deal.timeline();
        assertThat(timeline).extracting(TimelineEntry::step).containsSubsequence(
                TimelineEntry.Step.DEAL_OPENED, TimelineEntry.Step.UNIT_HELD, TimelineEntry.Step.PAYMENT_ENTERED,
                TimelineEntry.Step.FORMAL_DEPOSIT_RECEIVED, TimelineEntry.Step.DOWN_PAYMENT_DUE_DATE_SET,
                TimelineEntry.Step.RECEIPT_ISSUED, TimelineEntry.Step.SUBSCRIPTION_DRAFTED,
                TimelineEntry.Step.SUBSCRIPTION_APPROVED, TimelineEntry.Step.SUBSCRIPTION_SIGNED,
                TimelineEntry.Step.DOWN_PAYMENT_RECEIVED, TimelineEntry.Step.RECEIPT_ISSUED,
                TimelineEntry.Step.RECEIPT_RECLAIMED, TimelineEntry.Step.ELIGIBILITY_CHECKED,
                TimelineEntry.Step.CONTRACT_SIGNED, TimelineEntry.Step.SUBSCRIPTION_RECLAIMED,
                TimelineEntry.Step.MORTGAGE_APPOINTMENT_SET, TimelineEntry.Step.MORTGAGE_PROGRESS,
                TimelineEntry.Step.MORTGAGE_COMPLETED, TimelineEntry.Step.HANDED_OVER);
        assertThat(timeline).extracting(TimelineEntry::at).isSorted();
        assertThat(timeline).allSatisfy(e -> assertThat(e.by()).as(e.step().name()).isNotBlank());
        assertThat(timeline).filteredOn(e -> e.step() == TimelineEntry.Step.SUBSCRIPTION_APPROVED)
                .extracting(TimelineEntry::by).containsExactly("u-pm-1");
    }

    @Test
    @DisplayName("a cash buyer skips the mortgage: contract → handover; a mortgage appointment is refused naming DEAL-0")
    void cashBuyerSkipsTheMortgage() {
        DealFixtures f = new DealFixtures();
        Deal cash = f.at(DealStatus.DEPOSIT_RECEIVED);
        invalid("downPaymentAmount", () -> cash.draftSubscription(Financing.CASH, new BigDecimal("3000000"),
                "330106198801012345", "c-1", f.tick(), f.policy()));
        cash.draftSubscription(Financing.CASH, new BigDecimal("3150000"), "330106198801012345", "c-1", f.tick(),
                f.policy());
        cash.approveSubscription(PM, f.tick());
        cash.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(cash), f.tick());
        invalid("amount", () -> cash.enterPayment(entry(PaymentPurpose.DOWN_PAYMENT, "3000000"), FINANCE, f.tick(),
                f.policy()));
        f.pay(cash, entry(PaymentPurpose.DOWN_PAYMENT, "3150000"));
        cash.checkEligibility(true, "名下无房", "c-1", f.tick());
        cash.signContract("HT-CASH-1", "c-1", f.tick());

        refusedBy("DEAL-0", () -> cash.appointMortgage("建设银行", "江南大道", f.now().plus(Duration.ofDays(3)), List.of(),
                "c-1", f.tick()));
        cash.handOver("c-1", f.tick());
        assertThat(cash.status()).isEqualTo(DealStatus.HANDED_OVER);
        assertThat(cash.held()).isEqualTo(PRICE);
    }

    @Test
    @DisplayName("a combined loan completes only when both loans are disbursed, each step dated (not in the future)")
    void combinedLoanCompletesWithBothLoans() {
        DealFixtures f = new DealFixtures();
        Deal deal = f.at(DealStatus.DEPOSIT_RECEIVED);
        deal.draftSubscription(Financing.COMBINED_LOAN, new BigDecimal("910000"), "330106198801012345", "c-1", f.tick(),
                f.policy());
        deal.approveSubscription(PM, f.tick());
        deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), f.tick());
        f.pay(deal, entry(PaymentPurpose.DOWN_PAYMENT, "910000"));
        deal.checkEligibility(true, "ok", "c-1", f.tick());
        deal.signContract("HT-2", "c-1", f.tick());
        deal.appointMortgage("公积金中心", "市民中心", f.now().plus(Duration.ofDays(7)), List.of("身份证"), "c-1", f.tick());
        invalid("on", () -> deal.recordMortgageProgress(Financing.LoanType.COMMERCIAL, Mortgage.Step.DOCUMENTS_RECEIVED,
                f.today().plusDays(1), "c-1", f.tick(), f.policy()));
        for (Mortgage.Step step : Mortgage.Step.values()) {
            assertThat(deal.recordMortgageProgress(Financing.LoanType.COMMERCIAL, step, f.today(), "c-1", f.tick(),
                    f.policy())).singleElement().isInstanceOfSatisfying(DealEvent.MortgageProgressRecorded.class,
                            e -> assertThat(e.milestone().step()).isEqualTo(step));
        }
        assertThat(deal.status()).isEqualTo(DealStatus.MORTGAGE_APPOINTED);
        for (Mortgage.Step step : Mortgage.Step.values()) {
            deal.recordMortgageProgress(Financing.LoanType.HOUSING_FUND, step, f.today(), "c-1", f.tick(), f.policy());
        }
        assertThat(deal.status()).isEqualTo(DealStatus.MORTGAGE_COMPLETED);
        assertThat(deal.mortgage().milestones()).hasSize(6);
        assertThat(deal.mortgage().completedAt()).isNotNull();
    }

    @Test
    @DisplayName("NOTE-4: the mortgage appointment moves (an event with the previous time); the same appointment again changes nothing")
    void mortgageAppointmentMoves() {
        Deal deal = deals.at(DealStatus.MORTGAGE_APPOINTED);
        Mortgage.Appointment first = deal.mortgage().appointment();

        assertThat(deal.appointMortgage(first.bank(), first.place(), first.at(), first.documents(), "c-1", deals.tick()))
                .isEmpty();
        DealEvent moved = deal.appointMortgage(first.bank(), first.place(), first.at().plus(Duration.ofDays(2)),
                first.documents(), "c-1", deals.tick()).orElseThrow();

        assertThat(moved).isInstanceOfSatisfying(DealEvent.MortgageAppointmentRescheduled.class, e -> {
            assertThat(e.previous().at()).isEqualTo(first.at());
            assertThat(e.appointment().at()).isEqualTo(first.at().plus(Duration.ofDays(2)));
        });
        assertThat(deal.mortgage().rescheduled()).isEqualTo(1);
        invalid("at", () -> deal.appointMortgage("建设银行", "江南大道", deals.now().minusSeconds(1), List.of(), "c-1",
                deals.tick()));
    }

    @Test
    @DisplayName("NOTE-4: the down payment's due date moves after today with a reason (an event); the same date, a past one or none is bad input")
    void downPaymentRescheduled() {
        Deal deal = deals.at(DealStatus.SUBSCRIPTION_SIGNED);

        DealEvent moved = deal.rescheduleDownPayment(DealFixtures.DUE.plusDays(7), "bank transfer limit", "u-pm-1",
                deals.tick(), deals.policy());

        assertThat(moved).isInstanceOfSatisfying(DealEvent.DownPaymentRescheduled.class, e -> {
            assertThat(e.previousDueDate()).isEqualTo(DealFixtures.DUE);
            assertThat(e.dueDate()).isEqualTo(DealFixtures.DUE.plusDays(7));
        });
        assertThat(deal.downPaymentDueDate()).isEqualTo(DealFixtures.DUE.plusDays(7));
        invalid("dueDate", () -> deal.rescheduleDownPayment(DealFixtures.DUE.plusDays(7), "again", "u-pm-1",
                deals.tick(), deals.policy()));
        invalid("dueDate", () -> deal.rescheduleDownPayment(deals.today(), "today", "u-pm-1", deals.tick(),
                deals.policy()));
        invalid("reason", () -> deal.rescheduleDownPayment(DealFixtures.DUE.plusDays(9), " ", "u-pm-1", deals.tick(),
                deals.policy()));
        refusedBy("DEAL-0", () -> new DealFixtures().at(DealStatus.DOWN_PAYMENT_RECEIVED).rescheduleDownPayment(
                DealFixtures.DUE.plusDays(9), "late", "u-pm-1", T0.plusSeconds(600), DealFixtures.POLICY));
    }

    @Test
    @DisplayName("a request applied once is recognised when the client retries it; the same id for another command is bad input naming Idempotency-Key")
    void requestsAreRemembered() {
        Deal deal = deals.opened();
        assertThat(deal.alreadyDid("req-9", "enter-payment")).isFalse();
        deal.remember("req-9", "enter-payment");

        assertThat(deal.alreadyDid("req-9", "enter-payment")).isTrue();
        invalid("Idempotency-Key", () -> deal.alreadyDid("req-9", "cancel"));
        assertThat(deal.alreadyDid(null, "cancel")).isFalse();
    }

    @Test
    @DisplayName("what next: each status names the step, who takes it and the rule")
    void nextSteps() {
        assertThat(deals.at(DealStatus.OPENED).nextSteps(DealFixtures.POLICY)).extracting(NextStep::action)
                .containsExactly(NextStep.Action.ENTER_TEMPORARY_DEPOSIT, NextStep.Action.HOLD_UNIT, NextStep.Action.CANCEL);
        assertThat(new DealFixtures().at(DealStatus.SUBSCRIPTION_DRAFTED).nextSteps(DealFixtures.POLICY))
                .first().satisfies(next -> {
                    assertThat(next.action()).isEqualTo(NextStep.Action.APPROVE_SUBSCRIPTION);
                    assertThat(next.by()).containsExactly(StaffRole.PM);
                    assertThat(next.rule()).isEqualTo("DEAL-4");
                });
        assertThat(new DealFixtures().at(DealStatus.DOWN_PAYMENT_RECEIVED).nextSteps(DealFixtures.POLICY))
                .extracting(NextStep::rule).startsWith("DEAL-5");
        Deal waiting = new DealFixtures().held();
        waiting.enterPayment(entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"), FINANCE, T0.plusSeconds(300),
                DealFixtures.POLICY);
        assertThat(waiting.nextSteps(DealFixtures.POLICY)).extracting(NextStep::action)
                .containsExactly(NextStep.Action.CONFIRM_PAYMENT, NextStep.Action.CANCEL);
        assertThat(new DealFixtures().at(DealStatus.HANDED_OVER).nextSteps(DealFixtures.POLICY)).isEmpty();
        assertThat(Arrays.stream(DealStatus.values()).map(s -> new DealFixtures().at(s).nextSteps(DealFixtures.POLICY)))
                .as("every status answers").hasSize(DealStatus.values().length);
    }

    @Test
    @DisplayName("UNIT-2/DEAL-1: a deal is rebuilt from storage by Deal.restore only; no public constructor or setter puts a status in place past the rules")
    void rebuiltOnlyByRestore() {
        Aggregates.assertNoBackDoor(Deal.class);
    }
}
