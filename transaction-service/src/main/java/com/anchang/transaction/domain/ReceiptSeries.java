package com.anchang.transaction.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One office's receipts of one year, numbered 1, 2, 3 … without gaps (DEAL-2): {@code BJ-2026-000123} is
 * receipt 123 of the series {@code BJ-2026}. The prefix is the office's (office policy); the year is the
 * office's calendar year when the receipt is issued.
 */
public record ReceiptSeries(String prefix, int year) {

    private static final Pattern PREFIX = Pattern.compile("[A-Z0-9]{1,12}");

    public ReceiptSeries {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a receipt prefix is 1 to 12 capital letters or digits: " + prefix);
        }
    }

    /** The series a receipt issued at this instant belongs to, in the office's zone. */
    public static ReceiptSeries of(String prefix, Instant issuedAt, ZoneId zone) {
        return new ReceiptSeries(prefix, issuedAt.atZone(zone).getYear());
    }

    /** e.g. BJ-2026 */
    public String id() {
        return prefix + "-" + year;
    }

    /** The receipt number of the n-th receipt of the series, e.g. BJ-2026-000123. */
    public String number(long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("receipts are numbered from 1");
        }
        return String.format("%s-%06d", id(), sequence);
    }
}
