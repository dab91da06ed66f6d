package com.anchang.transaction.domain;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.problem.RuleRefusedException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A buyer's deal on one unit, from the moment sales control confirmed the unit available to the
 * handover (RULES, DEAL): temporary deposit → unit held → formal deposit → subscription drafted,
 * approved, signed → down payment → eligibility → sales contract → mortgage → handover, or cancelled at
 * any step before the handover. The state machine is {@link DealStatus}; each step is a method that
 * refuses what the rulebook forbids, naming the rule, and records who and when on the timeline. Each
 * step decides every status in a switch expression (a guard's value, the status the step is taken at,
 * is not used further), so a status added later does not compile until each step decides it.
 *
 * <p>Money (DEAL-1): finance or the PM enters a payment; it is received — its receipt issued under the
 * number the register gave it (DEAL-2) — only when a second staff member of the office confirms it.
 * A receipt that takes over an earlier one reclaims it once it is valid (DEAL-3: at once, or when its
 * cheque clears); a bounced cheque voids its receipt and the payment is due again.
 */
public final class Deal {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    /** An input bound, not a policy: five years of monthly instalments. */
    private static final int MAX_INSTALMENTS = 60;
    private static final Pattern ID_NUMBER = Pattern.compile("[A-Za-z0-9]{6,30}");
    private static final List<StaffRole> MONEY = List.of(StaffRole.FINANCE, StaffRole.PM);
    private static final List<StaffRole> DEAL_STAFF = List.of(StaffRole.CONSULTANT, StaffRole.PM);
    private static final List<StaffRole> ANY_STAFF = List.of(StaffRole.CONSULTANT, StaffRole.SALES_CONTROL,
            StaffRole.FINANCE, StaffRole.PM);

    private final String id;
    private final String developerId;
    private final String officeId;
    private String unitId;
    private String unitCode;
    private final String consultantId;
    private final String leadId;
    private final Buyer buyer;
    private final Instant openedAt;
    private DealStatus status;
    private BigDecimal listPrice;
    private BigDecimal price;
    private Instant unitHeldAt;
    private Instant holdExpiresAt;
    private final List<Payment> payments;
    private final List<Receipt> receipts;
    private LocalDate downPaymentDueDate;
    private Subscription subscription;
    private final List<EligibilityCheck> eligibilityChecks;
    private SalesContract contract;
    private Mortgage mortgage;
    private Handover handover;
    private Cancellation cancellation;
    private final List<Escalation> escalations;
    private final List<TimelineEntry> timeline;
    private final List<String> requests;
    private final List<String> coBuyers;
    private final List<ChangeOrder> changeOrders;
    private final List<Instalment> instalments;
    private final long version;

    /** Everything storage holds of a deal. */
    public record Stored(String id, String developerId, String officeId, String unitId, String unitCode,
            String consultantId, String leadId, Buyer buyer, Instant openedAt, DealStatus status, BigDecimal listPrice,
            BigDecimal price, Instant unitHeldAt, Instant holdExpiresAt, List<Payment> payments, List<Receipt> receipts,
            LocalDate downPaymentDueDate, Subscription subscription, List<EligibilityCheck> eligibilityChecks,
            SalesContract contract, Mortgage mortgage, Handover handover, Cancellation cancellation,
            List<Escalation> escalations, List<TimelineEntry> timeline, List<String> requests, List<String> coBuyers,
            List<ChangeOrder> changeOrders, List<Instalment> instalments, long version) {
    }

    /** Rebuilds a deal from what storage holds; every change after that goes through the rules. */
    public static Deal restore(Stored s) {
        return new Deal(s);
    }

    private Deal(Stored s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.developerId = Objects.requireNonNull(s.developerId(), "developerId");
        this.officeId = Objects.requireNonNull(s.officeId(), "officeId");
        this.unitId = Objects.requireNonNull(s.unitId(), "unitId");
        this.unitCode = s.unitCode() == null ? s.unitId() : s.unitCode();
        this.consultantId = Objects.requireNonNull(s.consultantId(), "consultantId");
        this.leadId = s.leadId();
        this.buyer = Objects.requireNonNull(s.buyer(), "buyer");
        this.openedAt = Objects.requireNonNull(s.openedAt(), "openedAt");
        this.status = Objects.requireNonNull(s.status(), "status");
        this.listPrice = s.listPrice();
        this.price = s.price();
        this.unitHeldAt = s.unitHeldAt();
        this.holdExpiresAt = s.holdExpiresAt();
        this.payments = new ArrayList<>(s.payments() == null ? List.of() : s.payments());
        this.receipts = new ArrayList<>(s.receipts() == null ? List.of() : s.receipts());
        this.downPaymentDueDate = s.downPaymentDueDate();
        this.subscription = s.subscription();
        this.eligibilityChecks = new ArrayList<>(s.eligibilityChecks() == null ? List.of() : s.eligibilityChecks());
        this.contract = s.contract();
        this.mortgage = s.mortgage();
        this.handover = s.handover();
        this.cancellation = s.cancellation();
        this.escalations = new ArrayList<>(s.escalations() == null ? List.of() : s.escalations());
        this.timeline = new ArrayList<>(s.timeline() == null ? List.of() : s.timeline());
        this.requests = new ArrayList<>(s.requests() == null ? List.of() : s.requests());
        this.coBuyers = new ArrayList<>(s.coBuyers() == null ? List.of() : s.coBuyers());
        this.changeOrders = new ArrayList<>(s.changeOrders() == null ? List.of() : s.changeOrders());
        this.instalments = new ArrayList<>(s.instalments() == null ? List.of() : s.instalments());
        this.version = s.version();
    }

