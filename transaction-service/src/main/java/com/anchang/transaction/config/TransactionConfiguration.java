package com.anchang.transaction.config;

import com.anchang.support.http.DownstreamBreaker;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.transaction.adapter.http.InventoryClient;
import com.anchang.transaction.adapter.http.InventoryProperties;
import com.anchang.transaction.adapter.http.InventorySalesControl;
import com.anchang.transaction.adapter.messaging.TransactionEvents;
import com.anchang.transaction.adapter.persistence.MongoDealRepository;
import com.anchang.transaction.application.NotingDiscount;
import com.anchang.transaction.application.NotingSwapRefused;
import com.anchang.transaction.application.NotingUnitHeld;
import com.anchang.transaction.application.OpeningDeal;
import com.anchang.transaction.application.SalesControl;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import java.time.Clock;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Deals: their store and events, opening a deal against sales control, and the inventory events that move them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InventoryProperties.class)
@EnableFeignClients(clients = InventoryClient.class)
public class TransactionConfiguration {

    @Bean
    OutboxCollection dealsOutbox() {
        return new OutboxCollection("deals");
    }

    /**
     * One circuit breaker with a time limiter for the inventory-service downstream, set by
     * {@code resilience4j.*.instances.inventory-service} (application.yml): calls run on virtual threads,
     * a call slower than the timeout is a failure, and a failure rate over the threshold opens the
     * circuit for a while (503 at once, inventory is left alone).
     */
    @Bean
    Customizer<Resilience4JCircuitBreakerFactory> breakersOnVirtualThreads() {
        return DownstreamBreaker.onVirtualThreads();
    }

    @Bean
    SalesControl salesControl(InventoryClient client, CircuitBreakerFactory<?, ?> breakers) {
        return new InventorySalesControl(client, breakers.create(InventorySalesControl.BREAKER));
    }

    @Bean
    TransactionEvents transactionEvents(Outbox outbox) {
        return new TransactionEvents(outbox);
    }

    @Bean
    MongoDealRepository dealRepository(MongoTemplate mongo, TransactionEvents events, OutboxRelay relay,
            DealPolicies policies) {
        return new MongoDealRepository(mongo, events, relay, policies);
    }

    /** Deals stored before the lists were served by keys are listed once, at start (README, "Lists and sweeps"). */
    @Bean
    ApplicationRunner listUnlistedDeals(MongoDealRepository deals) {
        return arguments -> {
            int listed = deals.listUnlisted();
            if (listed > 0) {
                LoggerFactory.getLogger(TransactionConfiguration.class).info("listed {} deals stored before their keys",
                        listed);
            }
            int waiting = deals.listWaitingUnderMissingKeys();
            if (waiting > 0) {
                LoggerFactory.getLogger(TransactionConfiguration.class).info(
                        "listed {} deals waiting for a second person under their office's waiting list", waiting);
            }
        };
    }

    @Bean
    OpeningDeal openingDeal(SalesControl salesControl, DealRepository deals, Clock clock) {
        return new OpeningDeal(salesControl, deals, clock);
    }

    @Bean
    NotingUnitHeld notingUnitHeld(DealRepository deals) {
        return new NotingUnitHeld(deals);
    }

    @Bean
    NotingDiscount notingDiscount(DealRepository deals) {
        return new NotingDiscount(deals);
    }

    @Bean
    NotingSwapRefused notingSwapRefused(DealRepository deals) {
        return new NotingSwapRefused(deals);
    }
}
