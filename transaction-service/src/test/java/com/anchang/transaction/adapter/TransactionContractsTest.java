package com.anchang.transaction.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.inventory.DiscountApproved;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.inventory.UnitSwapRefused;
import com.anchang.events.transaction.BuyerChanged;
import com.anchang.events.transaction.ChequeBounced;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DealOpened;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentDueDateSet;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.DownPaymentRescheduled;
import com.anchang.events.notification.ReminderUnanswered;
import com.anchang.events.notification.ReminderUndeliverable;
import com.anchang.events.transaction.EligibilityChecked;
import com.anchang.events.transaction.EscalationRaised;
import com.anchang.events.transaction.EscalationResolved;
import com.anchang.events.transaction.HandedOver;
import com.anchang.events.transaction.InstalmentPlanSet;
import com.anchang.events.transaction.MortgageAppointmentRescheduled;
import com.anchang.events.transaction.MortgageAppointmentSet;
import com.anchang.events.transaction.MortgageCompleted;
import com.anchang.events.transaction.MortgageProgressRecorded;
import com.anchang.events.transaction.PriceChanged;
import com.anchang.events.transaction.ReceiptIssued;
import com.anchang.events.transaction.ReceiptReclaimed;
import com.anchang.events.transaction.ReceiptVoided;
import com.anchang.events.transaction.SubscriptionApproved;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.events.transaction.TemporaryDepositReceived;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.support.messaging.EventJson;
import com.anchang.transaction.adapter.messaging.NotificationEventHandlers;
import com.anchang.transaction.adapter.messaging.TransactionEvents;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Cancellation;
import com.anchang.transaction.domain.ChangeOrder;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.EligibilityCheck;
import com.anchang.transaction.domain.Escalation;
import com.anchang.transaction.domain.Financing;
import com.anchang.transaction.domain.Handover;
import com.anchang.transaction.domain.Instalment;
import com.anchang.transaction.domain.Mortgage;
import com.anchang.transaction.domain.Payment;
import com.anchang.transaction.domain.PaymentDetails;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.SalesContract;
import com.anchang.transaction.domain.Subscription;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** The golden samples: what transaction-service produces serialises to them, what it consumes parses from them. */
class TransactionContractsTest {

    static final JsonMapper JSON = new JsonMapper();
    static final Instant OPENED = Instant.parse("2026-11-20T06:02:40Z");
    static final BigDecimal PRICE = new BigDecimal("3200000.00");
    static final Subscription SUBSCRIPTION = new Subscription(PRICE, new BigDecimal("50000.00"),
            new BigDecimal("910000.00"), new BigDecimal("2240000.00"), Financing.COMMERCIAL_LOAN, "330106198801012345",
            "u-bj-consultant-1", Instant.parse("2026-11-21T03:45:00Z"), "u-bj-pm", Instant.parse("2026-11-21T04:00:00Z"),
            new Subscription.Signature(Subscription.Signer.BUYER, null, null, null, "file-7", null, "u-bj-consultant-1",
                    Instant.parse("2026-11-21T04:30:00Z")), Subscription.Status.SIGNED, null, null, null);
    static final Receipt TEMPORARY = receipt("BJ-2026-000123", PaymentPurpose.TEMPORARY_DEPOSIT, "10000.00", "10000.00",
            "0.00", null, PaymentMethod.CASH, PaymentDetails.none(), Instant.parse("2026-11-20T06:10:00Z"));
    static final Receipt FORMAL = receipt("BJ-2026-000124", PaymentPurpose.FORMAL_DEPOSIT, "50000.00", "40000.00",
            "10000.00", "BJ-2026-000123", PaymentMethod.CHEQUE,
            new PaymentDetails(null, "10250001", "工商银行", null, null, null, List.of()),
            Instant.parse("2026-11-21T03:30:00Z"));
    static final Mortgage.Appointment APPOINTMENT = new Mortgage.Appointment("中国建设银行滨江支行", "滨江区江南大道 88 号",
            Instant.parse("2027-01-08T01:30:00Z"), List.of("身份证", "户口本", "收入证明"), "u-bj-consultant-1",
            Instant.parse("2026-12-22T02:00:00Z"));

    /** DEAL-7: the golden deal's down payment, a day overdue, as the sweep raised it. */
    static final Escalation OVERDUE = new Escalation("esc-down-payment-overdue-2026-12-21",
            Escalation.Kind.DOWN_PAYMENT_OVERDUE, Instant.parse("2026-12-21T16:00:00Z"),
            "the down payment 910000.00 was due on 2026-12-21 and is not paid (1 day overdue)", "2026-12-21", null, null,
            null);

