package com.anchang.notification.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.DeliveryRates;
import com.anchang.notification.domain.DeliveryRates.Result;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.LocalDate;
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

/** The delivery counters on the embedded store, over TCP with the real driver. */
class MongoDeliveryRatesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-16");

    private MongoServer server;
    private MongoClient client;
    private MongoDeliveryRates rates;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://localhost:" + address.getPort());
        rates = new MongoDeliveryRates(new MongoTemplate(client, "notifications"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    @DisplayName("delivery rates: results told many times by several writers at once count once each, per office, channel and day, several of one reminder in one write")
    void eachResultCountedOnce() throws Exception {
        try (ExecutorService writers = Executors.newFixedThreadPool(6)) {
            List<Future<?>> done = new ArrayList<>();
            for (int writer = 0; writer < 6; writer++) {
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        rates.count("dev-1", "office-1", DAY, Channel.SMS, "r-" + i, Result.SENT);
                        rates.count("dev-1", "office-1", DAY, Channel.SMS, "r-" + i, i % 4 == 0 ? Result.FAILED
                                : Result.DELIVERED);
                        // the local inbox confirms on send: both results in one write
                        rates.count("dev-1", "office-2", DAY, Channel.LOCAL, "l-" + i % 5, Result.SENT, Result.DELIVERED);
                    }
                    rates.count("dev-1", "office-2", DAY.plusDays(1), Channel.WECHAT, "w-1", Result.SENT);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }

        assertThat(rates.of("office-1", DAY.minusDays(3), DAY.plusDays(3)))
                .containsExactly(new DeliveryRates.Counts("office-1", DAY, Channel.SMS, 40, 30, 10));
        assertThat(rates.of("office-2", DAY, DAY.plusDays(1)))
                .containsExactly(new DeliveryRates.Counts("office-2", DAY, Channel.LOCAL, 5, 5, 0),
                        new DeliveryRates.Counts("office-2", DAY.plusDays(1), Channel.WECHAT, 1, 0, 0));
        assertThat(rates.offices("dev-1")).containsExactly("office-1", "office-2");
        assertThat(rates.developerOf("office-2")).contains("dev-1");
        assertThat(rates.offices("dev-2")).isEmpty();
    }
}
