package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the dashboards keep of one deal, from the deal's own events (one topic, keyed by the deal, so in order):
 * its price as it stands and whether its subscription and contract are signed. It decides the figures a
 * change order or a cancellation moves: a swap or a price change moves the signed amounts by the price
 * difference, a cancellation after signing takes back the price as it stood.
 *
 * It also keeps what is still open of the deal for the office's lists: the down payment receivable (amount,
 * due date, paid) and the mortgage (financing, loan, stage).
 *
 * @param price the deal's price now, null until an event states it
 * @param unitCode the deal's unit as its events name it
 * @param downPayment the down payment due, null until an event states its amount or due date
 * @param financing CASH, COMMERCIAL_LOAN, HOUSING_FUND_LOAN, COMBINED_LOAN (as the subscription states it)
 * @param loanAmount the loan the subscription (or a price change) states
 * @param appointed whether the mortgage appointment is set (the buyer's documents go to the bank)
 * @param disbursed whether the loan is disbursed
 * @param cancelled whether the deal was cancelled (or forfeited)
 * @param loanSteps per loan of the deal (COMMERCIAL, HOUSING_FUND), the furthest step the bank reached
 *        (DOCUMENTS_RECEIVED, APPROVED, FUNDS_DISBURSED)
 */
public record DealState(BigDecimal price, boolean subscribed, boolean contracted, String unitCode,
        DownPayment downPayment, String financing, BigDecimal loanAmount, boolean appointed, boolean disbursed,
        boolean cancelled, Map<String, String> loanSteps) {

    public static final DealState NEW = new DealState(null, false, false, null, null, null, null, false, false, false,
            Map.of());

    public DealState {
        loanSteps = loanSteps == null ? Map.of() : Map.copyOf(loanSteps);
    }

    public DealState(BigDecimal price, boolean subscribed, boolean contracted) {
        this(price, subscribed, contracted, null, null, null, null, false, false, false, Map.of());
    }

    /** A deal as stored before its loans' steps were kept. */
    public DealState(BigDecimal price, boolean subscribed, boolean contracted, String unitCode, DownPayment downPayment,
            String financing, BigDecimal loanAmount, boolean appointed, boolean disbursed, boolean cancelled) {
        this(price, subscribed, contracted, unitCode, downPayment, financing, loanAmount, appointed, disbursed, cancelled,
                Map.of());
    }

    /** A down payment: its amount (null until the subscription states it), due date (null until set) and what is paid. */
    public record DownPayment(BigDecimal amount, LocalDate dueDate, BigDecimal paid) {

        /** amount − paid, never below zero; null while the amount is unknown. */
        public BigDecimal outstanding() {
            if (amount == null) {
                return null;
            }
            BigDecimal left = amount.subtract(paid == null ? BigDecimal.ZERO : paid);
            return left.signum() < 0 ? BigDecimal.ZERO.setScale(2) : left;
        }
    }

    /** Where a deal's mortgage stands while it is open: the stage of its least advanced loan. */
    public enum MortgageStage {
        /** Financed by a loan, no appointment at the bank set yet. */
        AWAITING_APPOINTMENT,
        /** Documents: the appointment is set, the bank has not yet received every document. */
        AT_THE_BANK,
        /** Approval: the bank has the documents and has not approved the loan yet. */
        AWAITING_APPROVAL,
        /** Disbursement: the loan is approved, its funds not yet disbursed. */
        AWAITING_DISBURSEMENT
    }

    /** The loans a financing is made of (a combined loan is a commercial and a housing-fund one). */
    static List<String> loansOf(String financingKind) {
        return switch (financingKind == null ? "" : financingKind) {
            case "COMMERCIAL_LOAN" -> List.of("COMMERCIAL");
            case "HOUSING_FUND_LOAN" -> List.of("HOUSING_FUND");
            case "COMBINED_LOAN" -> List.of("COMMERCIAL", "HOUSING_FUND");
            default -> List.of();
        };
    }

    /** The stage of an appointed mortgage: its least advanced loan's (loans the events never named count as not started). */
    private MortgageStage bankStage() {
        List<String> loans = loansOf(financing);
        if (loans.isEmpty()) {
            loans = List.copyOf(loanSteps.keySet());
        }
        int least = Integer.MAX_VALUE;
        for (String loan : loans) {
            String step = loanSteps.get(loan);
            int reached = step == null ? 0 : switch (step) {
                case "DOCUMENTS_RECEIVED" -> 1;
                case "APPROVED" -> 2;
                case "FUNDS_DISBURSED" -> 3;
                default -> 0;
            };
            least = Math.min(least, reached);
        }
        return switch (least == Integer.MAX_VALUE ? 0 : least) {
            case 0 -> MortgageStage.AT_THE_BANK;
            case 1 -> MortgageStage.AWAITING_APPROVAL;
            default -> MortgageStage.AWAITING_DISBURSEMENT;
        };
    }

    /**
     * A loan's step at the bank (a deal's events arrive in order): kept, and counted on its day (documents
     * received, approved; a disbursement is counted when the mortgage completes).
     */
    public Effect mortgageProgressed(String loan, String step) {
        if (loan == null || step == null) {
            return new Effect(this, Figures.ZERO);
        }
        java.util.HashMap<String, String> steps = new java.util.HashMap<>(loanSteps);
        steps.put(loan, step);
        DealState next = new DealState(price, subscribed, contracted, unitCode, downPayment, financing, loanAmount, true,
                disbursed, cancelled, steps);
        Figures figures = switch (step) {
            case "DOCUMENTS_RECEIVED" -> Figures.one(Count.LOAN_DOCUMENTS_RECEIVED);
            case "APPROVED" -> Figures.one(Count.LOANS_APPROVED);
            default -> Figures.ZERO;
        };
        return new Effect(next, figures);
    }

    /** What is open of a deal, for the office's lists: a down payment still due and where its mortgage stands. */
    public record Open(String unitCode, BigDecimal downPaymentOutstanding, LocalDate downPaymentDue, String financing,
            BigDecimal loanAmount, MortgageStage mortgageStage) {
    }

    /** What is still open of the deal; empty when cancelled or nothing is left to collect or to finance. */
    public Optional<Open> open() {
        if (cancelled) {
            return Optional.empty();
        }
        BigDecimal outstanding = downPayment == null ? null : downPayment.outstanding();
        boolean owes = outstanding != null && outstanding.signum() > 0 && downPayment.dueDate() != null;
        MortgageStage stage = null;
        if (subscribed && financing != null && !"CASH".equals(financing) && !disbursed) {
            stage = appointed ? bankStage() : MortgageStage.AWAITING_APPOINTMENT;
        }
        if (!owes && stage == null) {
            return Optional.empty();
        }
        return Optional.of(new Open(unitCode, owes ? outstanding : null, owes ? downPayment.dueDate() : null, financing,
                loanAmount, stage));
    }

    private DealState withPrice(BigDecimal newPrice) {
        return new DealState(newPrice != null ? newPrice : price, subscribed, contracted, unitCode, downPayment, financing,
                loanAmount, appointed, disbursed, cancelled, loanSteps);
    }

    private DealState withDownPayment(DownPayment dp) {
        return new DealState(price, subscribed, contracted, unitCode, dp, financing, loanAmount, appointed, disbursed,
                cancelled, loanSteps);
    }

    private DownPayment downPaymentOrNew() {
        return downPayment == null ? new DownPayment(null, null, null) : downPayment;
    }

    /** The subscription's down payment, due date, financing and loan, beside its price. */
    public Effect subscriptionSigned(BigDecimal signedPrice, String code, BigDecimal downPaymentAmount, LocalDate dueDate,
            String financingKind, BigDecimal loan) {
        DownPayment dp = downPaymentOrNew();
        DealState next = new DealState(signedPrice != null ? signedPrice : price, true, contracted,
                code != null ? code : unitCode,
                new DownPayment(downPaymentAmount != null ? downPaymentAmount : dp.amount(),
                        dueDate != null ? dueDate : dp.dueDate(), dp.paid()),
                financingKind != null ? financingKind : financing, loan != null ? loan : loanAmount, appointed, disbursed,
                cancelled, loanSteps);
        return new Effect(next, Figures.one(Count.SUBSCRIPTIONS).plus(Amount.SUBSCRIBED, signedPrice));
    }

    /** The down payment's due date set or rescheduled: no figure, the receivable moves. */
    public Effect downPaymentDue(LocalDate dueDate) {
        DownPayment dp = downPaymentOrNew();
        return new Effect(withDownPayment(new DownPayment(dp.amount(), dueDate, dp.paid())), Figures.ZERO);
    }

    /** A down payment received: counted, and what is paid of the receivable (the total the receipt states, else the sum). */
    public Effect downPaymentReceived(BigDecimal amount, BigDecimal totalPaid) {
        DownPayment dp = downPaymentOrNew();
        BigDecimal paid = totalPaid != null ? totalPaid
                : (dp.paid() == null ? BigDecimal.ZERO : dp.paid()).add(amount == null ? BigDecimal.ZERO : amount);
        return new Effect(withDownPayment(new DownPayment(dp.amount(), dp.dueDate(), paid)),
                Figures.one(Count.DOWN_PAYMENTS).plus(Amount.DOWN_PAYMENTS, amount));
    }

    /** The mortgage appointment set or rescheduled: the buyer's documents go to the bank. */
    public Effect mortgageAppointed() {
        return new Effect(new DealState(price, subscribed, contracted, unitCode, downPayment, financing, loanAmount, true,
                disbursed, cancelled, loanSteps), Figures.ZERO);
    }

    /** The loan disbursed: counted with its amount on its day (and by its kind). */
    public Effect mortgageCompleted(String financingKind, BigDecimal loan) {
        BigDecimal disbursedLoan = loan != null ? loan : loanAmount;
        return new Effect(new DealState(price, subscribed, contracted, unitCode, downPayment,
                financingKind != null ? financingKind : financing, disbursedLoan, appointed, true, cancelled, loanSteps),
                Figures.one(Count.MORTGAGES_DISBURSED).plus(Amount.LOANS_DISBURSED, disbursedLoan));
    }

    /** The deal after an event and the figures the event adds to its office's day. */
    public record Effect(DealState next, Figures figures) {
    }

    /** What a cancellation says: the step the deal had reached (null when not stated), per payment held what is refunded and kept, whether it was a forfeit. */
    public record Cancellation(String atStatus, List<Refund> refunds, boolean forfeit) {

        public Cancellation {
            refunds = refunds == null ? List.of() : List.copyOf(refunds);
        }
    }

    /** One payment held at cancellation: refunded + forfeited = paid (either may be unstated). */
    public record Refund(BigDecimal refunded, BigDecimal forfeited) {
    }

    public Effect subscriptionSigned(BigDecimal signedPrice) {
        return subscriptionSigned(signedPrice, null, null, null, null, null);
    }

    /** The contract's price as the event states it, else the deal's price as it stands. */
    public Effect contractSigned(BigDecimal dealPrice) {
        BigDecimal contractPrice = dealPrice != null ? dealPrice : price;
        return new Effect(new DealState(contractPrice, subscribed, true, unitCode, downPayment, financing, loanAmount,
                appointed, disbursed, cancelled, loanSteps), Figures.one(Count.CONTRACTS).plus(Amount.CONTRACTED, contractPrice));
    }

    /**
     * A unit swap (换房), or its undo (which states the prices the other way round): one swap, and on a deal
     * signed at the step the event names the signed amount moves by the new price − the previous one.
     */
    public Effect unitSwapped(String dealStatus, BigDecimal previousPrice, BigDecimal newPrice) {
        return unitSwapped(dealStatus, previousPrice, newPrice, null);
    }

    /** A swap that names the deal's new unit. */
    public Effect unitSwapped(String dealStatus, BigDecimal previousPrice, BigDecimal newPrice, String newUnitCode) {
        BigDecimal delta = difference(previousPrice, newPrice);
        boolean isSubscribed = dealStatus != null ? DealStep.subscribed(dealStatus) : subscribed;
        boolean isContracted = dealStatus != null ? DealStep.contracted(dealStatus) : contracted;
        Figures figures = Figures.one(Count.SWAPS);
        if (isSubscribed) {
            figures = figures.plus(Amount.SWAPPED_SUBSCRIBED, delta);
        }
        if (isContracted) {
            figures = figures.plus(Amount.SWAPPED_CONTRACTED, delta);
        }
        DealState next = withPrice(newPrice);
        return new Effect(newUnitCode == null ? next : new DealState(next.price(), subscribed, contracted, newUnitCode,
                downPayment, financing, loanAmount, appointed, disbursed, cancelled, loanSteps), figures);
    }

    /** A price change after the subscription fixed the price (or its undo): the signed amounts move by the difference. */
    public Effect priceChanged(BigDecimal previousPrice, BigDecimal newPrice) {
        return priceChanged(previousPrice, newPrice, null, null);
    }

    /** A price change that states the down payment and loan with the new price. */
    public Effect priceChanged(BigDecimal previousPrice, BigDecimal newPrice, BigDecimal downPaymentAmount,
            BigDecimal loan) {
        BigDecimal delta = difference(previousPrice, newPrice);
        Figures figures = Figures.one(Count.PRICE_CHANGES).plus(Amount.REPRICED_SUBSCRIBED, delta);
        if (contracted) {
            figures = figures.plus(Amount.REPRICED_CONTRACTED, delta);
        }
        DownPayment dp = downPaymentOrNew();
        return new Effect(new DealState(newPrice != null ? newPrice : price, subscribed, contracted, unitCode,
                downPaymentAmount == null ? downPayment : new DownPayment(downPaymentAmount, dp.dueDate(), dp.paid()),
                financing, loan != null ? loan : loanAmount, appointed, disbursed, cancelled, loanSteps), figures);
    }

    /**
     * A cancellation (DEAL-8) and what it takes back by the step the deal had reached (the step the event
     * names, else what the deal's events said): a signed subscription (contract) comes off the net units and,
     * at the price as it stands, off the net amount; refunds come off the collections once the deal had
     * reached its formal deposit (before it, they are temporary refunds); what is kept is forfeited.
     */
    public Effect cancelled(Cancellation c) {
        String step = c.atStatus();
        boolean wasSubscribed = step != null ? DealStep.subscribed(step) : subscribed;
        boolean wasContracted = step != null ? DealStep.contracted(step) : contracted;
        Figures figures = Figures.one(Count.CANCELLATIONS);
        if (wasSubscribed) {
            figures = figures.plus(Count.CANCELLED_SUBSCRIPTIONS, 1).plus(Amount.CANCELLED_SUBSCRIBED, price);
        }
        if (wasContracted) {
            figures = figures.plus(Count.CANCELLED_CONTRACTS, 1).plus(Amount.CANCELLED_CONTRACTED, price);
        }
        if (c.forfeit()) {
            figures = figures.plus(Count.FORFEITS, 1);
        }
        BigDecimal refunded = BigDecimal.ZERO;
        BigDecimal forfeited = BigDecimal.ZERO;
        for (Refund refund : c.refunds()) {
            if (refund.refunded() != null) {
                refunded = refunded.add(refund.refunded());
            }
            if (refund.forfeited() != null) {
                forfeited = forfeited.add(refund.forfeited());
            }
        }
        figures = figures.plus(DealStep.beforeFormalDeposit(step) ? Amount.TEMPORARY_REFUNDED : Amount.REFUNDED, refunded)
                .plus(Amount.FORFEITED, forfeited);
        return new Effect(new DealState(price, false, false, unitCode, downPayment, financing, loanAmount, appointed,
                disbursed, true, loanSteps), figures);
    }

    /** new − previous, each as stated or else the deal's price as it stands; zero when either is unknown. */
    private BigDecimal difference(BigDecimal previousPrice, BigDecimal newPrice) {
        BigDecimal before = previousPrice != null ? previousPrice : price;
        if (before == null || newPrice == null) {
            return BigDecimal.ZERO;
        }
        return newPrice.subtract(before);
    }
}