    static Receipt receipt(String number, PaymentPurpose purpose, String amount, String received, String credited,
            String replaces, PaymentMethod method, PaymentDetails details, Instant at) {
        return new Receipt(number, "deal-7d0c9a1e", "pay-" + number, "dev-huaxin", "office-binjiang", purpose,
                "unit-3-1802", "3-1802", "王先生", new BigDecimal(amount), new BigDecimal(received),
                new BigDecimal(credited), replaces, method, details, null, "u-bj-finance", "u-bj-pm", at,
                Receipt.Status.ISSUED, null, null, null);
    }

    /** The golden deal: opened, held, deposited, subscribed, with the price of the approved discount. */
    static Deal goldenDeal(DealStatus status) {
        return Deal.restore(new Deal.Stored("deal-7d0c9a1e", "dev-huaxin", "office-binjiang", "unit-3-1802", "3-1802",
                "u-bj-consultant-1", "lead-5b1f2c0e", new Buyer("王先生", "13812345678"), OPENED, status,
                new BigDecimal("3256800.00"), PRICE, null, null, List.of(), List.of(TEMPORARY, FORMAL),
                LocalDate.parse("2026-12-21"), SUBSCRIPTION, List.of(), null, null, null, null, List.of(), List.of(), List.of(),
                List.of("李女士"), List.of(), List.of(), 0));
    }

