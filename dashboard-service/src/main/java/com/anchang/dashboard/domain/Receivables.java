package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Down payments still due as of an office day, aged: overdue by 1–30, 31–60, 61–90 and over 90 days; due within
 * 7 days (today included), in 8–30 days, later. Each bucket counts the deals and sums what they still owe; the
 * deals behind them are listed, most overdue first.
 *
 * @param dueWithin7Days the first "due" bucket, repeated for the morning report
 * @param dueWithin30Days due within 7 days and in 8–30 days together
 * @param overdue every overdue bucket together
 */
public record Receivables(LocalDate asOf, List<Bucket> buckets, Bucket overdue, Bucket dueWithin7Days,
        Bucket dueWithin30Days, List<Item> deals) {

    public record Bucket(String name, long count, BigDecimal amount) {

        Bucket plus(BigDecimal owed) {
            return new Bucket(name, count + 1, amount.add(owed));
        }

        Bucket plus(Bucket other, String as) {
            return new Bucket(as, count + other.count, amount.add(other.amount));
        }
    }

    /** One deal's down payment: daysOverdue > 0 when overdue, ≤ 0 the days left until it falls due. */
    public record Item(String officeId, String dealId, String unitCode, LocalDate dueDate, BigDecimal outstanding,
            long daysOverdue, String bucket) {
    }

    static final String[] NAMES = {"overdueOver90Days", "overdue61To90Days", "overdue31To60Days", "overdue1To30Days",
            "dueWithin7Days", "dueIn8To30Days", "dueLater"};

    /** The bucket of a down payment due on {@code due}, as of {@code asOf}. */
    static int bucketOf(long daysOverdue) {
        if (daysOverdue > 90) {
            return 0;
        }
        if (daysOverdue > 60) {
            return 1;
        }
        if (daysOverdue > 30) {
            return 2;
        }
        if (daysOverdue > 0) {
            return 3;
        }
        if (daysOverdue >= -7) {
            return 4;
        }
        return daysOverdue >= -30 ? 5 : 6;
    }

    /** @param openByOffice per office, its open deals by deal id */
    public static Receivables of(Map<String, Map<String, DealState.Open>> openByOffice, LocalDate asOf) {
        Bucket[] buckets = new Bucket[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            buckets[i] = new Bucket(NAMES[i], 0, BigDecimal.ZERO.setScale(2));
        }
        List<Item> items = new ArrayList<>();
        openByOffice.forEach((officeId, open) -> open.forEach((dealId, deal) -> {
            if (deal.downPaymentOutstanding() == null || deal.downPaymentDue() == null) {
                return;
            }
            long daysOverdue = ChronoUnit.DAYS.between(deal.downPaymentDue(), asOf);
            int b = bucketOf(daysOverdue);
            buckets[b] = buckets[b].plus(deal.downPaymentOutstanding());
            items.add(new Item(officeId, dealId, deal.unitCode(), deal.downPaymentDue(), deal.downPaymentOutstanding(),
                    daysOverdue, NAMES[b]));
        }));
        items.sort(Comparator.comparing(Item::daysOverdue).reversed().thenComparing(Item::dealId));
        Bucket overdue = buckets[0].plus(buckets[1], "overdue").plus(buckets[2], "overdue").plus(buckets[3], "overdue");
        return new Receivables(asOf, List.of(buckets), overdue, buckets[4],
                buckets[4].plus(buckets[5], "dueWithin30Days"), List.copyOf(items));
    }
}
