package com.anchang.transaction.domain;

import static com.anchang.transaction.domain.DealFixtures.CONSULTANT;
import static com.anchang.transaction.domain.DealFixtures.FINANCE;
import static com.anchang.transaction.domain.DealFixtures.PM;
import static com.anchang.transaction.domain.DealFixtures.SALES_CONTROL;
import static com.anchang.transaction.domain.DealFixtures.entry;
import static com.anchang.transaction.domain.DealFixtures.invalid;
import static com.anchang.transaction.domain.DealFixtures.refusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Money on a deal: two people (DEAL-1), receipts (DEAL-2), reclaims (DEAL-3), third-party payers (DEAL-6), amounts. */
class DealMoneyTest {

    final DealFixtures deals = new DealFixtures();

    static PaymentEntry paid(PaymentPurpose purpose, String amount, PaymentMethod method, PaymentDetails details) {
        return new PaymentEntry(purpose, new BigDecimal(amount), method, details, null,
                purpose == PaymentPurpose.FORMAL_DEPOSIT ? DealFixtures.DUE : null);
    }

    static PaymentDetails cheque(String number) {
        return new PaymentDetails(null, number, "工商银行", null, null, null, List.of());
    }

    @Nested
    @DisplayName("DEAL-1: money is received by finance or the PM, and a second staff member confirms it with their own sign-in")
    class TwoPeople {

        @Test
        @DisplayName("DEAL-1: entered money is not received: no receipt, no step, until a second staff member confirms it; then both are recorded")
        void receivedOnlyWhenConfirmed() {
            Deal deal = deals.held();
            Payment entered = deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"));

            assertThat(deal.status()).isEqualTo(DealStatus.UNIT_HELD);
            assertThat(deal.receipts()).isEmpty();
            assertThat(deal.held()).isZero();
            assertThat(deal.waiting()).contains(entered);

            Receipt receipt = deals.confirm(deal, entered.id(), CONSULTANT);

            assertThat(deal.status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);
            assertThat(receipt.receivedBy()).isEqualTo("u-finance-1");
            assertThat(receipt.confirmedBy()).isEqualTo("c-1");
            assertThat(deal.payments()).singleElement().satisfies(p -> {
                assertThat(p.status()).isEqualTo(Payment.Status.CONFIRMED);
                assertThat(p.decidedBy()).isEqualTo("c-1");
                assertThat(p.receiptNumber()).isEqualTo(receipt.number());
            });
            assertThat(deal.waiting()).isEmpty();
        }