    static Stream<Arguments> producedEvents() {
        Deal deal = goldenDeal(DealStatus.DEPOSIT_RECEIVED);
        Receipt down = receipt("BJ-2026-000301", PaymentPurpose.DOWN_PAYMENT, "960000.00", "910000.00", "50000.00",
                "BJ-2026-000124", PaymentMethod.TRANSFER, PaymentDetails.none(), Instant.parse("2026-12-20T03:00:00Z"));
        Payment bounced = new Payment("pay-3f2a", PaymentPurpose.FORMAL_DEPOSIT, new BigDecimal("40000"),
                PaymentMethod.CHEQUE, FORMAL.details(), null, "u-bj-finance", Instant.parse("2026-11-21T03:20:00Z"),
                LocalDate.parse("2026-12-21"), Payment.Status.CONFIRMED, "u-bj-pm", Instant.parse("2026-11-21T03:30:00Z"),
                "BJ-2026-000124", Payment.ChequeState.BOUNCED, "u-bj-finance", Instant.parse("2026-11-23T02:00:00Z"),
                "存款不足");
        Instant later = Instant.parse("2026-11-23T02:00:00Z");
        Receipt voided = new Receipt(FORMAL.number(), FORMAL.dealId(), FORMAL.paymentId(), FORMAL.developerId(),
                FORMAL.officeId(), FORMAL.purpose(), FORMAL.unitId(), FORMAL.unitCode(), FORMAL.buyerName(),
                FORMAL.amount(), FORMAL.received(), FORMAL.credited(), FORMAL.replaces(), FORMAL.method(),
                FORMAL.details(), null, FORMAL.receivedBy(), FORMAL.confirmedBy(), FORMAL.issuedAt(),
                Receipt.Status.VOIDED, "u-bj-finance", later, "cheque 10250001 bounced: 存款不足");
        Receipt reclaimed = new Receipt(TEMPORARY.number(), TEMPORARY.dealId(), TEMPORARY.paymentId(),
                TEMPORARY.developerId(), TEMPORARY.officeId(), TEMPORARY.purpose(), TEMPORARY.unitId(),
                TEMPORARY.unitCode(), TEMPORARY.buyerName(), TEMPORARY.amount(), TEMPORARY.received(),
                TEMPORARY.credited(), null, TEMPORARY.method(), TEMPORARY.details(), null, TEMPORARY.receivedBy(),
                TEMPORARY.confirmedBy(), TEMPORARY.issuedAt(), Receipt.Status.RECLAIMED, "u-bj-finance", later,
                "reclaimed by receipt BJ-2026-000124 (正式定金)");
        // the sample's canceller is as inventory-service first defined it (consumer-first)
        Cancellation cancellation = new Cancellation("the buyer withdrew; deposit refunded", "u-bj-finance",
                Instant.parse("2026-11-22T05:30:00Z"), DealStatus.DEPOSIT_RECEIVED, List.of(
                refund(FORMAL, "40000.00"), refund(TEMPORARY, "10000.00")), List.of("BJ-2026-000124"));
        Mortgage.Appointment moved = new Mortgage.Appointment(APPOINTMENT.bank(), APPOINTMENT.place(),
                Instant.parse("2027-01-12T01:30:00Z"), APPOINTMENT.documents(), "u-bj-consultant-1",
                Instant.parse("2027-01-05T02:00:00Z"));
        Deal signed = goldenDeal(DealStatus.SUBSCRIPTION_SIGNED);
        ChangeOrder swap = change("co-4e0a7c21", ChangeOrder.Kind.UNIT_SWAP, "the buyer prefers the higher floor", null,
                null, null, Instant.parse("2026-11-25T02:00:00Z"));
        ChangeOrder renaming = change("co-9b3d2f10", ChangeOrder.Kind.BUYER_CHANGE, "the buyer's wife joins the purchase",
                "李女士", "LEAD-9 renaming to dodge a claim: the deal's lead lead-5b1f2c0e belongs to consultant "
                        + "u-bj-consultant-1; checked whether 李女士 (added) is a customer registered by another consultant",
                "李女士 is the buyer's wife, registered by nobody else", Instant.parse("2026-11-26T03:00:00Z"));
        ChangeOrder repricing = change("co-1c7e5a88", ChangeOrder.Kind.PRICE_CHANGE, "the developer's year-end discount",
                null, null, null, Instant.parse("2026-11-27T02:30:00Z"));
        return Stream.of(
                Arguments.of(UnitSwapped.TYPE, new DealEvent.UnitSwapped(signed, swap, "unit-3-1702", "3-1702",
                        new BigDecimal("3150000.00"), false, "u-bj-pm", swap.decidedAt())),
                Arguments.of(BuyerChanged.TYPE, new DealEvent.BuyerChanged(signed, renaming, List.of(), false, "u-bj-pm",
                        renaming.decidedAt())),
                Arguments.of(PriceChanged.TYPE, new DealEvent.PriceChanged(signed, repricing,
                        new BigDecimal("3230000.00"), false, "u-bj-pm", repricing.decidedAt())),
                Arguments.of(DealOpened.TYPE, new DealEvent.Opened(goldenDeal(DealStatus.OPENED))),
                Arguments.of(TemporaryDepositReceived.TYPE, new DealEvent.TemporaryDepositReceived(deal, TEMPORARY)),
                Arguments.of(DepositReceived.TYPE, new DealEvent.DepositReceived(deal, FORMAL)),
                Arguments.of(DownPaymentDueDateSet.TYPE, new DealEvent.DownPaymentDueDateSet(deal,
                        LocalDate.parse("2026-12-21"), "u-bj-finance", Instant.parse("2026-11-21T03:30:00Z"))),
                Arguments.of(DownPaymentRescheduled.TYPE, new DealEvent.DownPaymentRescheduled(deal,
                        LocalDate.parse("2026-12-21"), LocalDate.parse("2026-12-28"), "the buyer's bank transfer limit",
                        "u-bj-pm", Instant.parse("2026-12-10T02:00:00Z"))),
                Arguments.of(SubscriptionApproved.TYPE, new DealEvent.SubscriptionApproved(deal, SUBSCRIPTION)),
                Arguments.of(SubscriptionSigned.TYPE, new DealEvent.SubscriptionSigned(deal, SUBSCRIPTION)),
                Arguments.of(DownPaymentReceived.TYPE, new DealEvent.DownPaymentReceived(deal, down)),
                Arguments.of(EligibilityChecked.TYPE, new DealEvent.EligibilityChecked(deal, new EligibilityCheck(true,
                        "沪籍, 名下无房", "u-bj-consultant-1", Instant.parse("2026-12-20T05:00:00Z")))),
                Arguments.of(ContractSigned.TYPE, new DealEvent.ContractSigned(deal, new SalesContract("HT-2026-0815",
                        Instant.parse("2026-12-21T07:00:00Z"), "u-bj-consultant-1"))),
                Arguments.of(MortgageAppointmentSet.TYPE, new DealEvent.MortgageAppointmentSet(deal, APPOINTMENT)),
                Arguments.of(MortgageAppointmentRescheduled.TYPE, new DealEvent.MortgageAppointmentRescheduled(deal,
                        APPOINTMENT, moved)),
                Arguments.of(MortgageProgressRecorded.TYPE, new DealEvent.MortgageProgressRecorded(deal,
                        new Mortgage.Milestone(Financing.LoanType.COMMERCIAL, Mortgage.Step.APPROVED,
                                java.time.LocalDate.parse("2027-01-20"), "u-bj-finance",
                                Instant.parse("2027-01-20T07:15:00Z")))),
                Arguments.of(MortgageCompleted.TYPE, new DealEvent.MortgageCompleted(deal, new Mortgage(APPOINTMENT, 0,
                        List.of(), Instant.parse("2027-02-10T06:00:00Z")))),
                Arguments.of(HandedOver.TYPE, new DealEvent.HandedOver(deal, new Handover(
                        Instant.parse("2027-06-30T02:00:00Z"), "u-bj-consultant-1"))),
                Arguments.of(ReceiptIssued.TYPE, new DealEvent.ReceiptIssued(deal, FORMAL)),
                Arguments.of(ReceiptReclaimed.TYPE, new DealEvent.ReceiptReclaimed(deal, reclaimed)),
                Arguments.of(ReceiptVoided.TYPE, new DealEvent.ReceiptVoided(deal, voided)),
                Arguments.of(ChequeBounced.TYPE, new DealEvent.ChequeBounced(deal, bounced, voided)),
                Arguments.of(DealCancelled.TYPE, new DealEvent.Cancelled(deal, cancellation)),
                Arguments.of(EscalationRaised.TYPE, new DealEvent.EscalationRaised(deal, OVERDUE)),
                Arguments.of(EscalationResolved.TYPE, new DealEvent.EscalationResolved(deal, new Escalation(OVERDUE.id(),
                        OVERDUE.kind(), OVERDUE.raisedAt(), OVERDUE.detail(), OVERDUE.reference(), "u-bj-pm",
                        Instant.parse("2026-12-22T03:15:00Z"), "买方已电话确认, 周五前转账"))));
    }

