package com.anchang.transaction.application.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an overdue notice (催款通知单) states: the office, the buyer and the unit, each overdue line of the
 * deal's receivable schedule — what was due, by when, what is paid, what is owed, the days overdue and the
 * late fee at the contract's daily rate (office policy) — and the totals, as of the day it is issued.
 *
 * @param lateFeePerDay the daily rate, as a share of the amount owed (0.0005 = 0.05% a day)
 */
public record OverdueNoticeSheet(String officeName, String noticeNumber, String dealId, LocalDate issuedOn,
        String unitCode, String buyerName, BigDecimal lateFeePerDay, List<Line> lines) {

    /** One overdue item. */
    public record Line(String item, BigDecimal amount, LocalDate dueDate, BigDecimal paid, BigDecimal owed,
            long daysOverdue, BigDecimal lateFee) {
        public Line {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(dueDate, "dueDate");
            if (owed.signum() <= 0 || daysOverdue <= 0) {
                throw new IllegalArgumentException("an overdue notice lists only money owed past its due date: " + item);
            }
        }
    }

    public OverdueNoticeSheet {
        Objects.requireNonNull(officeName, "officeName");
        Objects.requireNonNull(noticeNumber, "noticeNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(lateFeePerDay, "lateFeePerDay");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an overdue notice lists at least one overdue item");
        }
    }

    public BigDecimal owed() {
        return lines.stream().map(Line::owed).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public BigDecimal lateFees() {
        return lines.stream().map(Line::lateFee).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The daily rate as printed: 0.05%. */
    public String ratePrinted() {
        return lateFeePerDay.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