        @Test
        @DisplayName("DEAL-1: a consultant or sales control may not receive money; refused naming DEAL-1, nothing entered")
        void onlyFinanceOrThePmReceive() {
            Deal deal = deals.held();
            refusedBy("DEAL-1", () -> deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"), CONSULTANT));
            refusedBy("DEAL-1", () -> deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"), SALES_CONTROL));
            assertThat(deal.payments()).isEmpty();
        }

        @Test
        @DisplayName("DEAL-1: the person who entered the money cannot also confirm it; someone who is not staff of the office (head office) cannot either")
        void secondPersonIsAnotherStaffMember() {
            Deal deal = deals.held();
            Payment entered = deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"));

            refusedBy("DEAL-1", () -> deal.receiptFor(entered.id(), StaffMember.of("u-finance-1", StaffRole.FINANCE,
                    StaffRole.PM), deals.tick(), deals.policy()));
            refusedBy("DEAL-1", () -> deal.receiptFor(entered.id(), StaffMember.of("u-head-office"), deals.tick(),
                    deals.policy()));
            assertThat(deal.receipts()).isEmpty();
            assertThat(deal.status()).isEqualTo(DealStatus.UNIT_HELD);
        }

        @Test
        @DisplayName("DEAL-1: one payment waits at a time; a confirmed one is not confirmed twice")
        void onePaymentWaitsAtATime() {
            Deal deal = deals.held();
            Payment entered = deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"));
            refusedBy("DEAL-1", () -> deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"), PM));
            deals.confirm(deal, entered.id(), PM);
            refusedBy("DEAL-1", () -> deal.receiptFor(entered.id(), CONSULTANT, deals.tick(), deals.policy()));
        }
    }

    @Nested
    @DisplayName("DEAL-2: receipts")
    class Receipts {

        @Test
        @DisplayName("DEAL-2: a receipt states unit, buyer, purpose, amount in figures and in capital numerals, method, who received and who confirmed; numbered per office and year")
        void receiptStatesEverything() {
            Deal deal = deals.held();
            Receipt receipt = deals.pay(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000"));

            assertThat(receipt.number()).isEqualTo("BJ-2026-000001");
            assertThat(receipt.unitCode()).isEqualTo("3-1802");
            assertThat(receipt.buyerName()).isEqualTo("王先生");
            assertThat(receipt.purpose().printed()).isEqualTo("正式定金");
            assertThat(receipt.amount()).isEqualTo(new BigDecimal("50000.00"));
            assertThat(receipt.amountInWords()).isEqualTo("伍万元整");
            assertThat(receipt.method().printed()).isEqualTo("银行转账");
            assertThat(receipt.condition()).isNull();
            assertThat(receipt.dealId()).isEqualTo(deal.id());
            assertThat(deal.valid(receipt)).isTrue();
        }

        @Test
        @DisplayName("DEAL-2: a cheque needs its number (400 naming chequeNumber); its receipt says it is valid once the cheque clears, and is valid only then")
        void chequeReceipt() {
            Deal deal = deals.held();
            invalid("chequeNumber", () -> deals.enter(deal, paid(PaymentPurpose.FORMAL_DEPOSIT, "50000", PaymentMethod.CHEQUE, PaymentDetails.none())));

            Receipt receipt = deals.pay(deal, paid(PaymentPurpose.FORMAL_DEPOSIT, "50000", PaymentMethod.CHEQUE,
                    cheque("10250001")));

            assertThat(receipt.details().chequeNumber()).isEqualTo("10250001");
            assertThat(receipt.condition()).isEqualTo("支票到账后本收据有效");
            assertThat(deal.status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);
            assertThat(deal.valid(receipt)).isFalse();

            List<DealEvent> cleared = deal.settleCheque(receipt.paymentId(), true, null, FINANCE, deals.tick());
            assertThat(cleared).isEmpty();
            assertThat(deal.valid(deal.receipts().getFirst())).isTrue();
            refusedBy("DEAL-2", () -> deal.settleCheque(receipt.paymentId(), false, "late", FINANCE, deals.tick()));
        }

        @Test
        @DisplayName("DEAL-2: a bounced cheque voids its receipt with who and why and reopens the step: the payment is due again, other money is refused until it is paid again")
        void bouncedChequeReopensTheStep() {
            Deal deal = deals.held();
            Receipt bounced = deals.pay(deal, paid(PaymentPurpose.FORMAL_DEPOSIT, "50000", PaymentMethod.CHEQUE,
                    cheque("10250001")));
            deal.draftSubscription(Financing.COMMERCIAL_LOAN, new BigDecimal("910000"), "330106198801012345", "c-1",
                    deals.tick(), deals.policy());

            List<DealEvent> events = deal.settleCheque(bounced.paymentId(), false, "存款不足", FINANCE, deals.tick());

            assertThat(events).hasExactlyElementsOfTypes(DealEvent.ChequeBounced.class, DealEvent.ReceiptVoided.class,
                    DealEvent.EscalationRaised.class); // DEAL-7: on the PM's list with the bounce
            Receipt voided = deal.receipts().getFirst();
            assertThat(voided.status()).isEqualTo(Receipt.Status.VOIDED);
            assertThat(voided.closedBy()).isEqualTo("u-finance-1");
            assertThat(voided.closedBecause()).isEqualTo("cheque 10250001 bounced: 存款不足");
            assertThat(deal.held()).isZero();
            assertThat(deal.nextSteps(deals.policy())).extracting(NextStep::action).contains(NextStep.Action.PAY_AGAIN);

            deal.approveSubscription(PM, deals.tick());
            deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), deals.tick());
            refusedBy("DEAL-2", () -> deals.enter(deal, entry(PaymentPurpose.DOWN_PAYMENT, "910000")));
            invalid("downPaymentDueDate", () -> deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000")));

            Receipt again = deals.pay(deal, new PaymentEntry(PaymentPurpose.FORMAL_DEPOSIT, new BigDecimal("50000"),
                    PaymentMethod.TRANSFER, null, null, null));
            assertThat(again.number()).isEqualTo("BJ-2026-000002");
            assertThat(deal.status()).isEqualTo(DealStatus.SUBSCRIPTION_SIGNED);
            assertThat(deal.held()).isEqualTo(new BigDecimal("50000.00"));
            deals.pay(deal, entry(PaymentPurpose.DOWN_PAYMENT, "910000"));
            assertThat(deal.status()).isEqualTo(DealStatus.DOWN_PAYMENT_RECEIVED);
        }

        @Test
        @DisplayName("DEAL-2: foreign notes state currency, amount, rate and every serial number; the CNY amount is their value at the recorded rate")
        void foreignCurrency() {
            Deal deal = deals.opened();
            PaymentDetails usd = new PaymentDetails(null, null, null, "usd", new BigDecimal("1000"), new BigDecimal("7.1234"),
                    List.of("AB12345678", "AB12345679"));
            invalid("amount", () -> deals.enter(deal, paid(PaymentPurpose.TEMPORARY_DEPOSIT, "7000", PaymentMethod.FOREIGN_CURRENCY, usd)));
            invalid("noteSerials", () -> deals.enter(deal, paid(PaymentPurpose.TEMPORARY_DEPOSIT, "7123.40", PaymentMethod.FOREIGN_CURRENCY, new PaymentDetails(null, null, null, "USD", new BigDecimal("1000"), new BigDecimal("7.1234"), List.of()))));
            invalid("currency", () -> deals.enter(deal, paid(PaymentPurpose.TEMPORARY_DEPOSIT, "7123.40", PaymentMethod.FOREIGN_CURRENCY, new PaymentDetails(null, null, null, "CNY", new BigDecimal("1000"), new BigDecimal("7.1234"), List.of("AB1")))));

            Receipt receipt = deals.pay(deal, paid(PaymentPurpose.TEMPORARY_DEPOSIT, "7123.40",
                    PaymentMethod.FOREIGN_CURRENCY, usd));

            assertThat(receipt.details().currency()).isEqualTo("USD");
            assertThat(receipt.details().noteSerials()).containsExactly("AB12345678", "AB12345679");
            assertThat(receipt.amountInWords()).isEqualTo("柒仟壹佰贰拾叁元肆角整");
        }

        @Test
        @DisplayName("DEAL-2: WeChat Pay and Alipay need their reference; details of another method are refused, naming the field")
        void methodDetails() {
            Deal deal = deals.opened();
            invalid("reference", () -> deals.enter(deal, paid(PaymentPurpose.TEMPORARY_DEPOSIT, "5000", PaymentMethod.WECHAT_PAY, PaymentDetails.none())));
            invalid("chequeNumber", () -> deals.enter(deal, paid(PaymentPurpose.TEMPORARY_DEPOSIT, "5000", PaymentMethod.CASH, cheque("123456"))));
            Receipt alipay = deals.pay(deal, paid(PaymentPurpose.TEMPORARY_DEPOSIT, "5000", PaymentMethod.ALIPAY,
                    new PaymentDetails("2026112022001400001", null, null, null, null, null, null)));
            assertThat(alipay.details().reference()).isEqualTo("2026112022001400001");
        }

        @Test
        @DisplayName("DEAL-6: someone paying for the buyer is named on the payment and the receipt, with the written statement generated from it")
        void thirdPartyPayer() {
            Deal deal = deals.opened();
            invalid("payer.relation", () -> new Payer("李建国", "110101196001011234", " "));
            PaymentEntry byFather = new PaymentEntry(PaymentPurpose.TEMPORARY_DEPOSIT, new BigDecimal("50000"),
                    PaymentMethod.TRANSFER, null, new Payer("李建国", "110101196001011234", "父亲"), null);

            Receipt receipt = deals.pay(deal, byFather);

            assertThat(receipt.payer().name()).isEqualTo("李建国");
            assertThat(receipt.payerStatement().text()).contains("本人自愿替王先生交款，金额为人民币伍万元整");
            assertThat(receipt.payerStatement().maskedText()).contains("110***********1234");
        }
    }

    @Nested
    @DisplayName("DEAL-3: each receipt is reclaimed by the next step's")
    class Reclaims {

        @Test
        @DisplayName("DEAL-3: the formal receipt takes over and reclaims the temporary one; the down payment's the formal one; each reclaim recorded with who and why")
        void receiptsReclaimedInTurn() {
            Deal deal = deals.opened();
            Receipt temporary = deals.pay(deal, entry(PaymentPurpose.TEMPORARY_DEPOSIT, "10000"));
            deals.hold(deal);
            Receipt formal = deals.pay(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "40000"));

            assertThat(formal.replaces()).isEqualTo(temporary.number());
            assertThat(formal.credited()).isEqualTo(new BigDecimal("10000.00"));
            assertThat(formal.received()).isEqualTo(new BigDecimal("40000.00"));
            assertThat(formal.amount()).isEqualTo(new BigDecimal("50000.00"));
            Receipt reclaimed = deal.receipts().getFirst();
            assertThat(reclaimed.status()).isEqualTo(Receipt.Status.RECLAIMED);
            assertThat(reclaimed.closedBy()).isEqualTo("u-pm-1");
            assertThat(reclaimed.closedBecause()).isEqualTo("reclaimed by receipt " + formal.number() + " (正式定金)");
            assertThat(deals.events).filteredOn(DealEvent.ReceiptReclaimed.class::isInstance).hasSize(1);
            assertThat(deal.held()).isEqualTo(new BigDecimal("50000.00"));
        }

        @Test
        @DisplayName("DEAL-3: a receipt paid by cheque reclaims the one it takes over only once the cheque clears; the next money waits for it")
        void chequeReclaimsWhenCleared() {
            Deal deal = deals.opened();
            Receipt temporary = deals.pay(deal, entry(PaymentPurpose.TEMPORARY_DEPOSIT, "10000"));
            deals.hold(deal);
            Receipt formal = deals.pay(deal, paid(PaymentPurpose.FORMAL_DEPOSIT, "40000", PaymentMethod.CHEQUE,
                    cheque("10250001")));
            assertThat(deal.openReceipt(PaymentPurpose.TEMPORARY_DEPOSIT)).map(Receipt::number).contains(temporary.number());
            deal.draftSubscription(Financing.COMMERCIAL_LOAN, new BigDecimal("910000"), "330106198801012345", "c-1",
                    deals.tick(), deals.policy());
            deal.approveSubscription(PM, deals.tick());
            deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), deals.tick());
            refusedBy("DEAL-3", () -> deals.enter(deal, entry(PaymentPurpose.DOWN_PAYMENT, "910000")));

            List<DealEvent> cleared = deal.settleCheque(formal.paymentId(), true, null, FINANCE, deals.tick());

            assertThat(cleared).singleElement().isInstanceOf(DealEvent.ReceiptReclaimed.class);
            assertThat(deal.openReceipt(PaymentPurpose.TEMPORARY_DEPOSIT)).isEmpty();
            Receipt down = deals.pay(deal, entry(PaymentPurpose.DOWN_PAYMENT, "910000"));
            assertThat(down.replaces()).isEqualTo(formal.number());
            assertThat(down.amount()).isEqualTo(new BigDecimal("960000.00"));
        }

