package com.anchang.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Deals driven through the pipeline by the rules themselves, to any status, with a clock that moves a
 * minute per step: the unit 3-1802 at 3,200,000.00, a formal deposit of 50,000.00, a subscription with a
 * commercial loan and a down payment of 910,000.00 (with the deposit 30% of the price), finance entering
 * the money and the PM confirming it.
 */
public class DealFixtures {

    public static final Instant T0 = Instant.parse("2026-11-20T06:02:40Z");
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final BigDecimal PRICE = new BigDecimal("3200000.00");
    public static final DealPolicy POLICY = policy(false, DealPolicy.DepositOnCancellation.REFUND);
    public static final LocalDate DUE = LocalDate.parse("2026-12-21");
    public static final StaffMember FINANCE = StaffMember.of("u-finance-1", StaffRole.FINANCE);
    public static final StaffMember PM = StaffMember.of("u-pm-1", StaffRole.PM);
    public static final StaffMember CONSULTANT = StaffMember.of("c-1", StaffRole.CONSULTANT);
    public static final StaffMember SALES_CONTROL = StaffMember.of("u-control-1", StaffRole.SALES_CONTROL);

    public final ReceiptRegister register;
    public final List<DealEvent> events = new ArrayList<>();
    private final String developerId;
    private final String officeId;
    private final String consultantId;
    private final LocalDate due;
    private Instant now;
    private DealPolicy policy;

    /** Deals of dev-1's office-1 by consultant c-1, from {@link #T0}, receipts in memory. */
    public DealFixtures() {
        this("dev-1", "office-1", "c-1", new InMemoryReceiptRegister(), POLICY, T0);
    }

    /**
     * Deals of another office, from another time (a running service's clock), with receipts issued by
     * the register given (the service's own).
     */
    public DealFixtures(String developerId, String officeId, String consultantId, ReceiptRegister register,
            DealPolicy policy, Instant start) {
        this.developerId = developerId;
        this.officeId = officeId;
        this.consultantId = consultantId;
        this.register = register;
        this.policy = policy;
        this.now = start;
        this.due = LocalDate.ofInstant(start, policy.zone()).plusDays(31);
    }

    public static DealPolicy policy(boolean temporaryDepositRequired, DealPolicy.DepositOnCancellation deposits) {
        return new DealPolicy(SHANGHAI, temporaryDepositRequired, new BigDecimal("0.30"), "BJ", deposits,
                Duration.ofHours(6), new BigDecimal("0.0005"));
    }

    public DealFixtures with(DealPolicy other) {
        policy = other;
        return this;
    }

    public DealPolicy policy() {
        return policy;
    }

    /** The next minute. */
    public Instant tick() {
        now = now.plus(Duration.ofMinutes(1));
        return now;
    }

    public Instant now() {
        return now;
    }

    /** The clock set to {@code instant} (the next step a minute after it). */
    public Instant moveTo(Instant instant) {
        now = instant;
        return now;
    }

    public static UnitAvailability unit(String status) {
        return new UnitAvailability("unit-3-1802", "3-1802", "office-1", status, PRICE);
    }

    /** The down payment's due date the formal deposit sets: a month after the start. */
    public LocalDate due() {
        return due;
    }

    public Deal opened() {
        DealEvent.Opened opened = Deal.open(developerId, officeId, consultantId, "lead-1", new Buyer("王先生", "13812345678"),
                new UnitAvailability("unit-3-1802", "3-1802", officeId, UnitAvailability.AVAILABLE, PRICE), now);
        events.add(opened);
        return opened.deal();
    }

    public Deal held() {
        Deal deal = opened();
        hold(deal);
        return deal;
    }

    public void hold(Deal deal) {
        Instant at = tick();
        deal.unitHeld("unit-3-1802", at, at.plus(Duration.ofHours(48)), PRICE, "u-control-1");
    }

    /** A transfer, entered with {@link #DUE} as the down payment's due date if it is the formal deposit. */
    public static PaymentEntry entry(PaymentPurpose purpose, String amount) {
        return new PaymentEntry(purpose, new BigDecimal(amount), PaymentMethod.TRANSFER, PaymentDetails.none(), null,
                purpose == PaymentPurpose.FORMAL_DEPOSIT ? DUE : null);
    }

    /** A transfer, entered with this fixture's {@link #due()} if it is the formal deposit. */
    public PaymentEntry transfer(PaymentPurpose purpose, String amount) {
        return new PaymentEntry(purpose, new BigDecimal(amount), PaymentMethod.TRANSFER, PaymentDetails.none(), null,
                purpose == PaymentPurpose.FORMAL_DEPOSIT ? due : null);
    }

    /** Finance enters the payment, now: it waits for a second staff member. */
    public Payment enter(Deal deal, PaymentEntry entry) {
        return enter(deal, entry, FINANCE);
    }

    public Payment enter(Deal deal, PaymentEntry entry, StaffMember by) {
        return deal.enterPayment(entry, by, tick(), policy);
    }

