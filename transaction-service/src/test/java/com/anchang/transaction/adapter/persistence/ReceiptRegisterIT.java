package com.anchang.transaction.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.transaction.domain.PaymentDetails;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceiptRegister;
import com.anchang.transaction.domain.ReceiptSeries;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * DEAL-2 on the in-process store (no multi-document transactions): receipts numbered per office and
 * year without a gap and without a duplicate, however many are issued at once (ADR 13).
 */
@ServiceIntegrationTest
class ReceiptRegisterIT {

    @Autowired
    ReceiptRegister register;
    @Autowired
    MongoTemplate mongo;

    static Receipt draft(String paymentId) {
        return new Receipt(null, "deal-" + paymentId, paymentId, "dev-1", "office-1", PaymentPurpose.TEMPORARY_DEPOSIT,
                "unit-1", "3-101", "王先生", new BigDecimal("5000.00"), new BigDecimal("5000.00"),
                new BigDecimal("0.00"), null, PaymentMethod.CASH, PaymentDetails.none(), null, "u-finance", "u-pm",
                Instant.parse("2026-11-20T06:00:00Z"), Receipt.Status.ISSUED, null, null, null);
    }

    static ReceiptSeries freshSeries() {
        return new ReceiptSeries("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(), 2026);
    }

    /** Runs the tasks all at once (released together) on their own threads; their results in task order. */
    static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(32)) {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    @Test
    @DisplayName("DEAL-2: 400 receipts issued at once in one office's series are numbered 1 to 400: no gap, no duplicate, each payment once")
    void manyAtOnceWithoutGapOrDuplicate() throws Exception {
        ReceiptSeries series = freshSeries();
        int n = 400;
        List<Callable<Receipt>> issues = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String paymentId = "pay-" + series.prefix() + "-" + i;
            issues.add(() -> register.issue(series, draft(paymentId)));
        }

        List<Receipt> issued = together(issues);

        Set<String> expected = LongStream.rangeClosed(1, n).mapToObj(series::number).collect(Collectors.toSet());
        assertThat(issued).extracting(Receipt::number).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(issued).extracting(Receipt::paymentId).doesNotHaveDuplicates();
        assertThat(mongo.getCollection(MongoReceiptRegister.RECEIPTS).countDocuments(new Document("series", series.id())))
                .isEqualTo(n);
        assertThat(register.byNumber(series.number(n))).isPresent();
    }

    @Test
    @DisplayName("DEAL-2: one payment confirmed by many attempts at once (client retries, two confirmers) gets one receipt under one number")
    void onePaymentOneReceipt() throws Exception {
        ReceiptSeries series = freshSeries();
        List<Callable<Receipt>> attempts = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            attempts.add(() -> register.issue(series, draft("pay-once-" + series.prefix())));
        }

        List<Receipt> issued = together(attempts);

        assertThat(issued).extracting(Receipt::number).containsOnly(series.number(1));
        assertThat(register.issue(series, draft("pay-next-" + series.prefix())).number()).isEqualTo(series.number(2));
    }

    @Test
    @DisplayName("DEAL-2: a series whose head lags behind (a process stopped between a receipt and its head) goes on at the next free number, still without a gap")
    void headLaggingBehind() {
        ReceiptSeries series = freshSeries();
        for (int i = 1; i <= 5; i++) {
            register.issue(series, draft("pay-lag-" + series.prefix() + "-" + i));
        }
        mongo.getCollection(MongoReceiptRegister.SERIES).updateOne(new Document("_id", series.id()),
                new Document("$set", new Document("last", 2L)));

        Receipt sixth = register.issue(series, draft("pay-lag-" + series.prefix() + "-6"));

        assertThat(sixth.number()).isEqualTo(series.number(6));
        Set<Long> sequences = new TreeSet<>();
        mongo.getCollection(MongoReceiptRegister.RECEIPTS).find(new Document("series", series.id()))
                .forEach(doc -> sequences.add(doc.getLong("sequence")));
        assertThat(sequences).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    }

    @Test
    @DisplayName("DEAL-2: each office and each year has its own series, both starting at 1")
    void seriesPerOfficeAndYear() {
        ReceiptSeries office = freshSeries();
        ReceiptSeries nextYear = new ReceiptSeries(office.prefix(), 2027);
        ReceiptSeries other = freshSeries();

        assertThat(register.issue(office, draft("pay-a-" + office.prefix())).number()).endsWith("-2026-000001");
        assertThat(register.issue(nextYear, draft("pay-b-" + office.prefix())).number()).endsWith("-2027-000001");
        assertThat(register.issue(other, draft("pay-c-" + other.prefix())).number()).isEqualTo(other.number(1));
    }
}
