package com.anchang.dashboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.Period;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The store on the in-process MongoDB server over TCP, as the embedded default runs it. */
class MongoOfficeFiguresIT {

    MongoServer server;
    MongoClient client;
    MongoOfficeFigures store;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        store = new MongoOfficeFigures(new MongoTemplate(client, "dashboards"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    static final Figures DEPOSIT = Figures.one(Count.FORMAL_DEPOSITS).plus(Amount.FORMAL_DEPOSITS, new BigDecimal("50000.00"));

    @Test
    @DisplayName("eight writers adding 400 events to one office day, each event delivered twice, leave exactly 400 counted, in the day, its month and the month's total")
    void concurrentWritersCountEachEventOnce() throws Exception {
        LocalDate day = LocalDate.parse("2026-11-20");
        AtomicInteger appliedNow = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            String eventId = "e-" + (i % 400);
            work.add(() -> {
                if (store.add("dev-1", "office-1", day, eventId, DEPOSIT)) {
                    appliedNow.incrementAndGet();
                }
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Void> done : pool.invokeAll(work)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(appliedNow).hasValue(400);
        Figures total = store.totals(List.of("office-1"), new Period(day, day)).get("office-1");
        assertThat(total.count(Count.FORMAL_DEPOSITS)).isEqualTo(400);
        assertThat(total.amount(Amount.FORMAL_DEPOSITS)).isEqualTo(new BigDecimal("20000000.00"));
        // the whole month is read from the month's total, written by the same eight writers
        Figures month = store.totals(List.of("office-1"),
                new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"))).get("office-1");
        assertThat(month).isEqualTo(total);
    }

    @Test
    @DisplayName("a period sums only its own days across month documents; offices with nothing read as zero; offices are known by developer")
    void totalsByKey() {
        store.add("dev-1", "office-1", LocalDate.parse("2026-10-31"), "e1", Figures.one(Count.NEW_LEADS));
        store.add("dev-1", "office-1", LocalDate.parse("2026-11-01"), "e2", Figures.one(Count.NEW_LEADS));
        store.add("dev-1", "office-1", LocalDate.parse("2026-12-01"), "e3", Figures.one(Count.NEW_LEADS));
        store.add("dev-1", "office-2", LocalDate.parse("2026-11-15"), "e4", Figures.one(Count.VISITS));

        var totals = store.totals(List.of("office-1", "office-2", "office-3"),
                new Period(LocalDate.parse("2026-10-31"), LocalDate.parse("2026-11-30")));

        assertThat(totals.get("office-1").count(Count.NEW_LEADS)).isEqualTo(2);
        assertThat(totals.get("office-2").count(Count.VISITS)).isEqualTo(1);
        assertThat(totals.get("office-3").isZero()).isTrue();
        assertThat(store.officesOf("dev-1")).containsExactly("office-1", "office-2");
        assertThat(store.developerOf("office-2")).contains("dev-1");
        assertThat(store.developerOf("office-3")).isEmpty();
    }

    @Test
    @DisplayName("a 365-day period across two years: its whole months from the year documents, the months it cuts day by day, the same sum as day by day; a late event changes its month in its year")
    void wholeMonthsFromTheYears() {
        LocalDate from = LocalDate.parse("2025-12-16");
        LocalDate to = LocalDate.parse("2026-12-15");
        int expected = 0;
        for (LocalDate day = from.minusDays(20); !day.isAfter(to.plusDays(20)); day = day.plusDays(3)) {
            store.add("dev-1", "office-1", day, "e-" + day, Figures.one(Count.NEW_LEADS));
            if (!day.isBefore(from) && !day.isAfter(to)) {
                expected++;
            }
        }
        Period period = new Period(from, to);
        assertThat(store.totals(List.of("office-1"), period).get("office-1").count(Count.NEW_LEADS)).isEqualTo(expected);

        store.add("dev-1", "office-1", LocalDate.parse("2026-02-14"), "late", Figures.one(Count.NEW_LEADS));
        store.add("dev-1", "office-1", LocalDate.parse("2026-02-14"), "late", Figures.one(Count.NEW_LEADS));
        assertThat(store.totals(List.of("office-1"), period).get("office-1").count(Count.NEW_LEADS))
                .isEqualTo(expected + 1);
        assertThat(store.totals(List.of("office-1"), new Period(LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-02-28"))).get("office-1").count(Count.NEW_LEADS)).isEqualTo(10);
    }

    @Test
    @DisplayName("a period and the one before it read together (their shared month once) sum the same as each read alone: whole months from the year, cut months day by day")
    void periodsReadTogether() {
        // one deposit a day from 1 Nov 2025 to 31 Jan 2027 at two offices
        for (String office : List.of("office-1", "office-2")) {
            for (LocalDate day = LocalDate.parse("2025-11-01"); !day.isAfter(LocalDate.parse("2027-01-31")); day = day.plusDays(1)) {
                store.add("dev-1", office, day, office + "-" + day, DEPOSIT);
            }
        }
        Period period = new Period(LocalDate.parse("2026-01-16"), LocalDate.parse("2026-12-15"));
        Period yesterday = new Period(LocalDate.parse("2026-12-05"), LocalDate.parse("2026-12-05"));

        List<java.util.Map<String, Figures>> together = store.totals(List.of("office-1", "office-2"),
                List.of(period, period.previous(), yesterday));

        assertThat(together.get(0)).isEqualTo(store.totals(List.of("office-1", "office-2"), period));
        assertThat(together.get(1)).isEqualTo(store.totals(List.of("office-1", "office-2"), period.previous()));
        assertThat(together.get(0).get("office-1").count(Count.FORMAL_DEPOSITS)).isEqualTo(period.days());
        // the period before (16 Feb 2025 – 15 Jan 2026) has figures from 1 Nov 2025: 30 + 31 + 15 days
        assertThat(together.get(1).get("office-2").count(Count.FORMAL_DEPOSITS)).isEqualTo(76);
        assertThat(together.get(2).get("office-2").count(Count.FORMAL_DEPOSITS)).isEqualTo(1);
    }
}