        @Test
        @DisplayName("DEAL-3: an office that takes the temporary deposit first refuses a formal deposit without its receipt")
        void temporaryDepositFirstByPolicy() {
            deals.with(DealFixtures.policy(true, DealPolicy.DepositOnCancellation.REFUND));
            Deal deal = deals.held();

            refusedBy("DEAL-3", () -> deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "50000")));
            deals.pay(deal, entry(PaymentPurpose.TEMPORARY_DEPOSIT, "10000"));
            deals.pay(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "40000"));
            assertThat(deal.status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);
        }

        @Test
        @DisplayName("DEAL-3: a temporary deposit after the formal one is refused; the contract reclaims the subscription")
        void contractReclaimsTheSubscription() {
            Deal deposited = deals.at(DealStatus.DEPOSIT_RECEIVED);
            refusedBy("DEAL-3", () -> deals.enter(deposited, entry(PaymentPurpose.TEMPORARY_DEPOSIT, "1000")));

            Deal signed = new DealFixtures().at(DealStatus.CONTRACT_SIGNED);
            assertThat(signed.subscription().status()).isEqualTo(Subscription.Status.RECLAIMED);
            assertThat(signed.subscription().closedBecause()).isEqualTo("sales contract HT-2026-0815 signed");
            assertThat(signed.receipts()).extracting(Receipt::status)
                    .containsExactly(Receipt.Status.RECLAIMED, Receipt.Status.ISSUED);
        }
    }

    @Nested
    @DisplayName("amounts: never above what is owed, a down payment at least the office's minimum share, fen-exact, nothing absurd")
    class Amounts {

        @Test
        @DisplayName("a payment more than 0, at most 100,000,000 CNY and fen-exact: otherwise 400 naming amount")
        void amountBounds() {
            Deal deal = deals.opened();
            for (String bad : new String[] {"0", "-1.00", "100000000.01", "50000.001"}) {
                invalid("amount", () -> deals.enter(deal, entry(PaymentPurpose.TEMPORARY_DEPOSIT, bad)));
            }
            assertThat(deal.payments()).isEmpty();
        }

        @Test
        @DisplayName("a payment above what is owed (the price less what is paid) is 400 naming amount")
        void notAboveWhatIsOwed() {
            Deal deal = deals.held();
            invalid("amount", () -> deals.enter(deal, entry(PaymentPurpose.FORMAL_DEPOSIT, "3200000.01")));
            Deal signed = new DealFixtures().at(DealStatus.SUBSCRIPTION_SIGNED);
            invalid("amount", () -> deals.enter(signed, entry(PaymentPurpose.DOWN_PAYMENT, "910000.01")));
        }

        @Test
        @DisplayName("a down payment that leaves the buyer below the office's minimum share (30%, deposits included) is 400 naming the field")
        void downPaymentMinimumShare() {
            Deal deal = deals.at(DealStatus.DEPOSIT_RECEIVED);
            invalid("downPaymentAmount", () -> deal.draftSubscription(Financing.COMMERCIAL_LOAN,
                    new BigDecimal("909999.99"), "330106198801012345", "c-1", deals.tick(), deals.policy()));
            deal.draftSubscription(Financing.COMMERCIAL_LOAN, new BigDecimal("1000000"), "330106198801012345", "c-1",
                    deals.tick(), deals.policy());
            deal.approveSubscription(PM, deals.tick());
            deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), deals.tick());

            invalid("amount", () -> deals.enter(deal, entry(PaymentPurpose.DOWN_PAYMENT, "900000")));
            deals.pay(deal, entry(PaymentPurpose.DOWN_PAYMENT, "910000"));
            assertThat(deal.held()).isEqualTo(new BigDecimal("960000.00"));
        }
    }
}
