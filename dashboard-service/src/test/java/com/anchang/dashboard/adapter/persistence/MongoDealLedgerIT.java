package com.anchang.dashboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.DealState;
import com.anchang.dashboard.domain.Figures;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The deals' documents on the in-process MongoDB server over TCP. */
class MongoDealLedgerIT {

    MongoServer server;
    MongoClient client;
    MongoDealLedger ledger;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        ledger = new MongoDealLedger(new MongoTemplate(client, "dashboards"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    @DisplayName("a redelivered swap gives the figures it gave when applied, though the price changed since, and changes the deal no more")
    void redeliveryGivesTheSameFigures() {
        ledger.apply("deal-1", "e-sub", d -> d.subscriptionSigned(new BigDecimal("3150000.00")));
        Figures swap = ledger.apply("deal-1", "e-swap", d -> d.unitSwapped("SUBSCRIPTION_SIGNED", null,
                new BigDecimal("3200000.00"))).figures();
        ledger.apply("deal-1", "e-price", d -> d.priceChanged(null, new BigDecimal("3180000.00")));

        DealState.Effect redelivered = ledger.apply("deal-1", "e-swap", d -> d.unitSwapped("SUBSCRIPTION_SIGNED", null,
                new BigDecimal("3200000.00")));
        Figures again = redelivered.figures();
        // the deal as it stands, not as the redelivered event would have left it
        assertThat(redelivered.next().price()).isEqualByComparingTo("3180000.00");

        assertThat(again).isEqualTo(swap);
        assertThat(again.amount(Amount.SWAPPED_SUBSCRIBED)).isEqualByComparingTo("50000.00");
        Figures cancelled = ledger.apply("deal-1", "e-cancel",
                d -> d.cancelled(new DealState.Cancellation("SUBSCRIPTION_SIGNED", List.of(), false))).figures();
        assertThat(cancelled.amount(Amount.CANCELLED_SUBSCRIBED)).isEqualByComparingTo("3180000.00");
    }

    @Test
    @DisplayName("the whole state survives the document: down payment, financing, loan, appointment, unit")
    void stateRoundTrip() {
        ledger.apply("deal-3", "e-due", d -> d.downPaymentDue(java.time.LocalDate.parse("2026-12-15")));
        ledger.apply("deal-3", "e-sub", d -> d.subscriptionSigned(new BigDecimal("3200000.00"), "3-1802",
                new BigDecimal("910000.00"), null, "COMMERCIAL_LOAN", new BigDecimal("2240000.00")));
        ledger.apply("deal-3", "e-paid", d -> d.downPaymentReceived(new BigDecimal("10000.00"), null));
        DealState deal = ledger.apply("deal-3", "e-bank", DealState::mortgageAppointed).next();
        assertThat(deal.open()).contains(new DealState.Open("3-1802", new BigDecimal("900000.00"),
                java.time.LocalDate.parse("2026-12-15"), "COMMERCIAL_LOAN", new BigDecimal("2240000.00"),
                DealState.MortgageStage.AT_THE_BANK));
        assertThat(ledger.apply("deal-3", "e-bank", DealState::mortgageAppointed).next()).isEqualTo(deal);
    }

    @Test
    @DisplayName("four writers apply the same twenty events of one deal at once: each applied once, the price the sum of them")
    void concurrentWriters() throws Exception {
        ledger.apply("deal-2", "e-sub", d -> d.subscriptionSigned(new BigDecimal("1000000.00")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<DealState.Effect>> results = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            for (int i = 0; i < 20; i++) {
                String event = "e-" + i;
                results.add(pool.submit(() -> ledger.apply("deal-2", event,
                        d -> d.priceChanged(null, d.price().add(new BigDecimal("100.00"))))));
            }
        }
        for (Future<DealState.Effect> result : results) {
            assertThat(result.get().figures().count(Count.PRICE_CHANGES)).isEqualTo(1);
        }
        pool.shutdown();
        Figures last = ledger.apply("deal-2", "e-cancel",
                d -> d.cancelled(new DealState.Cancellation("SUBSCRIPTION_SIGNED", List.of(), false))).figures();
        assertThat(last.amount(Amount.CANCELLED_SUBSCRIBED)).isEqualByComparingTo("1002000.00");
    }
}