    /** Finance enters the payment, the PM confirms it: its receipt. */
    public Receipt pay(Deal deal, PaymentEntry entry) {
        Payment payment = deal.enterPayment(entry, FINANCE, tick(), policy);
        return confirm(deal, payment.id(), PM);
    }

    public Receipt confirm(Deal deal, String paymentId, StaffMember confirmer) {
        Instant at = tick();
        Receipt draft = deal.receiptFor(paymentId, confirmer, at, policy);
        Receipt issued = register.issue(ReceiptSeries.of(policy.receiptPrefix(), at, policy.zone()), draft);
        events.addAll(deal.confirmPayment(paymentId, confirmer, issued, at, policy));
        return issued;
    }

    public Deal at(DealStatus status) {
        if (status == DealStatus.CANCELLED) {
            Deal deal = at(DealStatus.DEPOSIT_RECEIVED);
            events.addAll(deal.cancel("the buyer withdrew", PaymentMethod.TRANSFER, PM, List.of(), tick(), policy));
            return deal;
        }
        Deal deal = opened();
        if (status == DealStatus.OPENED) {
            return deal;
        }
        if (status == DealStatus.TEMPORARY_DEPOSIT_RECEIVED) {
            pay(deal, transfer(PaymentPurpose.TEMPORARY_DEPOSIT, "10000"));
            return deal;
        }
        hold(deal);
        if (status == DealStatus.UNIT_HELD) {
            return deal;
        }
        pay(deal, transfer(PaymentPurpose.FORMAL_DEPOSIT, "50000"));
        if (status == DealStatus.DEPOSIT_RECEIVED) {
            return deal;
        }
        deal.draftSubscription(Financing.COMMERCIAL_LOAN, new BigDecimal("910000"), "330106198801012345", consultantId,
                tick(), policy);
        if (status == DealStatus.SUBSCRIPTION_DRAFTED) {
            return deal;
        }
        events.add(deal.approveSubscription(PM, tick()));
        if (status == DealStatus.SUBSCRIPTION_APPROVED) {
            return deal;
        }
        Instant signedAt = tick();
        events.add(deal.signSubscription(new Subscription.Signature(Subscription.Signer.BUYER, null, null, null,
                "file-id-copy-1", null, consultantId, signedAt), papers(deal), signedAt));
        if (status == DealStatus.SUBSCRIPTION_SIGNED) {
            return deal;
        }
        pay(deal, transfer(PaymentPurpose.DOWN_PAYMENT, "910000"));
        if (status == DealStatus.DOWN_PAYMENT_RECEIVED) {
            return deal;
        }
        events.add(deal.checkEligibility(true, "沪籍, 名下无房", consultantId, tick()));
        if (status == DealStatus.ELIGIBILITY_CHECKED) {
            return deal;
        }
        events.addAll(deal.signContract("HT-2026-0815", consultantId, tick()));
        if (status == DealStatus.CONTRACT_SIGNED) {
            return deal;
        }
        deal.appointMortgage("建设银行滨江支行", "江南大道 88 号", now.plus(Duration.ofDays(10)), List.of("身份证", "收入证明"),
                "c-1", tick()).ifPresent(events::add);
        if (status == DealStatus.MORTGAGE_APPOINTED) {
            return deal;
        }
        events.addAll(deal.recordMortgageProgress(Financing.LoanType.COMMERCIAL, Mortgage.Step.DOCUMENTS_RECEIVED,
                today(), "c-1", tick(), policy));
        events.addAll(deal.recordMortgageProgress(Financing.LoanType.COMMERCIAL, Mortgage.Step.APPROVED, today(), "c-1",
                tick(), policy));
        events.addAll(deal.recordMortgageProgress(Financing.LoanType.COMMERCIAL, Mortgage.Step.FUNDS_DISBURSED, today(),
                "u-finance-1", tick(), policy));
        if (status == DealStatus.MORTGAGE_COMPLETED) {
            return deal;
        }
        events.add(deal.handOver("c-1", tick()));
        return deal;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now, SHANGHAI);
    }

    public static Subscription.Signature inPerson() {
        return new Subscription.Signature(Subscription.Signer.BUYER, null, null, null, "file-id-copy-1", null, "c-1",
                T0);
    }

    /** The papers a signing names, as uploaded for the deal: the buyer's ID copy {@code file-id-copy-1}. */
    public static List<DealFile> papers(Deal deal) {
        return List.of(file(deal, "file-id-copy-1", FileKind.ID_COPY));
    }

    public static DealFile file(Deal deal, String fileId, FileKind kind) {
        return new DealFile(fileId, deal.id(), deal.officeId(), kind, FileType.PDF, 1024, kind + ".pdf",
                "0".repeat(64), "c-1", T0);
    }

    public static void refusedBy(String rule, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.rule().id()).as(e.getMessage()).isEqualTo(rule));
    }

    public static void invalid(String field, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).as(e.getMessage()).isEqualTo(field));
    }
}
