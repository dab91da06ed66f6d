package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A deal's receivable schedule, derived from what the deal recorded (never stored apart from it): the
 * lines the buyer owes — the deposits, the down payment by its due date, the rest by the loans or in
 * cash, at once or in instalments (分期付款, one line each by its due date) — each with the money allocated to it (every receipt to the line of its purpose, the loans'
 * disbursement to the rest), so paid, owed and overdue are always derivable. An overdue line carries the
 * days overdue and the late fee the contract sets (office policy, per day, on the amount owed).
 *
 * @param asOf the day the schedule is read for, at the office
 */
public record ReceivableSchedule(String dealId, LocalDate asOf, BigDecimal lateFeePerDay, List<Line> lines) {

    public enum Item {
        /** 定金: the temporary and formal deposits (the formal receipt takes the temporary one over). */
        DEPOSIT("定金"),
        /** 首期款, by its due date. */
        DOWN_PAYMENT("首期款"),
        /** The rest of the price, paid by the bank's disbursement (按揭贷款). */
        LOAN_FUNDS("按揭贷款"),
        /** The rest of the price, paid by the buyer (余款). */
        BALANCE("余款"),
        /** One instalment of a cash buyer's balance (分期款), by its due date. */
        INSTALMENT("分期款");

        private final String printed;

        Item(String printed) {
            this.printed = printed;
        }

        public String printed() {
            return printed;
        }
    }

    public enum State {
        PAID,
        /** Some money is in, some owed, the due date not passed (or none). */
        PART_PAID,
        OWED,
        OVERDUE
    }

    /** Money allocated to a line: a receipt (its number), or the loans disbursed (no number). */
    public record Allocation(String receiptNumber, BigDecimal amount, Instant at, boolean certain, String note) {
    }

    /**
     * One line: what is owed for an item and by when, and what was allocated to it.
     *
     * @param dueDate null when the item is paid as it comes (the deposits) or when the bank pays it
     */
    public record Line(Item item, BigDecimal amount, LocalDate dueDate, List<Allocation> allocations, BigDecimal paid,
            BigDecimal owed, State state, long daysOverdue, BigDecimal lateFee) {
    }

    public ReceivableSchedule {
        Objects.requireNonNull(dealId, "dealId");
        lines = List.copyOf(lines);
    }

    /** The deal's schedule on {@code now} at the office, with the policy's late fee. */
    public static ReceivableSchedule of(Deal deal, Instant now, DealPolicy policy) {
        LocalDate today = LocalDate.ofInstant(now, policy.zone());
        boolean live = deal.status() != DealStatus.CANCELLED && deal.status() != DealStatus.HANDED_OVER;
        Subscription s = deal.subscription();
        List<Line> lines = new ArrayList<>();
        List<Allocation> deposits = allocations(deal, PaymentPurpose.TEMPORARY_DEPOSIT, PaymentPurpose.FORMAL_DEPOSIT);
        BigDecimal depositsPaid = sum(deposits);
        if (s != null || depositsPaid.signum() > 0) {
            lines.add(line(Item.DEPOSIT, s != null ? s.deposit() : depositsPaid, null, deposits, today, live, policy));
        }
        if (s != null) {
            lines.add(line(Item.DOWN_PAYMENT, s.downPaymentAmount(), deal.downPaymentDueDate(),
                    allocations(deal, PaymentPurpose.DOWN_PAYMENT), today, live, policy));
            if (!deal.instalments().isEmpty()) {
                lines.addAll(instalments(deal, today, live, policy));
            } else if (s.loanAmount().signum() > 0) {
                List<Allocation> disbursed = deal.mortgage() == null || deal.mortgage().completedAt() == null ? List.of()
                        : List.of(new Allocation(null, s.loanAmount(), deal.mortgage().completedAt(), true,
                        "every loan disbursed"));
                lines.add(line(s.financing() == Financing.CASH ? Item.BALANCE : Item.LOAN_FUNDS, s.loanAmount(), null,
                        disbursed, today, live, policy));
            }
        }
        return new ReceivableSchedule(deal.id(), today, policy.lateFeePerDay(), lines);
    }

    /** The lines past their due date with money owed. */
    public List<Line> overdue() {
        return lines.stream().filter(line -> line.state() == State.OVERDUE).toList();
    }

    public BigDecimal paid() {
        return lines.stream().map(Line::paid).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal owed() {
        return lines.stream().map(Line::owed).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The late fees of every overdue line. */
    public BigDecimal lateFees() {
        return lines.stream().map(Line::lateFee).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static Line line(Item item, BigDecimal amount, LocalDate due, List<Allocation> allocations, LocalDate today,
            boolean live, DealPolicy policy) {
        BigDecimal paid = sum(allocations);
        BigDecimal owed = amount.subtract(paid).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
        boolean late = live && owed.signum() > 0 && due != null && today.isAfter(due);
        long days = late ? ChronoUnit.DAYS.between(due, today) : 0;
        BigDecimal fee = late ? owed.multiply(policy.lateFeePerDay()).multiply(BigDecimal.valueOf(days))
                .setScale(2, RoundingMode.HALF_UP) : BigDecimal.ZERO.setScale(2);
        State state = owed.signum() == 0 ? State.PAID : late ? State.OVERDUE
                : paid.signum() > 0 ? State.PART_PAID : State.OWED;
        return new Line(item, amount.setScale(2, RoundingMode.HALF_UP), due, allocations, paid, owed, state, days, fee);
    }

    /**
     * The money held for these purposes, one allocation per payment with its receipt. A receipt that takes
     * over an earlier one is allocated only what it received, so a deposit is never counted twice.
     */
    private static List<Allocation> allocations(Deal deal, PaymentPurpose... purposes) {
        List<Allocation> found = new ArrayList<>();
        for (Payment p : deal.payments()) {
            if (p.holdsMoney() && List.of(purposes).contains(p.purpose())) {
                found.add(new Allocation(p.receiptNumber(), p.amount(), p.decidedAt(), p.certain(),
                        p.purpose().printed() + " " + p.method().printed() + (p.certain() ? "" : "，支票未到账")));
            }
        }
        return found;
    }

    /**
     * 分期付款: one line per instalment, by its due date; the instalment receipts allocated to them in the order
     * they fall due, a receipt split across two lines when it pays the end of one and the start of the next.
     */
    private static List<Line> instalments(Deal deal, LocalDate today, boolean live, DealPolicy policy) {
        List<Allocation> paid = new ArrayList<>(allocations(deal, PaymentPurpose.INSTALMENT));
        List<Line> lines = new ArrayList<>();
        for (Instalment instalment : deal.instalments()) {
            BigDecimal due = instalment.amount();
            List<Allocation> here = new ArrayList<>();
            while (due.signum() > 0 && !paid.isEmpty()) {
                Allocation next = paid.getFirst();
                BigDecimal taken = next.amount().min(due);
                here.add(new Allocation(next.receiptNumber(), taken, next.at(), next.certain(), next.note()));
                due = due.subtract(taken);
                BigDecimal rest = next.amount().subtract(taken);
                if (rest.signum() > 0) {
                    paid.set(0, new Allocation(next.receiptNumber(), rest, next.at(), next.certain(), next.note()));
                } else {
                    paid.removeFirst();
                }
            }
            lines.add(line(Item.INSTALMENT, instalment.amount(), instalment.dueDate(), here, today, live, policy));
        }
        return lines;
    }

    private static BigDecimal sum(List<Allocation> allocations) {
        return allocations.stream().map(Allocation::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