    /** An approved change order of the golden deal, as the PM decided it. */
    static ChangeOrder change(String id, ChangeOrder.Kind kind, String reason, String added, String check,
            String checkNote, Instant decidedAt) {
        return new ChangeOrder(id, kind, ChangeOrder.Status.APPROVED, reason, "u-bj-consultant-1",
                decidedAt.minusSeconds(3600), null, null, null, null, added, null, check, checkNote, null, null, null,
                null, List.of(), DealStatus.SUBSCRIPTION_SIGNED, 2, "u-bj-pm", decidedAt, "approved", null, null, null);
    }

    static Cancellation.Refund refund(Receipt receipt, String amount) {
        return new Cancellation.Refund(receipt.paymentId(), receipt.number(), receipt.purpose(), new BigDecimal(amount),
                new BigDecimal(amount), new BigDecimal("0.00"), PaymentMethod.TRANSFER, "refunded", "u-bj-pm",
                Instant.parse("2026-11-22T05:30:00Z"));
    }

    @ParameterizedTest(name = "{0} v1")
    @MethodSource("producedEvents")
    @DisplayName("every event transaction-service produces serialises to its golden sample (v1), amounts fen-exact")
    void producedEventsMatchTheirGoldenSamples(String type, DealEvent event) {
        String json = EventJson.write(TransactionEvents.toContract(event));

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(GoldenSamples.json(type, 1)));
    }

    @Test
    @DisplayName("every transaction contract of the events module is produced here, and tested above")
    void everyContractIsProduced() {
        assertThat(Stream.concat(producedEvents().map(arguments -> arguments.get()[0]),
                Stream.of(InstalmentPlanSet.TYPE))).containsExactlyInAnyOrder(
                DealOpened.TYPE, TemporaryDepositReceived.TYPE, DepositReceived.TYPE, DownPaymentDueDateSet.TYPE,
                DownPaymentRescheduled.TYPE, SubscriptionApproved.TYPE, SubscriptionSigned.TYPE,
                DownPaymentReceived.TYPE, EligibilityChecked.TYPE, ContractSigned.TYPE, MortgageAppointmentSet.TYPE,
                MortgageAppointmentRescheduled.TYPE, MortgageProgressRecorded.TYPE, MortgageCompleted.TYPE, HandedOver.TYPE,
                ReceiptIssued.TYPE,
                ReceiptReclaimed.TYPE, ReceiptVoided.TYPE, ChequeBounced.TYPE, DealCancelled.TYPE,
                EscalationRaised.TYPE, EscalationResolved.TYPE, UnitSwapped.TYPE, BuyerChanged.TYPE, PriceChanged.TYPE,
                InstalmentPlanSet.TYPE);
    }

    /** 分期付款: the golden cash deal, its balance in three instalments, 1,200,000.00 of them paid (the first in full). */
    static Deal instalmentDeal() {
        Payment first = instalmentPayment("pay-i1", "700000.00", "BJ-2027-000015", Instant.parse("2027-01-18T03:00:00Z"));
        Payment second = instalmentPayment("pay-i2", "500000.00", "BJ-2027-000031", Instant.parse("2027-02-03T06:15:00Z"));
        Deal golden = goldenDeal(DealStatus.DOWN_PAYMENT_RECEIVED);
        return Deal.restore(new Deal.Stored(golden.id(), golden.developerId(), golden.officeId(), golden.unitId(),
                golden.unitCode(), golden.consultantId(), golden.leadId(), golden.buyer(), OPENED,
                DealStatus.DOWN_PAYMENT_RECEIVED, new BigDecimal("3256800.00"), PRICE, null, null, List.of(first, second),
                List.of(TEMPORARY, FORMAL), LocalDate.parse("2026-12-21"), SUBSCRIPTION, List.of(), null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(
                        new Instalment(LocalDate.parse("2027-01-20"), new BigDecimal("700000.00")),
                        new Instalment(LocalDate.parse("2027-03-20"), new BigDecimal("700000.00")),
                        new Instalment(LocalDate.parse("2027-05-20"), new BigDecimal("840000.00"))), 0));
    }

    static Payment instalmentPayment(String id, String amount, String receiptNumber, Instant at) {
        return new Payment(id, PaymentPurpose.INSTALMENT, new BigDecimal(amount), PaymentMethod.TRANSFER,
                PaymentDetails.none(), null, "u-bj-finance", at.minusSeconds(600), null, Payment.Status.CONFIRMED,
                "u-bj-pm", at, receiptNumber, null, null, null, null);
    }

    @Test
    @DisplayName("分期付款: an instalment paid publishes the whole plan with what is owed of each (instalment-plan-set v1), "
            + "after the write's own events, serialised to its golden sample")
    void instalmentPaidPublishesThePlan() {
        Deal deal = instalmentDeal();
        Receipt paid = receipt("BJ-2027-000031", PaymentPurpose.INSTALMENT, "500000.00", "500000.00", "0.00", null,
                PaymentMethod.TRANSFER, PaymentDetails.none(), Instant.parse("2027-02-03T06:15:00Z"));

        InstalmentPlanSet plan = TransactionEvents.instalmentPlan(List.of(new DealEvent.ReceiptIssued(deal, paid)))
                .orElseThrow();

        assertThat(JSON.readTree(EventJson.write(plan))).isEqualTo(JSON.readTree(GoldenSamples.json(InstalmentPlanSet.TYPE,
                InstalmentPlanSet.VERSION)));
    }

    @Test
    @DisplayName("分期付款: the plan is published when signed, repriced, swapped, paid or bounced, not on other steps, "
            + "not for a deal without instalments")
    void instalmentPlanOnlyWhenItChanges() {
        Deal deal = instalmentDeal();
        Instant at = Instant.parse("2026-11-27T02:30:00Z");
        ChangeOrder repricing = change("co-1c7e5a88", ChangeOrder.Kind.PRICE_CHANGE, "year-end discount", null, null,
                null, at);

        assertThat(TransactionEvents.instalmentPlan(List.of(new DealEvent.SubscriptionSigned(deal, SUBSCRIPTION))))
                .get().extracting(InstalmentPlanSet::reason).isEqualTo("SUBSCRIPTION_SIGNED");
        assertThat(TransactionEvents.instalmentPlan(List.of(new DealEvent.PriceChanged(deal, repricing, PRICE, false,
                "u-bj-pm", at)))).get().extracting(InstalmentPlanSet::reason).isEqualTo("PRICE_CHANGED");
        assertThat(TransactionEvents.instalmentPlan(List.of(new DealEvent.ReceiptIssued(deal, FORMAL)))).isEmpty();
        assertThat(TransactionEvents.instalmentPlan(List.of(new DealEvent.SubscriptionSigned(
                goldenDeal(DealStatus.SUBSCRIPTION_SIGNED), SUBSCRIPTION)))).isEmpty();
    }

    @Test
    @DisplayName("UnitSwapRefused v1 (consumed) parses from its golden sample: the deal, its change order, the unit refused and the rule")
    void unitSwapRefusedParses() {
        UnitSwapRefused refused = EventJson.read(GoldenSamples.json(UnitSwapRefused.TYPE, UnitSwapRefused.VERSION),
                UnitSwapRefused.class);

        assertThat(refused.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(refused.changeOrderId()).isEqualTo("co-4e0a7c21");
        assertThat(refused.unitId()).isEqualTo("unit-3-1902");
        assertThat(refused.previousUnitId()).isEqualTo("unit-3-1802");
        assertThat(refused.rule()).isEqualTo("UNIT-2");
    }

    @Test
    @DisplayName("UnitHeld v1 (consumed) parses from its golden sample and holds the deal's unit at its list price")
    void unitHeldParses() {
        UnitHeld held = EventJson.read(GoldenSamples.json(UnitHeld.TYPE, UnitHeld.VERSION), UnitHeld.class);

        assertThat(held.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(held.unitId()).isEqualTo("unit-3-1802");
        assertThat(held.heldAt()).isEqualTo(Instant.parse("2026-11-20T06:03:07Z"));
        assertThat(held.holdExpiresAt()).isEqualTo(Instant.parse("2026-11-22T06:03:07Z"));

        Deal deal = goldenDeal(DealStatus.OPENED);
        deal.unitHeld(held.unitId(), held.heldAt(), held.holdExpiresAt(), held.listPrice(), held.consultantId());
        assertThat(deal.status()).isEqualTo(DealStatus.UNIT_HELD);
    }

    @Test
    @DisplayName("UNIT-4: DiscountApproved v1 (consumed) parses from its golden sample; its discounted price is the deal's price")
    void discountApprovedParses() {
        DiscountApproved approved = EventJson.read(GoldenSamples.json(DiscountApproved.TYPE, DiscountApproved.VERSION),
                DiscountApproved.class);

        Deal deal = goldenDeal(DealStatus.UNIT_HELD);
        deal.discountApproved(approved.discountedPrice(), approved.approvedBy(), approved.approvedAt());
        assertThat(deal.price()).isEqualByComparingTo(approved.discountedPrice());
    }

    @Test
    @DisplayName("DEAL-7: ReminderUndeliverable v1 and ReminderUnanswered v1 (consumed) parse from their golden samples and put the deal on the escalation list, once per reminder")
    void reminderReportsParse() {
        ReminderUndeliverable undeliverable = EventJson.read(GoldenSamples.json(ReminderUndeliverable.TYPE,
                ReminderUndeliverable.VERSION), ReminderUndeliverable.class);
        ReminderUnanswered unanswered = EventJson.read(GoldenSamples.json(ReminderUnanswered.TYPE,
                ReminderUnanswered.VERSION), ReminderUnanswered.class);
        Deal deal = goldenDeal(DealStatus.SUBSCRIPTION_SIGNED);

        assertThat(undeliverable.dealId()).isEqualTo(deal.id());
        assertThat(deal.buyerNotReached(Escalation.Kind.BUYER_UNREACHABLE, undeliverable.reminderId(),
                NotificationEventHandlers.undeliverable(undeliverable), undeliverable.decidedAt())).isPresent();
        assertThat(deal.buyerNotReached(Escalation.Kind.REMINDER_UNANSWERED, unanswered.reminderId(), "no receipt",
                unanswered.decidedAt())).isPresent();
        assertThat(deal.buyerNotReached(Escalation.Kind.BUYER_UNREACHABLE, undeliverable.reminderId(), "again",
                undeliverable.decidedAt())).isEmpty();
        assertThat(deal.openEscalations()).extracting(Escalation::id).containsExactly(
                "esc-buyer-unreachable-rem-4f6b2c1d9a8e4d0f", "esc-reminder-unanswered-rem-4f6b2c1d9a8e4d0f");
        assertThat(deal.openEscalations().getFirst().detail()).contains("down payment reminder (due 2026-12-21)",
                "138****5678", "SMS: isv.SMS_TEMPLATE_ILLEGAL", "WECHAT: 43004");
        assertThat(deal.openEscalations().getFirst().raisedAt()).isEqualTo(undeliverable.decidedAt());
    }
}