    /**
     * UNIT-2: a consultant about to take money opens a deal only on a unit that sales control has
     * just confirmed AVAILABLE; anything else is refused naming the unit's status. The deal's price is
     * the unit's list price until an approved discount lowers it (UNIT-4).
     *
     * @param unit sales control's answer about the unit, asked for this deal
     * @param requestId the client's id for this request, or null: the same consultant's retry with the
     *     same id names the same deal, so it is opened once
     */
    public static DealEvent.Opened open(String developerId, String officeId, String consultantId, String leadId,
            Buyer buyer, UnitAvailability unit, Instant now, String requestId) {
        if (unit.officeId() != null && !unit.officeId().equals(officeId)) {
            throw new InvalidInputException("unitId", "unit " + unit.code() + " is sold by another office, not by "
                    + officeId);
        }
        if (!unit.available()) {
            throw new RuleRefusedException(DealRule.UNIT_2, "unit " + unit.code() + " is " + unit.describedStatus());
        }
        String id = requestId == null ? "deal-" + UUID.randomUUID() : idFor(consultantId, requestId);
        BigDecimal listed = unit.listPrice() == null ? null : unit.listPrice().setScale(2, RoundingMode.HALF_UP);
        Deal deal = new Deal(new Stored(id, developerId, officeId, unit.unitId(), unit.code(), consultantId, leadId,
                buyer, now, DealStatus.OPENED, listed, listed, null, null, List.of(), List.of(), null, null, List.of(),
                null, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), 0));
        deal.log(now, TimelineEntry.Step.DEAL_OPENED, consultantId, "unit " + unit.code() + " confirmed available"
                + (listed == null ? "" : ", list price " + listed.toPlainString()), null);
        return new DealEvent.Opened(deal);
    }

    /** The id of the deal a consultant's request with this id opens: the same for every retry of it. */
    public static String idFor(String consultantId, String requestId) {
        checkRequestId(requestId);
        return "deal-" + UUID.nameUUIDFromBytes((consultantId + "|" + requestId).getBytes(StandardCharsets.UTF_8));
    }

    public static DealEvent.Opened open(String developerId, String officeId, String consultantId, String leadId,
            Buyer buyer, UnitAvailability unit, Instant now) {
        return open(developerId, officeId, consultantId, leadId, buyer, unit, now, null);
    }

    // ---------------------------------------------------------------- requests (a client's retry)

    /**
     * Whether this request was applied to the deal already — a client's retry, to be answered with the
     * deal as it is. A request id used before for another command is bad input.
     */
    public boolean alreadyDid(String requestId, String command) {
        if (requestId == null) {
            return false;
        }
        checkRequestId(requestId);
        for (String done : requests) {
            int bar = done.indexOf('|');
            if (done.substring(bar + 1).equals(requestId)) {
                if (!done.substring(0, bar).equals(command)) {
                    throw new InvalidInputException("Idempotency-Key", "was used for another command on deal " + id
                            + " (" + done.substring(0, bar) + ")");
                }
                return true;
            }
        }
        return false;
    }

    private static void checkRequestId(String requestId) {
        if (requestId.isBlank() || requestId.length() > 64) {
            throw new InvalidInputException("Idempotency-Key", "must be 1 to 64 characters");
        }
    }

    /** Records that this request was applied, in the same write as its effect. */
    public void remember(String requestId, String command) {
        if (requestId != null) {
            requests.add(command + "|" + requestId);
        }
    }

    // ---------------------------------------------------------------- sales control's answers

    /**
     * UNIT-2: sales control held the deal's unit for it; the hold lapses at holdExpiresAt (UNIT-3).
     * Only an OPENED deal (or one whose temporary deposit is in), and only for its own unit.
     *
     * @param heldListPrice the unit's list price as the hold states it, or null
     * @param heldBy who took the hold at sales control, or null
     */
    public void unitHeld(String heldUnitId, Instant heldAt, Instant expiresAt, BigDecimal heldListPrice, String heldBy) {
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!unitId.equals(heldUnitId)) {
            throw new RuleRefusedException(DealRule.UNIT_2, "deal " + id + " is on unit " + unitCode
                    + ", but sales control held unit " + heldUnitId + " for it");
        }
        status = switch (status) {
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED -> DealStatus.UNIT_HELD;
            case UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED, SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED,
                    DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED, CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED,
                    HANDED_OVER -> throw new RuleRefusedException(DealRule.UNIT_2, "deal " + id + " is already "
                    + describe(status) + "; unit " + unitCode + " cannot be held for it again");
            case CANCELLED -> throw cancelledRefusal();
        };
        unitHeldAt = heldAt;
        holdExpiresAt = expiresAt;
        if (heldListPrice != null) {
            boolean discounted = price != null && listPrice != null && price.compareTo(listPrice) != 0;
            listPrice = heldListPrice.setScale(2, RoundingMode.HALF_UP);
            if (!discounted) {
                price = listPrice;
            }
        }
        log(heldAt, TimelineEntry.Step.UNIT_HELD, heldBy, "sales control holds unit " + unitCode + " until "
                + TIME.format(expiresAt), null);
    }

    public void unitHeld(String heldUnitId, Instant heldAt, Instant expiresAt) {
        unitHeld(heldUnitId, heldAt, expiresAt, null, null);
    }

    /**
     * UNIT-4: the PM approved a special discount on the deal's held unit: the deal's price is the
     * discounted one. Only before the subscription fixes the price; later a price change is a change order.
     */
    public void discountApproved(BigDecimal discountedPrice, String approvedBy, Instant approvedAt) {
        Objects.requireNonNull(discountedPrice, "discountedPrice");
        DealStatus decided = switch (status) {
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED -> status; // the price is not fixed yet
            case SUBSCRIPTION_DRAFTED, SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED,
                    ELIGIBILITY_CHECKED, CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER ->
                    throw new RuleRefusedException(DealRule.UNIT_4, "the subscription of deal " + id
                            + " fixed its price at " + price.toPlainString() + "; a later discount is a change order");
            case CANCELLED -> throw cancelledRefusal();
        };
        price = discountedPrice.setScale(2, RoundingMode.HALF_UP);
        log(approvedAt, TimelineEntry.Step.DISCOUNT_APPROVED, approvedBy, "special discount approved: price "
                + price.toPlainString() + (listPrice == null ? "" : " (list price " + listPrice.toPlainString() + ")"),
                null);
    }

    // ---------------------------------------------------------------- money (DEAL-1/2/3)

    /**
     * DEAL-1: finance or the PM enters money received from the buyer (or a third party, DEAL-6). Nothing
     * is received yet: a second staff member confirms it ({@link #confirmPayment}). One payment waits
     * at a time. The amount may not exceed what is owed, and the down payment must bring what the buyer
     * paid to the office's minimum share of the price (400 naming the field).
     */
    public Payment enterPayment(PaymentEntry entry, StaffMember by, Instant now, DealPolicy policy) {
        Objects.requireNonNull(entry.purpose(), "purpose");
        if (!by.holds(StaffRole.FINANCE, StaffRole.PM)) {
            throw new RuleRefusedException(DealRule.DEAL_1, "money is received by finance or the PM; "
                    + by.userId() + " is neither at " + officeId);
        }
        waiting().ifPresent(waiting -> {
            throw new RuleRefusedException(DealRule.DEAL_1, "payment " + waiting.id() + " ("
                    + waiting.purpose().printed() + " " + waiting.amount().toPlainString()
                    + ") is waiting for a second staff member to confirm it");
        });
        boolean again = requireMoneyStep(entry.purpose(), now, policy);
        Payment payment = Payment.entered("pay-" + UUID.randomUUID(), entry.purpose(), entry.amount(), entry.method(),
                entry.details(), entry.payer(), by.userId(), now, dueDateOf(entry, again, now, policy));
        checkOwed(payment, policy);
        payments.add(payment);
        log(now, TimelineEntry.Step.PAYMENT_ENTERED, by.userId(), payment.purpose().printed() + " "
                + payment.amount().toPlainString() + " by " + payment.method().printed()
                + (payment.payer() == null ? "" : ", paid by " + payment.payer().name() + " for the buyer (DEAL-6)")
                + ", waiting for a second staff member", payment.id());
        return payment;
    }

    /**
     * DEAL-1/2: the receipt a second staff member's confirmation of this payment would issue, not yet
     * numbered; every rule of the confirmation is checked here, so the register numbers only a receipt
     * that will be issued.
     */
    public Receipt receiptFor(String paymentId, StaffMember confirmer, Instant now, DealPolicy policy) {
        Payment payment = payment(paymentId);
        if (!payment.waiting()) {
            throw new RuleRefusedException(DealRule.DEAL_1, "payment " + paymentId + " is " + payment.status()
                    .name().toLowerCase() + (payment.decidedBy() == null ? "" : " (by " + payment.decidedBy() + " at "
                    + TIME.format(payment.decidedAt()) + ")") + "; nothing is left to confirm");
        }
        if (confirmer.userId().equals(payment.enteredBy())) {
            throw new RuleRefusedException(DealRule.DEAL_1, "money is received with two people present: "
                    + confirmer.userId() + " entered payment " + paymentId + " and cannot also confirm it");
        }
        if (!confirmer.staffOfTheOffice()) {
            throw new RuleRefusedException(DealRule.DEAL_1, "the second person is staff of office " + officeId
                    + "; " + confirmer.userId() + " is not");
        }
        requireMoneyStep(payment.purpose(), now, policy);
        Optional<Receipt> takenOver = openReceipt(payment.purpose().takesOver());
        BigDecimal credited = takenOver.map(Receipt::amount).orElse(BigDecimal.ZERO.setScale(2));
        return new Receipt(null, id, payment.id(), developerId, officeId, payment.purpose(), unitId, unitCode,
                buyer.name(), credited.add(payment.amount()), payment.amount(), credited,
                takenOver.map(Receipt::number).orElse(null), payment.method(), payment.details(), payment.payer(),
                payment.enteredBy(), confirmer.userId(), now, Receipt.Status.ISSUED, null, null, null);
    }

    /**
     * DEAL-1/2/3: the second staff member confirms the payment; the receipt the register issued for it is
     * the deal's. The step the money pays for completes: the temporary deposit (OPENED →
     * TEMPORARY_DEPOSIT_RECEIVED), the formal deposit (UNIT_HELD → DEPOSIT_RECEIVED, the down payment's due
     * date set), the down payment (SUBSCRIPTION_SIGNED → DOWN_PAYMENT_RECEIVED). A valid receipt (not a
     * cheque still clearing) reclaims the one it takes over.
     *
     * @param issued the receipt as the register issued it for this payment (perhaps by an earlier attempt)
     */
    public List<DealEvent> confirmPayment(String paymentId, StaffMember confirmer, Receipt issued, Instant now,
            DealPolicy policy) {
        receiptFor(paymentId, confirmer, now, policy);
        if (issued.number() == null || !issued.paymentId().equals(paymentId)) {
            throw new IllegalArgumentException("receipt " + issued.number() + " was not issued for payment " + paymentId);
        }
        return take(paymentId, issued, now);
    }

    /**
     * DEAL-1/2: a confirmation that stopped half-way — the register issued the receipt for the waiting
     * payment (the second person had confirmed, every rule decided), but the deal never took it — completed
     * as it would have been then: at the receipt's time, by the people it names. Nothing happens when the
     * payment no longer waits for this receipt (taken meanwhile, or the deal cancelled and the receipt voided).
     *
     * @return the events of the completed confirmation, none when there was nothing to complete
     */
    public List<DealEvent> resumeConfirmation(Receipt issued, DealPolicy policy) {
        Optional<Payment> waiting = waiting().filter(p -> p.id().equals(issued.paymentId()));
        if (waiting.isEmpty() || issued.number() == null
                || receipts.stream().anyMatch(r -> r.number().equals(issued.number()))) {
            return List.of();
        }
        requireMoneyStep(waiting.get().purpose(), issued.issuedAt(), policy);
        return take(issued.paymentId(), issued, issued.issuedAt());
    }

    /** The payment confirmed with the receipt the register issued for it; its step completes. */
    private List<DealEvent> take(String paymentId, Receipt issued, Instant now) {
        boolean again = dueAgain().filter(purpose -> purpose == payment(paymentId).purpose()).isPresent();
        Payment payment = payment(paymentId).confirmedBy(issued.confirmedBy(), issued.issuedAt(), issued.number());
        replace(payment);
        receipts.add(issued);
        List<DealEvent> events = new ArrayList<>();
        String by = issued.confirmedBy();
        switch (payment.purpose()) {
            case TEMPORARY_DEPOSIT -> {
                if (status == DealStatus.OPENED) {
                    status = DealStatus.TEMPORARY_DEPOSIT_RECEIVED;
                }
                if (!again) {
                    events.add(new DealEvent.TemporaryDepositReceived(this, issued));
                    log(now, TimelineEntry.Step.TEMPORARY_DEPOSIT_RECEIVED, by, "temporary deposit "
                            + issued.amount().toPlainString() + (status == DealStatus.UNIT_HELD ? ""
                            : "; sales control is to hold unit " + unitCode), issued.number());
                }
            }
            case FORMAL_DEPOSIT -> {
                if (status == DealStatus.UNIT_HELD) {
                    status = DealStatus.DEPOSIT_RECEIVED;
                    downPaymentDueDate = payment.downPaymentDueDate();
                    events.add(new DealEvent.DepositReceived(this, issued));
                    events.add(new DealEvent.DownPaymentDueDateSet(this, downPaymentDueDate, payment.enteredBy(), now));
                    log(now, TimelineEntry.Step.FORMAL_DEPOSIT_RECEIVED, by, "formal deposit "
                            + issued.amount().toPlainString(), issued.number());
                    log(now, TimelineEntry.Step.DOWN_PAYMENT_DUE_DATE_SET, payment.enteredBy(), "down payment due on "
                            + downPaymentDueDate, null);
                }
            }
            case INSTALMENT -> log(now, TimelineEntry.Step.INSTALMENT_RECEIVED, by, "instalment "
                    + payment.amount().toPlainString() + "; " + paidFor(PaymentPurpose.INSTALMENT).toPlainString()
                    + " of " + sum(instalments).toPlainString() + " paid in instalments", issued.number());
            case DOWN_PAYMENT -> {
                if (status == DealStatus.SUBSCRIPTION_SIGNED) {
                    status = DealStatus.DOWN_PAYMENT_RECEIVED;
                    events.add(new DealEvent.DownPaymentReceived(this, issued));
                    log(now, TimelineEntry.Step.DOWN_PAYMENT_RECEIVED, by, "down payment "
                            + payment.amount().toPlainString(), issued.number());
                }
            }
        }
        events.add(new DealEvent.ReceiptIssued(this, issued));
        log(now, TimelineEntry.Step.RECEIPT_ISSUED, by, "receipt " + issued.number() + ": "
                + issued.purpose().printed() + " " + issued.amount().toPlainString() + " (" + issued.amountInWords()
                + "), " + issued.method().printed() + (issued.condition() == null ? "" : ", " + issued.condition())
                + "; received by " + issued.receivedBy() + ", confirmed by " + by, issued.number());
        if (payment.certain()) {
            reclaimTakenOver(issued, by, now).ifPresent(events::add);
        }
        events.addAll(resolveSettled(by, now, "receipt " + issued.number() + ": " + issued.purpose().printed() + " "
                + issued.received().toPlainString() + " received"));
        return events;
    }

    /**
     * DEAL-2: a cheque's outcome. Cleared: its receipt is valid and reclaims the one it took over
     * (DEAL-3). Bounced: its receipt is voided, the payment is due again (the step reopens), and no
     * other money is taken until it is paid again.
     */
    public List<DealEvent> settleCheque(String paymentId, boolean cleared, String note, StaffMember by, Instant now) {
        if (status == DealStatus.CANCELLED) {
            throw cancelledRefusal();
        }
        Payment payment = payment(paymentId);
        if (payment.method() != PaymentMethod.CHEQUE || !payment.confirmed()) {
            throw new InvalidInputException("paymentId", "payment " + paymentId + " is not a received cheque");
        }
        if (payment.cheque() != Payment.ChequeState.PENDING) {
            throw new RuleRefusedException(DealRule.DEAL_2, "cheque " + payment.details().chequeNumber() + " already "
                    + payment.cheque().name().toLowerCase() + " at " + TIME.format(payment.chequeSettledAt()));
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        Payment settled = payment.chequeSettled(cleared ? Payment.ChequeState.CLEARED : Payment.ChequeState.BOUNCED,
                by.userId(), now, why);
        replace(settled);
        Receipt receipt = receipt(payment.receiptNumber());
        List<DealEvent> events = new ArrayList<>();
        if (cleared) {
            log(now, TimelineEntry.Step.CHEQUE_CLEARED, by.userId(), "cheque " + payment.details().chequeNumber()
                    + " cleared: receipt " + receipt.number() + " is valid", receipt.number());
            if (receipt.open()) {
                reclaimTakenOver(receipt, by.userId(), now).ifPresent(events::add);
            }
            return events;
        }
        Receipt voided = close(receipt.number(), r -> r.voided(by.userId(), now, "cheque "
                + payment.details().chequeNumber() + " bounced" + (why == null ? "" : ": " + why)));
        events.add(new DealEvent.ChequeBounced(this, settled, voided));
        events.add(new DealEvent.ReceiptVoided(this, voided));
        log(now, TimelineEntry.Step.CHEQUE_BOUNCED, by.userId(), "cheque " + payment.details().chequeNumber()
                + " bounced: " + payment.purpose().printed() + " " + payment.amount().toPlainString()
                + " is due again" + (why == null ? "" : " (" + why + ")"), payment.id());
        log(now, TimelineEntry.Step.RECEIPT_VOIDED, by.userId(), "receipt " + voided.number() + " voided: "
                + voided.closedBecause(), voided.number());
        raise(Escalation.Kind.CHEQUE_BOUNCED, payment.id(), now, "cheque " + payment.details().chequeNumber() + " ("
                + payment.purpose().printed() + " " + payment.amount().toPlainString() + ") bounced"
                + (why == null ? "" : ": " + why) + "; receipt " + voided.number() + " voided, the money is due again",
                by.userId()).ifPresent(events::add);
        return events;
    }

    /**
     * A receipt the register issued for a payment of this deal that the deal never took (a confirmation
     * interrupted, then overtaken by a change of the deal): recorded as voided, so its number is
     * accounted for and nobody holds it as valid.
     */
    public Optional<DealEvent> voidUntaken(Receipt issued, String by, Instant now, String because) {
        if (receipts.stream().anyMatch(r -> r.number().equals(issued.number()))) {
            return Optional.empty();
        }
        Receipt voided = issued.voided(by, now, because);
        receipts.add(voided);
        log(now, TimelineEntry.Step.RECEIPT_VOIDED, by, "receipt " + voided.number() + " voided: " + because,
                voided.number());
        return Optional.of(new DealEvent.ReceiptVoided(this, voided));
    }

    // ---------------------------------------------------------------- subscription (DEAL-4)

    /**
     * DEAL-4: the subscription is drafted once the formal deposit is in, on the deal's price (UNIT-4),
     * stating the down payment and how the rest is financed; redrafted freely until the PM approves it.
     */
    public Subscription draftSubscription(Financing financing, BigDecimal downPaymentAmount, String buyerIdNumber,
            String by, Instant now, DealPolicy policy) {
        return draftSubscription(financing, downPaymentAmount, List.of(), buyerIdNumber, by, now, policy);
    }

    /**
     * As {@link #draftSubscription(Financing, BigDecimal, String, String, Instant, DealPolicy)}, a cash buyer
     * paying the rest (the balance) in instalments (分期付款): each due after the one before, the first after
     * the down payment's due date; the deposits, the down payment and the instalments add up to the price.
     */
    public Subscription draftSubscription(Financing financing, BigDecimal downPaymentAmount, List<Instalment> plan,
            String buyerIdNumber, String by, Instant now, DealPolicy policy) {
        DealStatus decided = switch (status) {
            case DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED -> status; // drafted, or drafted again before the PM's review
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD -> throw new RuleRefusedException(DealRule.DEAL_4,
                    "the subscription of deal " + id + " is drafted once the formal deposit is received; the deal is "
                            + describe(status));
            case SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED, CONTRACT_SIGNED,
                    MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_4,
                    "the subscription of deal " + id + " was approved by the PM; a change now is a change order");
            case CANCELLED -> throw cancelledRefusal();
        };
        Objects.requireNonNull(financing, "financing");
        if (price == null) {
            throw new RuleRefusedException(DealRule.UNIT_4, "the price of unit " + unitCode
                    + " is not known yet: sales control's hold states it");
        }
        if (buyerIdNumber == null || !ID_NUMBER.matcher(buyerIdNumber.strip()).matches()) {
            throw new InvalidInputException("buyerIdNumber", "must be the buyer's identity-document number, 6 to 30 "
                    + "letters or digits");
        }
        BigDecimal dp = amountOf("downPaymentAmount", downPaymentAmount);
        BigDecimal deposit = held();
        List<Instalment> planned = instalmentPlan(financing, plan, now, policy);
        BigDecimal inInstalments = sum(planned);
        BigDecimal paidWithIt = deposit.add(dp);
        if (paidWithIt.add(inInstalments).compareTo(price) > 0) {
            throw new InvalidInputException(planned.isEmpty() ? "downPaymentAmount" : "instalments", "is above what is "
                    + "owed: the price is " + price.toPlainString() + ", the deposits paid " + deposit.toPlainString());
        }
        if (financing == Financing.CASH && paidWithIt.add(inInstalments).compareTo(price) != 0) {
            throw new InvalidInputException(planned.isEmpty() ? "downPaymentAmount" : "instalments", "a cash buyer pays "
                    + "the rest of the price with the down payment" + (planned.isEmpty() ? "" : " and the instalments")
                    + ": " + price.subtract(deposit).toPlainString());
        }
        if (financing != Financing.CASH) {
            checkMinimumShare("downPaymentAmount", paidWithIt, deposit, policy);
            if (paidWithIt.compareTo(price) == 0) {
                throw new InvalidInputException("financing", "nothing is left for a loan to finance: the buyer pays cash");
            }
        }
        subscription = new Subscription(price, deposit, dp, price.subtract(paidWithIt), financing,
                buyerIdNumber.strip(), by, now, null, null, null, Subscription.Status.DRAFTED, null, null, null);
        instalments.clear();
        instalments.addAll(planned);
        status = DealStatus.SUBSCRIPTION_DRAFTED;
        log(now, TimelineEntry.Step.SUBSCRIPTION_DRAFTED, by, "price " + price.toPlainString() + ", deposit "
                + deposit.toPlainString() + ", down payment " + dp.toPlainString() + ", " + financing.name()
                .toLowerCase().replace('_', ' ') + (financing == Financing.CASH ? "" : " of "
                + subscription.loanAmount().toPlainString()) + (planned.isEmpty() ? "" : ", the balance "
                + inInstalments.toPlainString() + " in " + planned.size() + " instalments") + "; waiting for the PM's "
                + "review", null);
        return subscription;
    }

    /** 分期付款: the cash buyer's instalments as drafted, checked (400 naming {@code instalments}). */
    private List<Instalment> instalmentPlan(Financing financing, List<Instalment> plan, Instant now, DealPolicy policy) {
        if (plan == null || plan.isEmpty()) {
            return List.of();
        }
        if (financing != Financing.CASH) {
            throw new InvalidInputException("instalments", "are for a cash buyer; the loans pay the rest");
        }
        if (plan.size() > MAX_INSTALMENTS) {
            throw new InvalidInputException("instalments", "are at most " + MAX_INSTALMENTS);
        }
        List<Instalment> checked = new ArrayList<>();
        LocalDate after = downPaymentDueDate == null ? today(now, policy) : downPaymentDueDate;
        for (int i = 0; i < plan.size(); i++) {
            Instalment instalment = plan.get(i);
            if (instalment == null || instalment.dueDate() == null || !instalment.dueDate().isAfter(after)) {
                throw new InvalidInputException("instalments[" + i + "].dueDate", "must be after " + after
                        + (i == 0 ? " (the down payment's due date)" : " (the instalment before)"));
            }
            checked.add(new Instalment(instalment.dueDate(), amountOf("instalments[" + i + "].amount",
                    instalment.amount())));
            after = instalment.dueDate();
        }
        return List.copyOf(checked);
    }

    private static BigDecimal sum(List<Instalment> plan) {
        return plan.stream().map(Instalment::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The cash buyer's instalments (分期付款) as the subscription set them; none for a buyer who pays otherwise. */
    public List<Instalment> instalments() {
        return List.copyOf(instalments);
    }

    /**
     * 分期付款: what is still owed of each instalment, in the order of {@link #instalments()}: the instalment
     * money held (confirmed, not bounced) allocated in due order; 0.00 for one paid in full.
     */
    public List<BigDecimal> owedOfInstalments() {
        BigDecimal left = paidFor(PaymentPurpose.INSTALMENT);
        List<BigDecimal> owed = new ArrayList<>(instalments.size());
        for (Instalment instalment : instalments) {
            BigDecimal covered = left.min(instalment.amount()).max(BigDecimal.ZERO);
            owed.add(instalment.amount().subtract(covered).setScale(2));
            left = left.subtract(covered);
        }
        return owed;
    }

    /** DEAL-4: the PM reviews the drafted subscription and approves it; only then may the buyer sign. */
    public DealEvent approveSubscription(StaffMember by, Instant now) {
        if (!by.holds(StaffRole.PM)) {
            throw new RuleRefusedException(DealRule.DEAL_4, "the subscription is reviewed and approved by the PM; "
                    + by.userId() + " is not the PM of " + officeId);
        }
        status = switch (status) {
            case SUBSCRIPTION_DRAFTED -> DealStatus.SUBSCRIPTION_APPROVED;
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED -> throw new RuleRefusedException(
                    DealRule.DEAL_4, "deal " + id + " has no drafted subscription to approve; it is " + describe(status));
            case SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED, CONTRACT_SIGNED,
                    MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_4,
                    "the subscription of deal " + id + " was approved by " + subscription.approvedBy() + " at "
                            + TIME.format(subscription.approvedAt()));
            case CANCELLED -> throw cancelledRefusal();
        };
        subscription = subscription.approved(by.userId(), now);
        log(now, TimelineEntry.Step.SUBSCRIPTION_APPROVED, by.userId(), "subscription reviewed and approved", null);
        return new DealEvent.SubscriptionApproved(this, subscription);
    }

    /**
     * DEAL-4: the buyer signs the approved subscription in person, or an agent with a notarised power of
     * attorney does; the signing is recorded by staff. The buyer's ID copy (in person) or the agent's power of
     * attorney must be uploaded first and named by the signing: {@code papers} are the files it names, as kept.
     */
    public DealEvent signSubscription(Subscription.Signature signature, List<DealFile> papers, Instant now) {
        DealStatus next = switch (status) {
            case SUBSCRIPTION_APPROVED -> DealStatus.SUBSCRIPTION_SIGNED;
            case SUBSCRIPTION_DRAFTED -> throw new RuleRefusedException(DealRule.DEAL_4, "the subscription of deal "
                    + id + " is not approved by the PM yet; the buyer signs only a reviewed subscription");
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED -> throw new RuleRefusedException(
                    DealRule.DEAL_4, "deal " + id + " has no subscription to sign; it is " + describe(status));
            case SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED, CONTRACT_SIGNED, MORTGAGE_APPOINTED,
                    MORTGAGE_COMPLETED, HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_4,
                    "the subscription of deal " + id + " was signed at " + TIME.format(subscription.signature().signedAt()));
            case CANCELLED -> throw cancelledRefusal();
        };
        if (signature.signer() == Subscription.Signer.BUYER) {
            uploaded("idCopyFileId", signature.idCopyFileId(), FileKind.ID_COPY, papers, "the buyer's ID copy");
        } else {
            uploaded("powerOfAttorneyFileId", signature.powerOfAttorneyFileId(), FileKind.POWER_OF_ATTORNEY, papers,
                    "the agent's notarised power of attorney");
            if (signature.idCopyFileId() != null) {
                uploaded("idCopyFileId", signature.idCopyFileId(), FileKind.ID_COPY, papers, "the buyer's ID copy");
            }
        }
        status = next;
        subscription = subscription.signed(signature);
        log(now, TimelineEntry.Step.SUBSCRIPTION_SIGNED, signature.recordedBy(), signature.signer()
                == Subscription.Signer.BUYER ? "signed by the buyer in person" : "signed by " + signature.agentName()
                + " for the buyer, power of attorney notarised under " + signature.notaryCertificateNumber(), null);
        return new DealEvent.SubscriptionSigned(this, subscription);
    }

    /** DEAL-4: the paper the signing names is a file of this deal's, of that kind, uploaded before the signing. */
    private void uploaded(String field, String fileId, FileKind kind, List<DealFile> papers, String what) {
        if (fileId == null) {
            throw new RuleRefusedException(DealRule.DEAL_4, "the subscription of deal " + id + " is signed only with "
                    + what + " uploaded (" + kind + ", /api/deals/" + id + "/files) and named by " + field);
        }
        boolean kept = papers.stream().anyMatch(file -> file.id().equals(fileId) && file.dealId().equals(id)
                && file.kind() == kind);
        if (!kept) {
            throw new RuleRefusedException(DealRule.DEAL_4, field + " " + fileId + " is not " + what
                    + " uploaded for deal " + id + " (" + kind + ")");
        }
    }

    // ---------------------------------------------------------------- down payment due date

    /**
     * NOTE-4: the down payment's due date moves (after today at the office, with a reason); an event, so
     * the buyer's reminders move with it. Only between the formal deposit and the down payment.
     */
    public DealEvent rescheduleDownPayment(LocalDate dueDate, String reason, String by, Instant now, DealPolicy policy) {
        DealStatus decided = switch (status) {
            case DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED, SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED -> status; // a due date is set and the down payment not received yet
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD -> throw new RuleRefusedException(DealRule.DEAL_0,
                    "deal " + id + " has no down-payment due date yet: it is set with the formal deposit");
            case DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED, CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED,
                    HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_0, "the down payment of deal " + id
                    + " was received already");
            case CANCELLED -> throw cancelledRefusal();
        };
        String why = text("reason", reason, 200);
        LocalDate today = today(now, policy);
        if (dueDate == null || !dueDate.isAfter(today)) {
            throw new InvalidInputException("dueDate", "must be after today (" + today + " in " + policy.zone() + ")");
        }
        if (dueDate.equals(downPaymentDueDate)) {
            throw new InvalidInputException("dueDate", "is the due date already");
        }
        LocalDate previous = downPaymentDueDate;
        downPaymentDueDate = dueDate;
        log(now, TimelineEntry.Step.DOWN_PAYMENT_RESCHEDULED, by, "down payment due " + previous + " → " + dueDate
                + ": " + why, null);
        return new DealEvent.DownPaymentRescheduled(this, previous, dueDate, why, by, now);
    }

    // ---------------------------------------------------------------- eligibility, contract (DEAL-5, DEAL-3)

    /**
     * DEAL-5: purchase eligibility is checked, after the down payment and before the contract, recorded
     * with who, when, the result and its basis. A failed check may be followed by another.
     */
    public DealEvent checkEligibility(boolean passed, String basis, String by, Instant now) {
        EligibilityCheck check = new EligibilityCheck(passed, basis, by, now);
        status = switch (status) {
            case DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED ->
                    passed ? DealStatus.ELIGIBILITY_CHECKED : DealStatus.DOWN_PAYMENT_RECEIVED;
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED,
                    SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED -> throw new RuleRefusedException(DealRule.DEAL_0,
                    "purchase eligibility of deal " + id + " is checked once the down payment is received; the deal is "
                            + describe(status));
            case CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER -> throw new RuleRefusedException(
                    DealRule.DEAL_5, "the contract of deal " + id + " is signed: eligibility was checked before it");
            case CANCELLED -> throw cancelledRefusal();
        };
        eligibilityChecks.add(check);
        log(now, TimelineEntry.Step.ELIGIBILITY_CHECKED, by, (passed ? "passed: " : "failed: ") + check.basis(), null);
        return new DealEvent.EligibilityChecked(this, check);
    }

    /**
     * DEAL-5, DEAL-3: the sales contract is signed only after a passed eligibility check, once the down
     * payment's receipt is valid (it reclaimed the formal-deposit receipt); it reclaims the subscription.
     */
    public List<DealEvent> signContract(String contractNumber, String by, Instant now) {
        DealStatus decided = switch (status) {
            case ELIGIBILITY_CHECKED -> status; // the check passed
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED,
                    SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED -> throw new RuleRefusedException(
                    DealRule.DEAL_5, "deal " + id + " has no passed purchase-eligibility check"
                    + lastCheck().map(c -> " (the last, by " + c.checkedBy() + " at " + TIME.format(c.checkedAt())
                            + ", failed: " + c.basis() + ")").orElse("") + "; the contract is signed only after one");
            case CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER -> throw new RuleRefusedException(
                    DealRule.DEAL_0, "the contract of deal " + id + " was signed at " + TIME.format(contract.signedAt()));
            case CANCELLED -> throw cancelledRefusal();
        };
        requireNothingDueAgain();
        Payment downPayment = payments.stream().filter(p -> p.purpose() == PaymentPurpose.DOWN_PAYMENT && p.holdsMoney())
                .findFirst().orElseThrow();
        if (!downPayment.certain()) {
            throw new RuleRefusedException(DealRule.DEAL_3, "the down payment's cheque "
                    + downPayment.details().chequeNumber() + " has not cleared: its receipt " + downPayment.receiptNumber()
                    + " reclaims the formal-deposit receipt only then, and the contract follows");
        }
        contract = new SalesContract(text("contractNumber", contractNumber, 64), now, by);
        subscription = subscription.closed(Subscription.Status.RECLAIMED, by, now, "sales contract "
                + contract.contractNumber() + " signed");
        status = DealStatus.CONTRACT_SIGNED;
        log(now, TimelineEntry.Step.CONTRACT_SIGNED, by, "sales contract " + contract.contractNumber(), null);
        log(now, TimelineEntry.Step.SUBSCRIPTION_RECLAIMED, by, "subscription reclaimed by the sales contract (DEAL-3)",
                null);
        return List.of(new DealEvent.ContractSigned(this, contract));
    }

    // ---------------------------------------------------------------- mortgage, handover

    /**
     * The buyer's appointment with the bank after the contract (not for a cash buyer); set again while
     * the loans are not all disbursed, each move an event (NOTE-4: the reminders move).
     */
    public Optional<DealEvent> appointMortgage(String bank, String place, Instant at, List<String> documents, String by,
            Instant now) {
        DealStatus decided = switch (status) {
            case CONTRACT_SIGNED, MORTGAGE_APPOINTED -> status; // to set, or to move
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED,
                    SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED ->
                    throw new RuleRefusedException(DealRule.DEAL_0, "the mortgage of deal " + id
                            + " is arranged after the sales contract; the deal is " + describe(status));
            case MORTGAGE_COMPLETED, HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_0, "the loans of deal "
                    + id + " were disbursed at " + TIME.format(mortgage.completedAt()));
            case CANCELLED -> throw cancelledRefusal();
        };
        if (subscription.financing() == Financing.CASH) {
            throw new RuleRefusedException(DealRule.DEAL_0, "deal " + id + " is a cash purchase: there is no mortgage");
        }
        if (at == null || !at.isAfter(now)) {
            throw new InvalidInputException("at", "must be in the future");
        }
        List<String> docs = documents == null ? List.of() : documents.stream().map(d -> text("documents", d, 100)).toList();
        if (docs.size() > 30) {
            throw new InvalidInputException("documents", "names more than 30 documents");
        }
        Mortgage.Appointment appointment = new Mortgage.Appointment(text("bank", bank, 100), text("place", place, 200),
                at, docs, by, now);
        if (mortgage == null) {
            mortgage = new Mortgage(appointment, 0, List.of(), null);
            status = DealStatus.MORTGAGE_APPOINTED;
            log(now, TimelineEntry.Step.MORTGAGE_APPOINTMENT_SET, by, describe(appointment), null);
            return Optional.of(new DealEvent.MortgageAppointmentSet(this, appointment));
        }
        Mortgage.Appointment previous = mortgage.appointment();
        if (previous.bank().equals(appointment.bank()) && previous.place().equals(appointment.place())
                && previous.at().equals(appointment.at()) && previous.documents().equals(appointment.documents())) {
            return Optional.empty();
        }
        mortgage = new Mortgage(appointment, mortgage.rescheduled() + 1, mortgage.milestones(), null);
        log(now, TimelineEntry.Step.MORTGAGE_APPOINTMENT_RESCHEDULED, by, "moved from " + TIME.format(previous.at())
                + " to " + describe(appointment), null);
        return Optional.of(new DealEvent.MortgageAppointmentRescheduled(this, previous, appointment));
    }

    /**
     * A loan's progress: documents received, approved, funds disbursed — in that order, each dated (not
     * in the future), each an event. When every loan of the deal is disbursed the mortgage is complete: its event
     * follows the step's.
     */
    public List<DealEvent> recordMortgageProgress(Financing.LoanType loan, Mortgage.Step step, LocalDate on,
            String by, Instant now, DealPolicy policy) {
        DealStatus decided = switch (status) {
            case MORTGAGE_APPOINTED -> status; // the loans are under way
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED,
                    SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED,
                    CONTRACT_SIGNED -> throw new RuleRefusedException(DealRule.DEAL_0, "deal " + id
                    + " has no mortgage appointment yet; it is " + describe(status));
            case MORTGAGE_COMPLETED, HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_0, "the loans of deal "
                    + id + " were disbursed at " + TIME.format(mortgage.completedAt()));
            case CANCELLED -> throw cancelledRefusal();
        };
        if (loan == null || !subscription.financing().loans().contains(loan)) {
            throw new InvalidInputException("loan", "deal " + id + " is financed by " + subscription.financing().loans());
        }
        Objects.requireNonNull(step, "step");
        if (on == null || on.isAfter(today(now, policy))) {
            throw new InvalidInputException("on", "is the day it happened, not in the future");
        }
        Mortgage.Step reached = mortgage.reached(loan);
        int expected = reached == null ? 0 : reached.ordinal() + 1;
        if (step.ordinal() != expected) {
            throw new RuleRefusedException(DealRule.DEAL_0, "the " + loan.name().toLowerCase().replace('_', ' ')
                    + " loan of deal " + id + (reached == null ? " has no step yet" : " reached "
                    + reached.name().toLowerCase().replace('_', ' ')) + "; " + step.name().toLowerCase().replace('_', ' ')
                    + " comes " + (step.ordinal() < expected ? "before that" : "after "
                    + Mortgage.Step.values()[expected].name().toLowerCase().replace('_', ' ')));
        }
        List<Mortgage.Milestone> milestones = new ArrayList<>(mortgage.milestones());
        Mortgage.Milestone milestone = new Mortgage.Milestone(loan, step, on, by, now);
        milestones.add(milestone);
        DealEvent progressed = new DealEvent.MortgageProgressRecorded(this, milestone);
        mortgage = new Mortgage(mortgage.appointment(), mortgage.rescheduled(), milestones, null);
        log(now, TimelineEntry.Step.MORTGAGE_PROGRESS, by, loan.name().toLowerCase().replace('_', ' ') + " loan: "
                + step.name().toLowerCase().replace('_', ' ') + " on " + on, null);
        boolean complete = subscription.financing().loans().stream()
                .allMatch(l -> mortgage.reached(l) == Mortgage.Step.FUNDS_DISBURSED);
        if (!complete) {
            return List.of(progressed);
        }
        mortgage = new Mortgage(mortgage.appointment(), mortgage.rescheduled(), milestones, now);
        status = DealStatus.MORTGAGE_COMPLETED;
        log(now, TimelineEntry.Step.MORTGAGE_COMPLETED, by, "every loan disbursed", null);
        return List.of(progressed, new DealEvent.MortgageCompleted(this, mortgage));
    }

    /** The handover (交房): after the mortgage is complete, or right after the contract for a cash buyer. */
    public DealEvent handOver(String by, Instant now) {
        boolean cash = subscription != null && subscription.financing() == Financing.CASH;
        status = switch (status) {
            case MORTGAGE_COMPLETED -> DealStatus.HANDED_OVER;
            case CONTRACT_SIGNED -> {
                if (!cash) {
                    throw new RuleRefusedException(DealRule.DEAL_0, "the loans of deal " + id
                            + " are not disbursed yet; the unit is handed over after the mortgage");
                }
                BigDecimal owed = sum(instalments).subtract(paidFor(PaymentPurpose.INSTALMENT));
                if (owed.signum() > 0) {
                    throw new RuleRefusedException(DealRule.DEAL_0, "deal " + id + " still owes " + owed.toPlainString()
                            + " in instalments; the unit is handed over when the balance is paid");
                }
                yield DealStatus.HANDED_OVER;
            }
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED,
                    SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED,
                    MORTGAGE_APPOINTED -> throw new RuleRefusedException(DealRule.DEAL_0, "unit " + unitCode
                    + " is handed over after the " + (cash ? "sales contract" : "mortgage") + "; deal " + id + " is "
                    + describe(status));
            case HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_0, "unit " + unitCode
                    + " was handed over at " + TIME.format(handover.handedOverAt()));
            case CANCELLED -> throw cancelledRefusal();
        };
        handover = new Handover(now, by);
        log(now, TimelineEntry.Step.HANDED_OVER, by, "unit " + unitCode + " handed over", null);
        return new DealEvent.HandedOver(this, handover);
    }

    // ---------------------------------------------------------------- change orders (DEAL-9)

    /**
     * What a change order asks, as the request states it: for a unit swap the new unit as sales control just
     * answered about it (and optionally its price after the discount the PM approves with the swap); for a
     * buyer change the co-buyer added or removed; for a price change the new price; a forfeit asks nothing more.
     */
    public record ChangeRequest(ChangeOrder.Kind kind, String reason, UnitAvailability newUnit, BigDecimal newPrice,
            String addCoBuyer, String removeCoBuyer) {
    }

    /**
     * DEAL-9: the deal's consultant or the PM requests a change order with a reason; it waits for the PM.
     * One change waits at a time. Each kind is checked against the deal now (400 naming the field, or a
     * refusal naming the rule), and again when the PM approves it.
     */
    public ChangeOrder requestChange(ChangeRequest request, StaffMember by, Instant now) {
        if (!by.holds(StaffRole.CONSULTANT, StaffRole.PM)) {
            throw new RuleRefusedException(DealRule.DEAL_9, "a change order is requested by the deal's consultant or "
                    + "the PM; " + by.userId() + " is neither at " + officeId);
        }
        requireChangeable();
        Objects.requireNonNull(request.kind(), "kind");
        changeOrders.stream().filter(ChangeOrder::waiting).findFirst().ifPresent(waiting -> {
            throw new RuleRefusedException(DealRule.DEAL_9, "change order " + waiting.id() + " ("
                    + waiting.described() + ") is waiting for the PM; one change waits at a time");
        });
        String why = text("reason", request.reason(), 200);
        ChangeOrder order = switch (request.kind()) {
            case UNIT_SWAP -> {
                BigDecimal swapPrice = checkSwap(request.newUnit(), request.newPrice());
                yield ChangeOrder.requested("co-" + UUID.randomUUID(), request.kind(), why, by.userId(), now,
                        request.newUnit().unitId(), request.newUnit().code(), listed(request.newUnit()), swapPrice,
                        null, null, null);
            }
            case BUYER_CHANGE -> {
                String added = request.addCoBuyer() == null || request.addCoBuyer().isBlank() ? null
                        : text("addCoBuyer", request.addCoBuyer(), 50);
                String removed = request.removeCoBuyer() == null || request.removeCoBuyer().isBlank() ? null
                        : text("removeCoBuyer", request.removeCoBuyer(), 50);
                checkBuyerChange(added, removed);
                yield ChangeOrder.requested("co-" + UUID.randomUUID(), request.kind(), why, by.userId(), now, null, null,
                        null, null, added, removed, claimCheck(added, removed));
            }
            case PRICE_CHANGE -> ChangeOrder.requested("co-" + UUID.randomUUID(), request.kind(), why, by.userId(), now,
                    null, null, null, checkPriceChange(request.newPrice()), null, null, null);
            case FORFEIT -> {
                checkForfeit();
                yield ChangeOrder.requested("co-" + UUID.randomUUID(), request.kind(), why, by.userId(), now, null, null,
                        null, null, null, null, null);
            }
        };
        changeOrders.add(order);
        log(now, TimelineEntry.Step.CHANGE_REQUESTED, by.userId(), "change order requested: " + order.described()
                + ": " + why, order.id());
        return order;
    }

    /**
     * DEAL-9: the PM approves a waiting change order with a note, and it is applied in the same write. A unit
     * swap needs the new unit still AVAILABLE at sales control ({@code newUnitNow}): taken meanwhile, the
     * swap is refused naming UNIT-2 and the deal keeps its unit. A buyer change needs the PM's finding on
     * LEAD-9's renaming check ({@code claimCheckNote}). A forfeit ends the deal as a cancellation does,
     * the deposits kept (定金罚则); a down payment held is refunded by {@code refundMethod}.
     *
     * @param newUnitNow UNIT_SWAP: sales control's answer about the new unit, asked for this approval
     * @param untaken FORFEIT: receipts the register issued for a waiting payment the deal never took
     */
    public List<DealEvent> approveChange(String changeOrderId, String note, String claimCheckNote,
            PaymentMethod refundMethod, UnitAvailability newUnitNow, List<Receipt> untaken, StaffMember by,
            Instant now, DealPolicy policy) {
        ChangeOrder order = decidable(changeOrderId, by, "approved");
        requireChangeable();
        String why = text("note", note, 200);
        return switch (order.kind()) {
            case UNIT_SWAP -> {
                if (newUnitNow == null || !newUnitNow.unitId().equals(order.newUnitId())) {
                    throw new IllegalArgumentException("sales control's answer about unit " + order.newUnitId()
                            + " is needed to approve the swap");
                }
                BigDecimal swapPrice = checkSwap(newUnitNow, order.newPrice());
                ChangeOrder approved = approve(order, by.userId(), now, why, null);
                String fromUnit = unitId;
                String fromCode = unitCode;
                BigDecimal fromPrice = price;
                unitId = newUnitNow.unitId();
                unitCode = newUnitNow.code();
                listPrice = listed(newUnitNow);
                reprice(swapPrice);
                log(now, TimelineEntry.Step.CHANGE_APPROVED, by.userId(), "unit " + fromCode + " → " + unitCode
                        + ", price " + fromPrice.toPlainString() + " → " + price.toPlainString() + "; the receipts "
                        + "stay valid and count towards the new unit: " + why, order.id());
                yield List.of(new DealEvent.UnitSwapped(this, approved, fromUnit, fromCode, fromPrice, false,
                        by.userId(), now));
            }
            case BUYER_CHANGE -> {
                String finding = text("claimCheckNote", claimCheckNote, 500);
                checkBuyerChange(order.coBuyerAdded(), order.coBuyerRemoved());
                List<String> before = List.copyOf(coBuyers);
                ChangeOrder approved = approve(order, by.userId(), now, why, finding);
                if (order.coBuyerRemoved() != null) {
                    coBuyers.remove(order.coBuyerRemoved());
                }
                if (order.coBuyerAdded() != null) {
                    coBuyers.add(order.coBuyerAdded());
                }
                log(now, TimelineEntry.Step.CHANGE_APPROVED, by.userId(), order.described() + "; LEAD-9 checked ("
                        + order.claimCheck() + "): " + finding + "; " + why, order.id());
                yield List.of(new DealEvent.BuyerChanged(this, approved, before, false, by.userId(), now));
            }
            case PRICE_CHANGE -> {
                BigDecimal to = checkPriceChange(order.newPrice());
                BigDecimal from = price;
                ChangeOrder approved = approve(order, by.userId(), now, why, null);
                reprice(to);
                log(now, TimelineEntry.Step.CHANGE_APPROVED, by.userId(), "price " + from.toPlainString() + " → "
                        + price.toPlainString() + " (UNIT-4, approved by the PM): " + why, order.id());
                yield List.of(new DealEvent.PriceChanged(this, approved, from, false, by.userId(), now));
            }
            case FORFEIT -> {
                checkForfeit();
                approve(order, by.userId(), now, why, null);
                log(now, TimelineEntry.Step.CHANGE_APPROVED, by.userId(), order.described() + ": " + why, order.id());
                yield endDeal(order.reason() + " (挞定; " + why + ")", refundMethod, by, untaken, now, policy, true);
            }
        };
    }

    /** DEAL-9: the PM rejects a waiting change order with a note; the deal stays as it is. */
    public void rejectChange(String changeOrderId, String note, StaffMember by, Instant now) {
        ChangeOrder order = decidable(changeOrderId, by, "rejected");
        String why = text("note", note, 200);
        changeOrders.set(changeOrders.indexOf(order), order.rejected(by.userId(), now, why));
        log(now, TimelineEntry.Step.CHANGE_REJECTED, by.userId(), order.described() + " rejected: " + why, order.id());
    }

    /**
     * DEAL-9: the PM undoes an applied change order while the deal has not moved on: still at the step it was
     * at when the change was applied, no money received since, and no later change applied on top of it. A
     * unit swap is undone only while sales control has the previous unit AVAILABLE ({@code previousUnitNow},
     * UNIT-2). A forfeit is never undone.
     */
    public List<DealEvent> undoChange(String changeOrderId, String note, UnitAvailability previousUnitNow,
            StaffMember by, Instant now) {
        if (!by.holds(StaffRole.PM)) {
            throw new RuleRefusedException(DealRule.DEAL_9, "a change order is undone by the PM; " + by.userId()
                    + " is not the PM of " + officeId);
        }
        ChangeOrder order = changeOrder(changeOrderId);
        if (order.kind() == ChangeOrder.Kind.FORFEIT && order.applied()) {
            throw new RuleRefusedException(DealRule.DEAL_9, "a forfeit is not undone: deal " + id + " ended at "
                    + TIME.format(order.decidedAt()) + ", its unit released and its commission reversed");
        }
        if (!order.applied()) {
            throw new RuleRefusedException(DealRule.DEAL_9, "change order " + changeOrderId + " is "
                    + order.status().name().toLowerCase() + "; only an approved change is undone");
        }
        if (status != order.appliedAtStatus() || receipts.size() != order.appliedAtReceipts()) {
            throw new RuleRefusedException(DealRule.DEAL_9, "deal " + id + " moved on since change order "
                    + changeOrderId + " was applied (then " + describe(order.appliedAtStatus()) + ", now "
                    + describe(status) + (receipts.size() == order.appliedAtReceipts() ? "" : ", money received since")
                    + "); it is no longer undone");
        }
        changeOrders.stream().filter(later -> later.applied() && later.decidedAt().isAfter(order.decidedAt()))
                .findFirst().ifPresent(later -> {
                    throw new RuleRefusedException(DealRule.DEAL_9, "change order " + later.id() + " ("
                            + later.described() + ") was applied after it; undo that one first");
                });
        String why = text("note", note, 200);
        ChangeOrder undone = order.undone(by.userId(), now, why);
        DealEvent event = switch (order.kind()) {
            case UNIT_SWAP -> {
                if (previousUnitNow == null || !previousUnitNow.unitId().equals(order.previousUnitId())) {
                    throw new IllegalArgumentException("sales control's answer about unit " + order.previousUnitId()
                            + " is needed to undo the swap");
                }
                if (!previousUnitNow.available()) {
                    throw new RuleRefusedException(DealRule.UNIT_2, "unit " + previousUnitNow.code() + " is "
                            + previousUnitNow.describedStatus() + " now; the swap to " + unitCode + " stays");
                }
                yield swapBack(order, undone, by.userId(), now);
            }
            case BUYER_CHANGE -> {
                List<String> before = List.copyOf(coBuyers);
                coBuyers.clear();
                coBuyers.addAll(order.previousCoBuyers());
                yield new DealEvent.BuyerChanged(this, undone, before, true, by.userId(), now);
            }
            case PRICE_CHANGE -> {
                BigDecimal from = price;
                reprice(order.previousPrice());
                yield new DealEvent.PriceChanged(this, undone, from, true, by.userId(), now);
            }
            case FORFEIT -> throw new IllegalStateException("a forfeit is never undone");
        };
        changeOrders.set(changeOrders.indexOf(order), undone);
        log(now, TimelineEntry.Step.CHANGE_UNDONE, by.userId(), order.described() + " undone: " + why, order.id());
        return List.of(event);
    }

    /**
     * DEAL-9 compensation: sales control could not take the unit an approved swap moved the deal to (taken by
     * another deal after the approval's check; inventory.unit-swap-refused) and kept the previous unit reserved
     * for the deal: the deal goes back to it and its price, the change order undone by sales control's refusal.
     * Nothing happens when the deal is no longer on that unit by that order (undone or refused before).
     */
    public List<DealEvent> swapRefused(String changeOrderId, String refusedUnitId, String rule, String reason,
            Instant at) {
        Optional<ChangeOrder> found = changeOrders.stream().filter(o -> o.id().equals(changeOrderId)).findFirst();
        if (found.isEmpty() || found.get().kind() != ChangeOrder.Kind.UNIT_SWAP || !found.get().applied()
                || !unitId.equals(refusedUnitId) || status == DealStatus.CANCELLED) {
            return List.of();
        }
        ChangeOrder order = found.get();
        String why = "sales control refused unit " + unitCode + " (" + rule + "): " + reason;
        ChangeOrder undone = order.undone(null, at, why);
        DealEvent back = swapBack(order, undone, null, at);
        changeOrders.set(changeOrders.indexOf(order), undone);
        log(at, TimelineEntry.Step.CHANGE_UNDONE, null, order.described() + " undone: " + why + "; back on unit "
                + unitCode, order.id());
        return List.of(back);
    }

    /** The deal back on the unit and price a swap left; the event says so (undo), naming the unit it leaves. */
    private DealEvent swapBack(ChangeOrder order, ChangeOrder undone, String by, Instant now) {
        String fromUnit = unitId;
        String fromCode = unitCode;
        BigDecimal fromPrice = price;
        unitId = order.previousUnitId();
        unitCode = order.previousUnitCode();
        listPrice = order.previousListPrice();
        reprice(order.previousPrice());
        return new DealEvent.UnitSwapped(this, undone, fromUnit, fromCode, fromPrice, true, by, now);
    }

    /** The change orders of the deal, in the order requested. */
    public List<ChangeOrder> changeOrders() {
        return List.copyOf(changeOrders);
    }

    /** The co-buyers named on the deal besides the buyer (更名 adds or removes them). */
    public List<String> coBuyers() {
        return List.copyOf(coBuyers);
    }

    /** One change order of the deal (404 when it has none of that id). */
    public ChangeOrder changeOrder(String changeOrderId) {
        return changeOrders.stream().filter(o -> o.id().equals(changeOrderId)).findFirst()
                .orElseThrow(() -> new NotFoundException("change order", changeOrderId));
    }

    private ChangeOrder decidable(String changeOrderId, StaffMember by, String what) {
        if (!by.holds(StaffRole.PM)) {
            throw new RuleRefusedException(DealRule.DEAL_9, "a change order is " + what + " by the PM; " + by.userId()
                    + " is not the PM of " + officeId);
        }
        ChangeOrder order = changeOrder(changeOrderId);
        if (!order.waiting()) {
            throw new RuleRefusedException(DealRule.DEAL_9, "change order " + changeOrderId + " was "
                    + order.status().name().toLowerCase() + " by " + order.decidedBy() + " at "
                    + TIME.format(order.decidedAt()) + ": " + order.decisionNote());
        }
        return order;
    }

    private ChangeOrder approve(ChangeOrder order, String by, Instant now, String note, String checkNote) {
        ChangeOrder approved = order.approved(by, now, note, checkNote, unitId, unitCode, listPrice, price, coBuyers,
                status, receipts.size());
        changeOrders.set(changeOrders.indexOf(order), approved);
        return approved;
    }

    /** Changes are made to a live deal: not after the handover, not once cancelled. */
    private void requireChangeable() {
        DealStatus decided = switch (status) {
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED,
                    SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED, CONTRACT_SIGNED,
                    MORTGAGE_APPOINTED, MORTGAGE_COMPLETED -> status; // the deal is live
            case HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_9, "unit " + unitCode
                    + " was handed over at " + TIME.format(handover.handedOverAt()) + "; deal " + id
                    + " takes no change orders");
            case CANCELLED -> throw cancelledRefusal();
        };
    }

    /**
     * A unit swap (换房): between the formal deposit and the contract (the unit is reserved for the deal, the
     * contract not signed), to a unit of this office that sales control has AVAILABLE (UNIT-2), at its list
     * price or the lower price the PM approves with the swap (UNIT-4), never below the money held.
     */
    private BigDecimal checkSwap(UnitAvailability newUnit, BigDecimal askedPrice) {
        DealStatus decided = switch (status) {
            case DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED, SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED,
                    ELIGIBILITY_CHECKED -> status; // reserved for the deal, no contract yet
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD -> throw new RuleRefusedException(DealRule.DEAL_9,
                    "a unit is swapped once the formal deposit is in; deal " + id + " is " + describe(status)
                            + ": cancel it and open a deal on the other unit");
            case CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER -> throw new RuleRefusedException(
                    DealRule.DEAL_9, "the sales contract of deal " + id + " names unit " + unitCode
                    + "; a unit is swapped before the contract");
            case CANCELLED -> throw cancelledRefusal();
        };
        if (newUnit == null) {
            throw new InvalidInputException("newUnitId", "is required for a unit swap");
        }
        if (newUnit.unitId().equals(unitId)) {
            throw new InvalidInputException("newUnitId", "is the deal's unit " + unitCode + " already");
        }
        if (newUnit.officeId() != null && !newUnit.officeId().equals(officeId)) {
            throw new InvalidInputException("newUnitId", "unit " + newUnit.code() + " is sold by another office, not by "
                    + officeId);
        }
        if (!newUnit.available()) {
            throw new RuleRefusedException(DealRule.UNIT_2, "unit " + newUnit.code() + " is "
                    + newUnit.describedStatus() + "; the swap is refused and unit " + unitCode + " stays the deal's");
        }
        BigDecimal listed = listed(newUnit);
        if (listed == null) {
            throw new InvalidInputException("newUnitId", "sales control did not state the list price of unit "
                    + newUnit.code());
        }
        BigDecimal to = askedPrice == null ? listed : amountOf("price", askedPrice);
        if (to.compareTo(listed) > 0) {
            throw new InvalidInputException("price", "is above the list price " + listed.toPlainString() + " of unit "
                    + newUnit.code());
        }
        checkRepriceable(to);
        return to;
    }

    /** A price change: after the subscription fixed the price and before the contract, a new approved price. */
    private BigDecimal checkPriceChange(BigDecimal newPrice) {
        DealStatus decided = switch (status) {
            case SUBSCRIPTION_DRAFTED, SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED,
                    ELIGIBILITY_CHECKED -> status; // the subscription fixed the price, the contract not yet
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED -> throw new RuleRefusedException(
                    DealRule.UNIT_4, "the price of deal " + id + " is not fixed yet: a discount is asked of sales "
                    + "control and approved by the PM there (UNIT-4)");
            case CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER -> throw new RuleRefusedException(
                    DealRule.DEAL_9, "the sales contract of deal " + id + " fixed the price at "
                    + price.toPlainString() + "; a price changes before the contract");
            case CANCELLED -> throw cancelledRefusal();
        };
        if (newPrice == null) {
            throw new InvalidInputException("price", "is required for a price change");
        }
        BigDecimal to = amountOf("price", newPrice);
        if (to.compareTo(price) == 0) {
            throw new InvalidInputException("price", "is the deal's price already");
        }
        if (listPrice != null && to.compareTo(listPrice) > 0) {
            throw new InvalidInputException("price", "is above the list price " + listPrice.toPlainString());
        }
        checkRepriceable(to);
        return to;
    }

    /** The money held and the down payment and loans of the subscription still fit the new price. */
    private void checkRepriceable(BigDecimal to) {
        BigDecimal held = held();
        if (to.compareTo(held) < 0) {
            throw new InvalidInputException("price", "is below the " + held.toPlainString() + " the buyer paid");
        }
        Subscription s = subscription;
        if (s == null) {
            return;
        }
        boolean downPaid = paid(PaymentPurpose.DOWN_PAYMENT);
        if (!instalments.isEmpty()) {
            BigDecimal last = to.subtract(s.deposit()).subtract(s.downPaymentAmount())
                    .subtract(sum(instalments.subList(0, instalments.size() - 1)));
            BigDecimal paidInInstalments = paidFor(PaymentPurpose.INSTALMENT);
            if (last.signum() <= 0 || to.subtract(s.deposit()).subtract(s.downPaymentAmount())
                    .compareTo(paidInInstalments) < 0) {
                throw new InvalidInputException("price", "leaves nothing for the last instalment after the deposit "
                        + s.deposit().toPlainString() + ", the down payment " + s.downPaymentAmount().toPlainString()
                        + " and the instalments before it");
            }
            return;
        }
        if (s.financing() == Financing.CASH && !downPaid) {
            return; // the cash buyer's down payment becomes the rest of the new price
        }
        BigDecimal rest = to.subtract(s.deposit()).subtract(s.downPaymentAmount());
        boolean cash = s.financing() == Financing.CASH;
        if (rest.signum() < 0 || (!cash && rest.signum() == 0) || (cash && rest.signum() != 0)) {
            throw new InvalidInputException("price", "leaves " + rest.toPlainString() + " for the "
                    + (cash ? "balance" : "loans") + " after the deposit " + s.deposit().toPlainString()
                    + " and the down payment " + s.downPaymentAmount().toPlainString()
                    + (cash ? "; the cash buyer paid the price in full with them" : ""));
        }
    }

    /** The deal's price set anew; the subscription (if any) restates it, its down payment or loans with it. */
    private void reprice(BigDecimal to) {
        price = to.setScale(2, RoundingMode.HALF_UP);
        Subscription s = subscription;
        if (s == null || s.status() == Subscription.Status.VOIDED || s.status() == Subscription.Status.RECLAIMED) {
            return;
        }
        if (!instalments.isEmpty()) {
            BigDecimal others = sum(instalments.subList(0, instalments.size() - 1));
            Instalment last = instalments.getLast();
            instalments.set(instalments.size() - 1, new Instalment(last.dueDate(), price.subtract(s.deposit())
                    .subtract(s.downPaymentAmount()).subtract(others)));
        }
        BigDecimal down = s.financing() == Financing.CASH && !paid(PaymentPurpose.DOWN_PAYMENT) && instalments.isEmpty()
                ? price.subtract(s.deposit()) : s.downPaymentAmount();
        subscription = new Subscription(price, s.deposit(), down, price.subtract(s.deposit()).subtract(down),
                s.financing(), s.buyerIdNumber(), s.draftedBy(), s.draftedAt(), s.approvedBy(), s.approvedAt(),
                s.signature(), s.status(), s.closedBy(), s.closedAt(), s.closedBecause());
    }

    private void checkBuyerChange(String added, String removed) {
        if (added == null && removed == null) {
            throw new InvalidInputException("addCoBuyer", "or removeCoBuyer is required for a buyer change");
        }
        if (added != null && (added.equals(buyer.name()) || coBuyers.contains(added))) {
            throw new InvalidInputException("addCoBuyer", added + " is named on deal " + id + " already");
        }
        if (removed != null && !coBuyers.contains(removed)) {
            throw new InvalidInputException("removeCoBuyer", removed + " is not a co-buyer of deal " + id
                    + (removed.equals(buyer.name()) ? " (the buyer is not removed: the deal is cancelled instead)" : ""));
        }
    }

    /** LEAD-9: what the PM checks before a renaming: that it does not move the purchase past a colleague's claim. */
    private String claimCheck(String added, String removed) {
        return "LEAD-9 renaming to dodge a claim: the deal's lead " + (leadId == null ? "(none)" : leadId)
                + " belongs to consultant " + consultantId + "; checked whether "
                + (added == null ? "" : added + " (added) is a customer registered by another consultant")
                + (added != null && removed != null ? ", and whether " : "")
                + (removed == null ? "" : removed + " (removed) leaves the purchase with another consultant's customer");
    }

    /** A forfeit (挞定): the buyer walks away from a deal that holds a deposit. */
    private void checkForfeit() {
        if (!paid(PaymentPurpose.TEMPORARY_DEPOSIT) && !paid(PaymentPurpose.FORMAL_DEPOSIT)) {
            throw new RuleRefusedException(DealRule.DEAL_9, "deal " + id + " holds no deposit to forfeit; the PM "
                    + "cancels it instead (DEAL-8)");
        }
    }

    private static BigDecimal listed(UnitAvailability unit) {
        return unit.listPrice() == null ? null : unit.listPrice().setScale(2, RoundingMode.HALF_UP);
    }

    // ---------------------------------------------------------------- cancellation (DEAL-8)

    /**
     * DEAL-8: the PM cancels the deal at any step before the handover, with a reason. Waiting payments
     * are dropped; every open receipt is voided, and so is any receipt the register issued for a payment
     * the deal had not taken yet ({@code untaken}); what the office holds is refunded — the deposits
     * kept instead when the office's policy forfeits them (定金罚则) — and the subscription voided. The unit
     * is released by the event. A cancelled deal cancelled again changes nothing (safe to repeat).
     *
     * @param refundMethod how money is paid back; required when the office holds any
     * @param untaken receipts of this deal's waiting payments found in the register
     * @return the events, none when the deal was cancelled already
     */
    public List<DealEvent> cancel(String reason, PaymentMethod refundMethod, StaffMember by, List<Receipt> untaken,
            Instant now, DealPolicy policy) {
        return endDeal(reason, refundMethod, by, untaken, now, policy, false);
    }

    /**
     * DEAL-8: a deal opened in error — its unit's hold refused because a faster deal took the unit, or the
     * buyer gone before any money — is withdrawn by its own consultant (or the PM) while it is still OPENED
     * with nothing paid, waiting or receipted. Past that step only the PM cancels it. Withdrawn again:
     * nothing changes (safe to repeat). The cancellation event tells the other services; sales control
     * releases the unit only if it was held for this deal.
     */
    public List<DealEvent> withdraw(String reason, StaffMember by, Instant now) {
        if (status == DealStatus.CANCELLED) {
            return List.of();
        }
        if (!by.userId().equals(consultantId) && !by.holds(StaffRole.PM)) {
            throw new RuleRefusedException(DealRule.DEAL_8, "a deal opened in error is withdrawn by its own consultant "
                    + "or the PM; " + by.userId() + " is neither");
        }
        if (status != DealStatus.OPENED || !payments.isEmpty() || !receipts.isEmpty()) {
            throw new RuleRefusedException(DealRule.DEAL_8, "the deal is " + describe(status)
                    + (payments.isEmpty() ? "" : " with money entered")
                    + "; past its opening a deal is cancelled by the PM");
        }
        String why = text("reason", reason, 200);
        status = DealStatus.CANCELLED;
        cancellation = new Cancellation(why, by.userId(), now, DealStatus.OPENED, List.of(), List.of(), false);
        log(now, TimelineEntry.Step.DEAL_CANCELLED, by.userId(), "withdrawn when " + describe(DealStatus.OPENED)
                + ": " + why, null);
        return List.of(new DealEvent.Cancelled(this, cancellation));
    }

    private List<DealEvent> endDeal(String reason, PaymentMethod refundMethod, StaffMember by, List<Receipt> untaken,
            Instant now, DealPolicy policy, boolean forfeit) {
        if (!by.holds(StaffRole.PM)) {
            throw new RuleRefusedException(DealRule.DEAL_8, "a deal is cancelled by the PM; " + by.userId()
                    + " is not the PM of " + officeId);
        }
        boolean cancelledBefore = switch (status) {
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED,
                    SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED, CONTRACT_SIGNED,
                    MORTGAGE_APPOINTED, MORTGAGE_COMPLETED -> false;
            case HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_8, "unit " + unitCode
                    + " was handed over at " + TIME.format(handover.handedOverAt()) + "; the deal is no longer cancelled");
            case CANCELLED -> true;
        };
        if (cancelledBefore) {
            return List.of(); // safe to repeat: done already
        }
        String why = text("reason", reason, 200);
        List<Payment> refundable = payments.stream().filter(Payment::holdsMoney).toList();
        boolean refundsAny = refundable.stream().anyMatch(p -> !forfeit || !p.purpose().deposit());
        if (refundsAny && refundMethod == null) {
            throw new InvalidInputException("refundMethod", "is required: the office holds "
                    + held().toPlainString() + " of the buyer's");
        }
        List<DealEvent> events = new ArrayList<>();
        List<String> voided = new ArrayList<>();
        String voidReason = "deal cancelled: " + why;
        for (Receipt orphan : untaken) {
            voidUntaken(orphan, by.userId(), now, voidReason).ifPresent(event -> {
                events.add(event);
                voided.add(orphan.number());
            });
        }
        for (Payment waiting : List.copyOf(payments)) {
            if (waiting.waiting()) {
                replace(waiting.discardedBy(by.userId(), now));
                log(now, TimelineEntry.Step.PAYMENT_DISCARDED, by.userId(), "payment " + waiting.id()
                        + " never confirmed: dropped", waiting.id());
            }
        }
        for (Receipt open : List.copyOf(receipts)) {
            if (open.open()) {
                Receipt closed = close(open.number(), r -> r.voided(by.userId(), now, voidReason));
                voided.add(closed.number());
                events.add(new DealEvent.ReceiptVoided(this, closed));
                log(now, TimelineEntry.Step.RECEIPT_VOIDED, by.userId(), "receipt " + closed.number() + " voided: "
                        + voidReason, closed.number());
            }
        }
        List<Cancellation.Refund> refunds = new ArrayList<>();
        for (Payment paid : refundable) {
            Cancellation.Refund refund = refund(paid, refundMethod, by.userId(), now, policy, forfeit);
            refunds.add(refund);
            log(now, TimelineEntry.Step.REFUND_RECORDED, by.userId(), refund.note(), paid.receiptNumber());
        }
        if (subscription != null && subscription.status() != Subscription.Status.RECLAIMED) {
            subscription = subscription.closed(Subscription.Status.VOIDED, by.userId(), now, voidReason);
        }
        DealStatus from = status;
        status = DealStatus.CANCELLED;
        cancellation = new Cancellation(why, by.userId(), now, from, refunds, voided, forfeit);
        log(now, TimelineEntry.Step.DEAL_CANCELLED, by.userId(), (forfeit ? "forfeited (挞定) when " : "cancelled when ")
                + describe(from) + ": " + why
                + "; unit " + unitCode + " released", null);
        events.addAll(resolveSettled(by.userId(), now, "deal cancelled: " + why));
        events.addFirst(new DealEvent.Cancelled(this, cancellation));
        return events;
    }

    private Cancellation.Refund refund(Payment paid, PaymentMethod method, String by, Instant now, DealPolicy policy,
            boolean forfeit) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        if (paid.cheque() == Payment.ChequeState.PENDING) {
            return new Cancellation.Refund(paid.id(), paid.receiptNumber(), paid.purpose(), paid.amount(), paid.amount(),
                    zero, PaymentMethod.CHEQUE, "cheque " + paid.details().chequeNumber() + " ("
                    + paid.amount().toPlainString() + ") handed back uncleared", by, now);
        }
        boolean deposit = paid.purpose().deposit();
        if (deposit && (forfeit || policy.depositOnCancellation() == DealPolicy.DepositOnCancellation.FORFEIT)) {
            return new Cancellation.Refund(paid.id(), paid.receiptNumber(), paid.purpose(), paid.amount(), zero,
                    paid.amount(), null, paid.purpose().printed() + " " + paid.amount().toPlainString()
                    + (forfeit ? " forfeited: the buyer walked away (挞定, 定金罚则)" : " forfeited (office policy)"),
                    by, now);
        }
        return new Cancellation.Refund(paid.id(), paid.receiptNumber(), paid.purpose(), paid.amount(), paid.amount(),
                zero, method, paid.purpose().printed() + " " + paid.amount().toPlainString() + " refunded by "
                + method.printed(), by, now);
    }

    // ---------------------------------------------------------------- the PM's escalation list (DEAL-7)

    /**
     * DEAL-7: what the deal puts on the PM's escalation list now, found by the periodic sweep: the down
     * payment past its due date (the day after it, at the office) and unpaid; sales control's hold lapsing
     * within the office's warning time (or lapsed) with no formal deposit in. Each cause once: a due date
     * or a hold deadline already entered (open or resolved) is not entered again.
     *
     * @return the events of the entries raised, none when nothing is new
     */
    public List<DealEvent> escalateDue(Instant now, DealPolicy policy) {
        List<DealEvent> events = new ArrayList<>();
        if (downPaymentOverdue(now, policy)) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(downPaymentDueDate, today(now, policy));
            raise(Escalation.Kind.DOWN_PAYMENT_OVERDUE, downPaymentDueDate.toString(), now, "the down payment"
                    + (subscription == null ? "" : " " + subscription.downPaymentAmount().toPlainString()) + " was due on "
                    + downPaymentDueDate + " and is not paid (" + days + (days == 1 ? " day" : " days") + " overdue)",
                    null).ifPresent(events::add);
        }
        for (Instalment late : overdueInstalments(now, policy)) {
            long days = java.time.temporal.ChronoUnit.DAYS.between(late.dueDate(), today(now, policy));
            raise(Escalation.Kind.INSTALMENT_OVERDUE, late.dueDate().toString(), now, "the instalment "
                    + late.amount().toPlainString() + " was due on " + late.dueDate() + " and is not paid in full ("
                    + days + (days == 1 ? " day" : " days") + " overdue)", null).ifPresent(events::add);
        }
        if (holdLapsing(now, policy)) {
            raise(Escalation.Kind.HOLD_LAPSING, String.valueOf(holdExpiresAt.getEpochSecond()), now, "the hold on unit "
                    + unitCode + (now.isBefore(holdExpiresAt) ? " lapses at " : " lapsed at ") + TIME.format(holdExpiresAt)
                    + " and no formal deposit is in", null).ifPresent(events::add);
        }
        return events;
    }

    /**
     * When {@link #escalateDue} next has something to raise after {@code now}: the start of the day after
     * the down payment's due date at the office, or the hold's deadline less the warning; empty when the
     * deal waits for neither (or both are entered already).
     */
    public Optional<Instant> nextEscalationAfter(Instant now, DealPolicy policy) {
        Optional<Instant> overdue = Optional.empty();
        if (awaitsDownPayment() && downPaymentDueDate != null
                && !entered(Escalation.Kind.DOWN_PAYMENT_OVERDUE, downPaymentDueDate.toString())) {
            overdue = Optional.of(downPaymentDueDate.plusDays(1).atStartOfDay(policy.zone()).toInstant());
        }
        Optional<Instant> lapsing = Optional.empty();
        if (status == DealStatus.UNIT_HELD && holdExpiresAt != null
                && !entered(Escalation.Kind.HOLD_LAPSING, String.valueOf(holdExpiresAt.getEpochSecond()))) {
            lapsing = Optional.of(holdExpiresAt.minus(policy.holdLapseWarning()));
        }
        Optional<Instant> instalment = unpaidInstalments().stream()
                .filter(i -> !entered(Escalation.Kind.INSTALMENT_OVERDUE, i.dueDate().toString())).findFirst()
                .filter(i -> instalmentsOwedNow())
                .map(i -> i.dueDate().plusDays(1).atStartOfDay(policy.zone()).toInstant());
        return Stream.of(overdue, lapsing, instalment).flatMap(Optional::stream)
                .map(at -> at.isAfter(now) ? at : now.plusMillis(1)).min(Comparator.naturalOrder());
    }

    /** 分期付款: the instalments not paid in full (instalment money allocated in due order), earliest first. */
    private List<Instalment> unpaidInstalments() {
        BigDecimal left = paidFor(PaymentPurpose.INSTALMENT);
        List<Instalment> unpaid = new ArrayList<>();
        for (Instalment instalment : instalments) {
            if (left.compareTo(instalment.amount()) < 0) {
                unpaid.add(instalment);
            }
            left = left.subtract(instalment.amount()).max(BigDecimal.ZERO);
        }
        return unpaid;
    }

    /** Instalments are owed while the deal is between its down payment and its handover. */
    private boolean instalmentsOwedNow() {
        return switch (status) {
            case DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED, CONTRACT_SIGNED -> true;
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED,
                    SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER,
                    CANCELLED -> false;
        };
    }

    private List<Instalment> overdueInstalments(Instant now, DealPolicy policy) {
        if (!instalmentsOwedNow()) {
            return List.of();
        }
        LocalDate today = today(now, policy);
        return unpaidInstalments().stream().filter(i -> today.isAfter(i.dueDate())).toList();
    }

    /**
     * DEAL-7: notification-service could not reach the buyer with a reminder of this deal (undeliverable on
     * every channel, or sent with no delivery receipt): the PM hears of it at once. One entry per reminder
     * and kind, however often it is reported.
     */
    public Optional<DealEvent> buyerNotReached(Escalation.Kind kind, String reminderId, String detail, Instant at) {
        if (kind != Escalation.Kind.BUYER_UNREACHABLE && kind != Escalation.Kind.REMINDER_UNANSWERED) {
            throw new IllegalArgumentException("not a kind notification-service reports: " + kind);
        }
        if (status == DealStatus.CANCELLED || status == DealStatus.HANDED_OVER) {
            return Optional.empty(); // nobody is chased for a deal that ended
        }
        return raise(kind, reminderId, at, detail, null);
    }

    /** DEAL-7: the PM resolves an open entry of the escalation list with a note: what was done about it. */
    public DealEvent resolveEscalation(String escalationId, String note, StaffMember by, Instant now) {
        if (!by.holds(StaffRole.PM)) {
            throw new RuleRefusedException(DealRule.DEAL_7, "the escalation list is the PM's: " + by.userId()
                    + " is not the PM of " + officeId);
        }
        String why = text("note", note, 500);
        Escalation entry = escalations.stream().filter(e -> e.id().equals(escalationId)).findFirst()
                .orElseThrow(() -> new NotFoundException("escalation", escalationId));
        if (!entry.open()) {
            throw new RuleRefusedException(DealRule.DEAL_7, "escalation " + escalationId + " was resolved by "
                    + entry.resolvedBy() + " at " + TIME.format(entry.resolvedAt()) + ": " + entry.note());
        }
        return resolve(entry, by.userId(), now, why);
    }

    /** The entries of this deal on the escalation list, open and resolved, in the order raised. */
    public List<Escalation> escalations() {
        return List.copyOf(escalations);
    }

    /** The entries still open. */
    public List<Escalation> openEscalations() {
        return escalations.stream().filter(Escalation::open).toList();
    }

    private boolean downPaymentOverdue(Instant now, DealPolicy policy) {
        return awaitsDownPayment() && downPaymentDueDate != null && today(now, policy).isAfter(downPaymentDueDate);
    }

    /** Between the formal deposit and the down payment's receipt: the down payment is owed. */
    private boolean awaitsDownPayment() {
        return switch (status) {
            case DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED, SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED -> !paid(
                    PaymentPurpose.DOWN_PAYMENT);
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED,
                    CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER, CANCELLED -> false;
        };
    }

    private boolean holdLapsing(Instant now, DealPolicy policy) {
        return status == DealStatus.UNIT_HELD && holdExpiresAt != null
                && !now.isBefore(holdExpiresAt.minus(policy.holdLapseWarning()));
    }

    private boolean entered(Escalation.Kind kind, String reference) {
        return escalations.stream().anyMatch(e -> e.kind() == kind && e.reference().equals(reference));
    }

    private Optional<DealEvent> raise(Escalation.Kind kind, String reference, Instant now, String detail, String by) {
        if (entered(kind, reference)) {
            return Optional.empty();
        }
        Escalation entry = Escalation.raised(kind, reference, now, detail);
        escalations.add(entry);
        log(now, TimelineEntry.Step.ESCALATION_RAISED, by, "on the PM's escalation list: " + detail, entry.id());
        return Optional.of(new DealEvent.EscalationRaised(this, entry));
    }

    private DealEvent resolve(Escalation entry, String by, Instant now, String note) {
        Escalation resolved = entry.resolved(by, now, note);
        escalations.set(escalations.indexOf(entry), resolved);
        log(now, TimelineEntry.Step.ESCALATION_RESOLVED, by, "escalation " + entry.id() + " resolved: " + note,
                entry.id());
        return new DealEvent.EscalationResolved(this, resolved);
    }

    /**
     * The open entries whose cause a step just removed: the down payment received, the formal deposit in
     * (the hold no longer matters), the bounced money paid again; every entry when the deal is cancelled.
     */
    private List<DealEvent> resolveSettled(String by, Instant now, String because) {
        List<DealEvent> events = new ArrayList<>();
        for (Escalation entry : List.copyOf(escalations)) {
            boolean settled = entry.open() && (status == DealStatus.CANCELLED || switch (entry.kind()) {
                case DOWN_PAYMENT_OVERDUE -> paid(PaymentPurpose.DOWN_PAYMENT);
                case HOLD_LAPSING -> paid(PaymentPurpose.FORMAL_DEPOSIT);
                case CHEQUE_BOUNCED -> dueAgain().isEmpty();
                case INSTALMENT_OVERDUE -> unpaidInstalments().stream()
                        .noneMatch(i -> i.dueDate().toString().equals(entry.reference()));
                case BUYER_UNREACHABLE, REMINDER_UNANSWERED -> false;
            });
            if (settled) {
                events.add(resolve(entry, by, now, because));
            }
        }
        return events;
    }

    // ---------------------------------------------------------------- what next

    /** What the deal needs next, for whom and why. */
    public List<NextStep> nextSteps(DealPolicy policy) {
        List<NextStep> next = new ArrayList<>();
        Optional<Payment> waiting = waiting();
        waiting.ifPresent(p -> next.add(new NextStep(NextStep.Action.CONFIRM_PAYMENT, ANY_STAFF, "a second staff member "
                + "of the office, not " + p.enteredBy() + ", confirms payment " + p.id() + " (" + p.purpose().printed()
                + " " + p.amount().toPlainString() + ") with their own sign-in; then its receipt is issued", "DEAL-1")));
        payments.stream().filter(p -> p.cheque() == Payment.ChequeState.PENDING).forEach(p -> next.add(new NextStep(
                NextStep.Action.SETTLE_CHEQUE, MONEY, "cheque " + p.details().chequeNumber() + " clears or bounces; "
                + "receipt " + p.receiptNumber() + " is valid once it clears", "DEAL-2")));
        dueAgain().ifPresent(p -> next.add(new NextStep(NextStep.Action.PAY_AGAIN, MONEY, p.printed()
                + " is due again: its cheque bounced", "DEAL-2")));
        boolean pending = waiting.isPresent();
        NextStep hold = new NextStep(NextStep.Action.HOLD_UNIT, List.of(StaffRole.SALES_CONTROL, StaffRole.CONSULTANT),
                "sales control holds unit " + unitCode + " for this deal", "UNIT-2");
        List<NextStep> ofStatus = switch (status) {
            case OPENED -> pending ? List.of(hold) : List.of(new NextStep(NextStep.Action.ENTER_TEMPORARY_DEPOSIT, MONEY,
                    "the temporary deposit (临定), " + (policy.temporaryDepositRequired()
                    ? "required by the office before the formal one" : "optional at this office"), "DEAL-1"), hold);
            case TEMPORARY_DEPOSIT_RECEIVED -> List.of(hold);
            case UNIT_HELD -> pending ? List.of()
                    : policy.temporaryDepositRequired() && openReceipt(PaymentPurpose.TEMPORARY_DEPOSIT).isEmpty()
                    ? List.of(new NextStep(NextStep.Action.ENTER_TEMPORARY_DEPOSIT, MONEY, "the temporary deposit first: "
                    + "the formal receipt reclaims its receipt", "DEAL-3"))
                    : List.of(new NextStep(NextStep.Action.ENTER_FORMAL_DEPOSIT, MONEY, "the formal deposit, with the "
                    + "down payment's due date, before the hold lapses at "
                    + (holdExpiresAt == null ? "its deadline" : TIME.format(holdExpiresAt)), "UNIT-3"));
            case DEPOSIT_RECEIVED -> List.of(new NextStep(NextStep.Action.DRAFT_SUBSCRIPTION, DEAL_STAFF, "the "
                    + "subscription: financing, down payment, the buyer's identity document", "DEAL-4"), reschedule());
            case SUBSCRIPTION_DRAFTED -> List.of(new NextStep(NextStep.Action.APPROVE_SUBSCRIPTION, List.of(StaffRole.PM),
                    "the PM reviews and approves the subscription before the buyer signs", "DEAL-4"), reschedule());
            case SUBSCRIPTION_APPROVED -> List.of(new NextStep(NextStep.Action.SIGN_SUBSCRIPTION, DEAL_STAFF, "the buyer "
                    + "signs in person, or an agent with a notarised power of attorney; a copy of the buyer's ID is kept",
                    "DEAL-4"), reschedule());
            case SUBSCRIPTION_SIGNED -> pending ? List.of(reschedule()) : List.of(new NextStep(
                    NextStep.Action.ENTER_DOWN_PAYMENT, MONEY, "the down payment "
                    + subscription.downPaymentAmount().toPlainString() + ", due " + downPaymentDueDate
                    + "; its receipt reclaims the formal-deposit receipt", "DEAL-3"), reschedule());
            case DOWN_PAYMENT_RECEIVED -> List.of(new NextStep(NextStep.Action.CHECK_ELIGIBILITY,
                    List.of(StaffRole.CONSULTANT, StaffRole.FINANCE, StaffRole.PM), "purchase eligibility (购房资格) "
                    + "checked and passed", "DEAL-5"));
            case ELIGIBILITY_CHECKED -> List.of(new NextStep(NextStep.Action.SIGN_CONTRACT, DEAL_STAFF, "the sales "
                    + "contract; it reclaims the subscription", "DEAL-3"));
            case CONTRACT_SIGNED -> List.of(subscription.financing() == Financing.CASH
                    ? new NextStep(NextStep.Action.HAND_OVER, DEAL_STAFF, "a cash purchase: the handover", "DEAL-0")
                    : new NextStep(NextStep.Action.SET_MORTGAGE_APPOINTMENT, List.of(StaffRole.CONSULTANT,
                    StaffRole.FINANCE, StaffRole.PM), "the buyer's appointment with the bank: bank, place, time, "
                    + "documents", "DEAL-0"));
            case MORTGAGE_APPOINTED -> List.of(new NextStep(NextStep.Action.RECORD_MORTGAGE_PROGRESS,
                    List.of(StaffRole.CONSULTANT, StaffRole.FINANCE, StaffRole.PM), "each loan ("
                    + subscription.financing().loans() + "): documents received, approved, funds disbursed", "DEAL-0"));
            case MORTGAGE_COMPLETED -> List.of(new NextStep(NextStep.Action.HAND_OVER, DEAL_STAFF, "the handover",
                    "DEAL-0"));
            case HANDED_OVER, CANCELLED -> List.of();
        };
        next.addAll(ofStatus);
        changeOrders.stream().filter(ChangeOrder::waiting).forEach(order -> next.add(new NextStep(
                NextStep.Action.DECIDE_CHANGE_ORDER, List.of(StaffRole.PM), "the PM approves or rejects change order "
                + order.id() + " (" + order.described() + ") with a note", "DEAL-9")));
        BigDecimal instalmentsOwed = sum(instalments).subtract(paidFor(PaymentPurpose.INSTALMENT));
        if (instalmentsOwedNow() && instalmentsOwed.signum() > 0 && !pending) {
            next.add(new NextStep(NextStep.Action.ENTER_INSTALMENT, MONEY, "the instalments: "
                    + instalmentsOwed.toPlainString() + " owed, the next due " + unpaidInstalments().getFirst()
                    .dueDate(), "DEAL-0"));
        }
        if (status != DealStatus.HANDED_OVER && status != DealStatus.CANCELLED) {
            next.add(new NextStep(NextStep.Action.CANCEL, List.of(StaffRole.PM), "only if the deal is to end: the PM "
                    + "cancels it with a reason; the unit is released, receipts voided, refunds recorded", "DEAL-8"));
        }
        return next;
    }

    private NextStep reschedule() {
        return new NextStep(NextStep.Action.RESCHEDULE_DOWN_PAYMENT, MONEY, "if the buyer needs longer: a new due date"
                + " for the down payment (now " + downPaymentDueDate + "), with a reason", "NOTE-4");
    }

    // ---------------------------------------------------------------- the rules of money

    /**
     * Whether this payment's step is open: its turn has come (the order of the steps), or its earlier
     * payment bounced and it is due again (returns true then). Refuses naming the rule otherwise.
     */
    private boolean requireMoneyStep(PaymentPurpose purpose, Instant now, DealPolicy policy) {
        if (status == DealStatus.CANCELLED) {
            throw cancelledRefusal();
        }
        Optional<PaymentPurpose> dueAgain = dueAgain();
        if (dueAgain.isPresent()) {
            if (dueAgain.get() != purpose) {
                throw bouncedRefusal(dueAgain.get());
            }
            return true;
        }
        switch (purpose) {
            case TEMPORARY_DEPOSIT -> requireTemporaryDepositStep();
            case FORMAL_DEPOSIT -> requireFormalDepositStep(now, policy);
            case DOWN_PAYMENT -> requireDownPaymentStep();
            case INSTALMENT -> requireInstalmentStep();
        }
        return false;
    }

    private void requireTemporaryDepositStep() {
        DealStatus decided = switch (status) {
            case OPENED -> status; // the first money
            case UNIT_HELD -> {
                if (paid(PaymentPurpose.TEMPORARY_DEPOSIT)) {
                    throw new RuleRefusedException(DealRule.DEAL_3, "the temporary deposit of deal " + id
                            + " was received already");
                }
                yield status;
            }
            case TEMPORARY_DEPOSIT_RECEIVED -> throw new RuleRefusedException(DealRule.DEAL_3,
                    "the temporary deposit of deal " + id + " was received already");
            case DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED, SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED,
                    ELIGIBILITY_CHECKED, CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER ->
                    throw new RuleRefusedException(DealRule.DEAL_3, "the formal deposit of deal " + id
                            + " was received: a temporary deposit comes before it, and its receipt is reclaimed by the formal one");
            case CANCELLED -> throw cancelledRefusal();
        };
    }

    private void requireFormalDepositStep(Instant now, DealPolicy policy) {
        DealStatus decided = switch (status) {
            case UNIT_HELD -> status; // the unit is held for this deal
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED -> throw new RuleRefusedException(DealRule.UNIT_2, "unit " + unitCode
                    + " is not held for deal " + id + " yet; sales control must hold it before the deposit");
            case DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED, SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED, DOWN_PAYMENT_RECEIVED,
                    ELIGIBILITY_CHECKED, CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER ->
                    throw new RuleRefusedException(DealRule.UNIT_2, "the deposit of deal " + id
                            + " was already received at " + TIME.format(firstPayment(PaymentPurpose.FORMAL_DEPOSIT)
                            .map(Payment::decidedAt).orElse(openedAt)));
            case CANCELLED -> throw cancelledRefusal();
        };
        if (holdExpiresAt != null && !now.isBefore(holdExpiresAt)) {
            throw new RuleRefusedException(DealRule.UNIT_3, "the hold on unit " + unitCode + " lapsed at "
                    + TIME.format(holdExpiresAt));
        }
        Optional<Receipt> temporary = openReceipt(PaymentPurpose.TEMPORARY_DEPOSIT);
        if (policy.temporaryDepositRequired() && temporary.isEmpty()) {
            throw new RuleRefusedException(DealRule.DEAL_3, "office " + officeId + " takes the temporary deposit first: "
                    + "the formal receipt reclaims its receipt, and deal " + id + " has none");
        }
        requireValid(temporary, "formal deposit");
    }

    /** 分期付款: an instalment is paid after the down payment, before the handover, while any is owed. */
    private void requireInstalmentStep() {
        DealStatus decided = switch (status) {
            case DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED, CONTRACT_SIGNED -> status; // the balance is owed
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED,
                    SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED -> throw new RuleRefusedException(DealRule.DEAL_0,
                    "instalments are paid after the down payment; deal " + id + " is " + describe(status));
            case MORTGAGE_APPOINTED, MORTGAGE_COMPLETED, HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_0,
                    "deal " + id + " is " + describe(status) + "; it has no instalments owed");
            case CANCELLED -> throw cancelledRefusal();
        };
        if (instalments.isEmpty()) {
            throw new RuleRefusedException(DealRule.DEAL_0, "deal " + id + " has no instalment plan: its subscription "
                    + "sets none");
        }
        if (paidFor(PaymentPurpose.INSTALMENT).compareTo(sum(instalments)) >= 0) {
            throw new RuleRefusedException(DealRule.DEAL_0, "every instalment of deal " + id + " is paid");
        }
    }

    private void requireDownPaymentStep() {
        DealStatus decided = switch (status) {
            case SUBSCRIPTION_SIGNED -> status; // the buyer signed
            case OPENED, TEMPORARY_DEPOSIT_RECEIVED, UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED,
                    SUBSCRIPTION_APPROVED -> throw new RuleRefusedException(DealRule.DEAL_4, "the buyer signs the "
                    + "reviewed subscription before the down payment; deal " + id + " is " + describe(status));
            case DOWN_PAYMENT_RECEIVED, ELIGIBILITY_CHECKED, CONTRACT_SIGNED, MORTGAGE_APPOINTED, MORTGAGE_COMPLETED,
                    HANDED_OVER -> throw new RuleRefusedException(DealRule.DEAL_0, "the down payment of deal " + id
                    + " was received already");
            case CANCELLED -> throw cancelledRefusal();
        };
        requireValid(openReceipt(PaymentPurpose.FORMAL_DEPOSIT), "down payment");
    }

    /** DEAL-3: a receipt about to be reclaimed must be valid: its cheque cleared. */
    private void requireValid(Optional<Receipt> takenOver, String by) {
        takenOver.ifPresent(receipt -> {
            Payment paid = payment(receipt.paymentId());
            if (!paid.certain()) {
                throw new RuleRefusedException(DealRule.DEAL_3, "receipt " + receipt.number() + " is valid once cheque "
                        + paid.details().chequeNumber() + " clears; the " + by + "'s receipt reclaims it only then");
            }
        });
    }

    private void requireNothingDueAgain() {
        dueAgain().ifPresent(purpose -> {
            throw bouncedRefusal(purpose);
        });
    }

    private RuleRefusedException bouncedRefusal(PaymentPurpose purpose) {
        Payment bounced = payments.stream().filter(p -> p.purpose() == purpose
                && p.cheque() == Payment.ChequeState.BOUNCED).reduce((a, b) -> b).orElseThrow();
        return new RuleRefusedException(DealRule.DEAL_2, "cheque " + bounced.details().chequeNumber() + " of the "
                + purpose.printed() + " bounced at " + TIME.format(bounced.chequeSettledAt()) + ": it is paid again first");
    }

    /** The payment whose cheque bounced and that was not paid again, if any. */
    private Optional<PaymentPurpose> dueAgain() {
        for (PaymentPurpose purpose : PaymentPurpose.values()) {
            boolean bounced = payments.stream().anyMatch(p -> p.purpose() == purpose
                    && p.cheque() == Payment.ChequeState.BOUNCED);
            if (bounced && !paid(purpose)) {
                return Optional.of(purpose);
            }
        }
        return Optional.empty();
    }

    /** The down payment's due date, set with the formal deposit (after today); none for other payments. */
    private LocalDate dueDateOf(PaymentEntry entry, boolean again, Instant now, DealPolicy policy) {
        LocalDate due = entry.downPaymentDueDate();
        if (entry.purpose() != PaymentPurpose.FORMAL_DEPOSIT || again) {
            if (due != null) {
                throw new InvalidInputException("downPaymentDueDate", "is set with the formal deposit only; later it "
                        + "is rescheduled");
            }
            return null;
        }
        LocalDate today = today(now, policy);
        if (due == null || !due.isAfter(today)) {
            throw new InvalidInputException("downPaymentDueDate", "must be after today (" + today + " in "
                    + policy.zone() + ")");
        }
        return due;
    }

    /** No payment above what is owed; the down payment brings the buyer to the office's minimum share. */
    private void checkOwed(Payment payment, DealPolicy policy) {
        if (price == null) {
            return; // sales control has not said the price: only the absolute bounds apply
        }
        BigDecimal held = held();
        BigDecimal after = held.add(payment.amount());
        if (after.compareTo(price) > 0) {
            throw new InvalidInputException("amount", "is above what is owed: the price is " + price.toPlainString()
                    + ", " + held.toPlainString() + " is paid, " + price.subtract(held).toPlainString() + " is left");
        }
        if (payment.purpose() == PaymentPurpose.INSTALMENT) {
            BigDecimal left = sum(instalments).subtract(paidFor(PaymentPurpose.INSTALMENT));
            if (payment.amount().compareTo(left) > 0) {
                throw new InvalidInputException("amount", "is above what is owed: " + left.toPlainString()
                        + " is left of the instalments");
            }
            return;
        }
        if (payment.purpose() != PaymentPurpose.DOWN_PAYMENT || subscription == null) {
            return;
        }
        BigDecimal plannedLeft = subscription.downPaymentAmount().subtract(paidFor(PaymentPurpose.DOWN_PAYMENT));
        if (payment.amount().compareTo(plannedLeft) > 0) {
            throw new InvalidInputException("amount", "is above what is owed: the subscription sets the down payment at "
                    + subscription.downPaymentAmount().toPlainString());
        }
        if (subscription.financing() == Financing.CASH) {
            BigDecimal upToInstalments = price.subtract(sum(instalments));
            if (after.compareTo(upToInstalments) != 0) {
                throw new InvalidInputException("amount", "a cash buyer pays the rest of the price with the down "
                        + "payment" + (instalments.isEmpty() ? "" : " and the instalments") + ": the down payment is "
                        + upToInstalments.subtract(held).toPlainString());
            }
            return;
        }
        checkMinimumShare("amount", after, held, policy);
    }

    private void checkMinimumShare(String field, BigDecimal paidWithIt, BigDecimal deposits, DealPolicy policy) {
        BigDecimal minimum = price.multiply(policy.minimumDownPaymentRatio()).setScale(2, RoundingMode.UP);
        if (paidWithIt.compareTo(minimum) < 0) {
            throw new InvalidInputException(field, "is below the office's minimum down payment: "
                    + policy.minimumDownPaymentRatio().movePointRight(2).stripTrailingZeros().toPlainString()
                    + "% of the price " + price.toPlainString() + " is " + minimum.toPlainString() + "; with the "
                    + deposits.toPlainString() + " paid, the down payment is at least "
                    + minimum.subtract(deposits).max(BigDecimal.ZERO).toPlainString());
        }
    }

    private static BigDecimal amountOf(String field, BigDecimal amount) {
        try {
            return Payment.checkedAmount(amount);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** DEAL-3: the receipt this one takes over is reclaimed now that this one is valid. */
    private Optional<DealEvent> reclaimTakenOver(Receipt valid, String by, Instant now) {
        if (valid.replaces() == null) {
            return Optional.empty();
        }
        Receipt earlier = receipt(valid.replaces());
        if (!earlier.open()) {
            return Optional.empty();
        }
        Receipt reclaimed = close(earlier.number(), r -> r.reclaimed(by, now, "reclaimed by receipt " + valid.number()
                + " (" + valid.purpose().printed() + ")"));
        log(now, TimelineEntry.Step.RECEIPT_RECLAIMED, by, "receipt " + reclaimed.number() + " "
                + reclaimed.closedBecause(), reclaimed.number());
        return Optional.of(new DealEvent.ReceiptReclaimed(this, reclaimed));
    }

    private Receipt close(String number, UnaryOperator<Receipt> closing) {
        for (int i = 0; i < receipts.size(); i++) {
            if (receipts.get(i).number().equals(number)) {
                Receipt closed = closing.apply(receipts.get(i));
                receipts.set(i, closed);
                return closed;
            }
        }
        throw new NotFoundException("receipt", number);
    }

    private void replace(Payment payment) {
        for (int i = 0; i < payments.size(); i++) {
            if (payments.get(i).id().equals(payment.id())) {
                payments.set(i, payment);
                return;
            }
        }
        throw new NotFoundException("payment", payment.id());
    }

    private Payment payment(String paymentId) {
        return payments.stream().filter(p -> p.id().equals(paymentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("payment", paymentId));
    }

    private Receipt receipt(String number) {
        return receipts.stream().filter(r -> r.number().equals(number)).findFirst()
                .orElseThrow(() -> new NotFoundException("receipt", number));
    }

    private Optional<Payment> firstPayment(PaymentPurpose purpose) {
        return payments.stream().filter(p -> p.purpose() == purpose && p.confirmed()).findFirst();
    }

    /** The payment waiting for its second person, if any. */
    public Optional<Payment> waiting() {
        return payments.stream().filter(Payment::waiting).findFirst();
    }

    /** The receipt of this payment purpose the buyer holds now (not reclaimed or voided), if any. */
    public Optional<Receipt> openReceipt(PaymentPurpose purpose) {
        if (purpose == null) {
            return Optional.empty();
        }
        return receipts.stream().filter(r -> r.purpose() == purpose && r.open()).reduce((a, b) -> b);
    }

    private boolean paid(PaymentPurpose purpose) {
        return payments.stream().anyMatch(p -> p.purpose() == purpose && p.holdsMoney());
    }

    private BigDecimal paidFor(PaymentPurpose purpose) {
        return payments.stream().filter(p -> p.purpose() == purpose && p.holdsMoney()).map(Payment::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The money the office holds from the buyer: received and not bounced (a cheque still clearing counts). */
    public BigDecimal held() {
        return payments.stream().filter(Payment::holdsMoney).map(Payment::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private Optional<EligibilityCheck> lastCheck() {
        return eligibilityChecks.isEmpty() ? Optional.empty() : Optional.of(eligibilityChecks.getLast());
    }

    private RuleRefusedException cancelledRefusal() {
        return new RuleRefusedException(DealRule.DEAL_8, "deal " + id + " was cancelled at "
                + TIME.format(cancellation.cancelledAt()) + " by " + cancellation.cancelledBy() + ": "
                + cancellation.reason());
    }

    private void log(Instant at, TimelineEntry.Step step, String by, String detail, String reference) {
        timeline.add(new TimelineEntry(at, step, by, detail, reference));
    }

    private static LocalDate today(Instant now, DealPolicy policy) {
        return LocalDate.ofInstant(now, policy.zone());
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        if (value.strip().length() > max) {
            throw new InvalidInputException(field, "has more than " + max + " characters");
        }
        return value.strip();
    }

    private static String describe(Mortgage.Appointment appointment) {
        return appointment.bank() + ", " + appointment.place() + ", " + TIME.format(appointment.at())
                + (appointment.documents().isEmpty() ? "" : "; bring " + String.join(", ", appointment.documents()));
    }

    private static String describe(DealStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    // ---------------------------------------------------------------- reads

    public String id() {
        return id;
    }

    public String developerId() {
        return developerId;
    }

    public String officeId() {
        return officeId;
    }

    public String unitId() {
        return unitId;
    }

    public String unitCode() {
        return unitCode;
    }

    public String consultantId() {
        return consultantId;
    }

    public String leadId() {
        return leadId;
    }

    public Buyer buyer() {
        return buyer;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public DealStatus status() {
        return status;
    }

    public BigDecimal listPrice() {
        return listPrice;
    }

    /** The deal's price: the list price less an approved discount (UNIT-4); null until sales control says. */
    public BigDecimal price() {
        return price;
    }

    public Instant unitHeldAt() {
        return unitHeldAt;
    }

    public Instant holdExpiresAt() {
        return holdExpiresAt;
    }

    public List<Payment> payments() {
        return List.copyOf(payments);
    }

    public List<Receipt> receipts() {
        return List.copyOf(receipts);
    }

    /** Whether this receipt is valid now: open, and not a cheque that has yet to clear. */
    public boolean valid(Receipt receipt) {
        return receipt.open() && payment(receipt.paymentId()).certain();
    }

    public LocalDate downPaymentDueDate() {
        return downPaymentDueDate;
    }

    public Subscription subscription() {
        return subscription;
    }

    public List<EligibilityCheck> eligibilityChecks() {
        return List.copyOf(eligibilityChecks);
    }

    public SalesContract contract() {
        return contract;
    }

    public Mortgage mortgage() {
        return mortgage;
    }

    public Handover handover() {
        return handover;
    }

    public Cancellation cancellation() {
        return cancellation;
    }

    /** Every step, receipt and refund, in the order they happened. */
    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    /** The requests applied ({@code command|requestId}), so a retry is recognised. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The stored version this deal was read at; a write succeeds only if nobody wrote in between. */
    public long version() {
        return version;
    }
}
