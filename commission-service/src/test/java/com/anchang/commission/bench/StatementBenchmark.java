package com.anchang.commission.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.ViewingStatements;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.PayoutStage;
import com.anchang.support.security.Caller;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test of the normal build (surefire runs {@code *Test} only): a consultant's monthly
 * statement ({@code ViewingStatements.statement}, the whole use case: the ledger read and the month's
 * lines) against the store the embedded default uses, mongo-java-server with the H2 backend (a file) over
 * TCP with the real driver. By default the office holds 5 consultants' deals of one month, 1,000 each,
 * each recognised at the subscription, paid at the down payment and handed over (4 entries per consultant
 * and deal); 20 warm-up statements, then 100 timed ones.
 *
 * <p>Run: {@code ./mvnw -q -o -pl commission-service test -Dtest=StatementBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read {@code commission-service/target/surefire-reports/com.anchang.commission.bench.StatementBenchmark-output.txt}.
 */
class StatementBenchmark {

    static final int CONSULTANTS = Integer.getInteger("bench.consultants", 5);
    static final int DEALS = Integer.getInteger("bench.deals", 1_000);
    static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    static final int MEASURED = Integer.getInteger("bench.measured", 100);

    @Test
    void statementOfAMonth() throws Exception {
        try (BenchStore store = BenchStore.open("statement-bench")) {
            CreditingDeal crediting = store.crediting();
            long seeding = System.nanoTime();
            for (int d = 0; d < DEALS; d++) {
                for (int c = 0; c < CONSULTANTS; c++) {
                    String dealId = "deal-" + c + "-" + d;
                    Instant at = Instant.parse("2026-11-01T02:00:00Z").plus(Duration.ofMinutes(40L * d + c));
                    crediting.credit(new CreditingDeal.DealEvent(CreditingDeal.Step.SUBSCRIPTION_SIGNED, dealId,
                            new DealCredit.DealFacts("dev-1", "office-1", "unit-" + dealId, null, "c-" + c, null,
                                    new BigDecimal("2000000.00"), "subscription price", at), "sub-" + dealId));
                    crediting.collect(new CreditingDeal.CollectMoney(dealId, "dev-1", "office-1", "unit-" + dealId,
                            PayoutStage.DOWN_PAYMENT_RECEIVED, at.plus(Duration.ofMinutes(5)), "dp-" + dealId));
                    crediting.collect(new CreditingDeal.CollectMoney(dealId, "dev-1", "office-1", "unit-" + dealId,
                            null, at.plus(Duration.ofMinutes(10)), "ho-" + dealId));
                }
            }
            System.out.printf("seeded %,d deals in %.1f s%n", DEALS * CONSULTANTS, (System.nanoTime() - seeding) / 1e9);

            ViewingStatements statements = store.statements();
            Caller consultant = new Caller("c-0", "c0", "dev-1", Map.of("office-1", Set.of(Caller.CONSULTANT)), Set.of(),
                    true);
            long[] nanos = new long[MEASURED];
            for (int i = 0; i < WARMUP + MEASURED; i++) {
                long start = System.nanoTime();
                ViewingStatements.Statement statement = statements.statement(consultant, "office-1", "c-0",
                        YearMonth.of(2026, 11));
                long took = System.nanoTime() - start;
                assertThat(statement.lines()).hasSize(4 * DEALS);
                if (i >= WARMUP) {
                    nanos[i - WARMUP] = took;
                }
            }
            Arrays.sort(nanos);
            System.out.printf("statement of %,d deals (%,d lines) among %,d: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    DEALS, 4 * DEALS, DEALS * CONSULTANTS, nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 9 / 10] / 1e6,
                    nanos[MEASURED * 99 / 100] / 1e6, nanos[MEASURED - 1] / 1e6);
        }
    }
}
