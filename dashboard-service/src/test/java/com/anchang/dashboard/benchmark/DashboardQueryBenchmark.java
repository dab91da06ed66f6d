package com.anchang.dashboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.dashboard.adapter.persistence.MongoOfficeFigures;
import com.anchang.dashboard.application.DashboardScope;
import com.anchang.dashboard.application.ViewingDashboards;
import com.anchang.dashboard.application.ViewingDashboards.DeveloperDashboard;
import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Benchmark, not a test (its name keeps it out of the normal run): head office's dashboard of 50 offices over
 * 365 days (and the 365 days before, for comparison) — the {@link ViewingDashboards} use case, service-side —
 * against mongo-java-server with the H2 backend over TCP, the store of the embedded default. Every office day of
 * both years holds figures, written through {@link MongoOfficeFigures#add} as events would write them. Prints
 * p50/p99/max of the developer dashboard and of one office's.
 *
 * <pre>./mvnw -q -o -pl dashboard-service -am test -Dtest=DashboardQueryBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * (-Dbench.offices=50 -Dbench.days=365 -Dbench.warmup=30 -Dbench.samples=300), or as a plain program on the test
 * classpath ({@link #main}).
 */
public class DashboardQueryBenchmark {

    public static void main(String[] args) throws IOException {
        new DashboardQueryBenchmark().dashboard();
    }

    static final String DEVELOPER = "dev-bench";
    static final Caller HEAD_OFFICE = new Caller("u-hq", "hq", DEVELOPER, Map.of(), Set.of(Caller.HEAD_OFFICE), false);

    /** A busy office day: every figure the dashboards count, amounts fen-exact. */
    static Figures busyDay(int seed) {
        return Figures.ZERO.plus(Count.VISITS, 30 + seed % 7).plus(Count.CALLS, 12 + seed % 5).plus(Count.NEW_LEADS, 9)
                .plus(Count.HOLDS, 3).plus(Count.TEMPORARY_DEPOSITS, 3).plus(Count.FORMAL_DEPOSITS, 2)
                .plus(Count.SUBSCRIPTIONS, 2).plus(Count.DOWN_PAYMENTS, 1).plus(Count.CONTRACTS, 1)
                .plus(Count.CANCELLATIONS, seed % 3 == 0 ? 1 : 0).plus(Count.CANCELLED_SUBSCRIPTIONS, seed % 6 == 0 ? 1 : 0)
                .plus(Amount.TEMPORARY_DEPOSITS, new BigDecimal("30000.00"))
                .plus(Amount.FORMAL_DEPOSITS, new BigDecimal("100000.00"))
                .plus(Amount.DOWN_PAYMENTS, new BigDecimal("912345.67"))
                .plus(Amount.SUBSCRIBED, new BigDecimal("6400000.00"))
                .plus(Amount.CONTRACTED, new BigDecimal("3200000.00"))
                .plus(Amount.REFUNDED, seed % 3 == 0 ? new BigDecimal("50000.00") : BigDecimal.ZERO);
    }

    @Test
    @DisplayName("benchmark: head office's dashboard of 50 offices × 365 days beside the year before (H2 backend over TCP)")
    void dashboard() throws IOException {
        int offices = Integer.getInteger("bench.offices", 50);
        int days = Integer.getInteger("bench.days", 365);
        int warmup = Integer.getInteger("bench.warmup", 30);
        int samples = Integer.getInteger("bench.samples", 300);
        Path dir = Files.createDirectories(Path.of("target", "benchmark"));
        Path file = dir.resolve("dashboards-" + System.nanoTime() + ".mv");
        MVStore mv = MVStore.open(file.toString());
        mv.setRetentionTime(3_600_000);
        mv.setCacheSize(128); // the page cache the embedded platform gives its store (EmbeddedPlatform: 128 MB)
        MongoServer server = new MongoServer(new H2Backend(mv));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
            MongoOfficeFigures store = new MongoOfficeFigures(new MongoTemplate(client, "dashboards"));
            // not aligned on months: the period and the one before each cut two months
            LocalDate to = LocalDate.parse("2026-12-15");
            LocalDate from = to.minusDays(days - 1);
            long start = System.nanoTime();
            int events = 0;
            for (int o = 0; o < offices; o++) {
                for (LocalDate day = from.minusDays(days); !day.isAfter(to); day = day.plusDays(1)) {
                    store.add(DEVELOPER, "office-" + o, day, "e-" + o + "-" + day, busyDay(o + day.getDayOfYear()));
                    events++;
                }
            }
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            ViewingDashboards viewing = new ViewingDashboards(store, OfficeZones.DEFAULTS,
                    new DashboardScope(store, 366, OfficeDirectory.inMemory(Map.of())), java.time.Clock.systemUTC());

            DeveloperDashboard check = viewing.developer(HEAD_OFFICE, DEVELOPER, from, to);
            assertThat(check.offices()).hasSize(offices);
            assertThat(check.funnel().steps().get(5).count()).isEqualTo((long) offices * days);
            assertThat(check.previous().steps().get(5).count()).isEqualTo((long) offices * days);

            for (int i = 0; i < warmup; i++) {
                viewing.developer(HEAD_OFFICE, DEVELOPER, from, to);
            }
            long[] developer = new long[samples];
            for (int i = 0; i < samples; i++) {
                long t = System.nanoTime();
                viewing.developer(HEAD_OFFICE, DEVELOPER, from, to);
                developer[i] = System.nanoTime() - t;
            }
            long[] office = new long[samples];
            for (int i = 0; i < samples; i++) {
                long t = System.nanoTime();
                viewing.office(HEAD_OFFICE, "office-" + (i % offices), from, to);
                office[i] = System.nanoTime() - t;
            }
            String line = String.format("%d offices × %d days (+ the %d days before), %,d office days written in %.0f s;"
                            + " developer dashboard p50 %.1f ms, p99 %.1f ms, max %.1f ms (n=%d);"
                            + " one office's p50 %.2f ms, p99 %.2f ms (n=%d); %d cores, load average %.2f%n",
                    offices, days, days, events, loadSeconds, ms(developer, 0.50), ms(developer, 0.99), ms(developer, 1.0),
                    samples, ms(office, 0.50), ms(office, 0.99), samples, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.print(line);
            Files.writeString(dir.resolve("dashboard.txt"), line);
        } finally {
            server.shutdownNow();
            Files.deleteIfExists(file);
        }
    }

    static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
