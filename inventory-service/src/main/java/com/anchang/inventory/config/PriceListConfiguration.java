package com.anchang.inventory.config;

import com.anchang.inventory.adapter.messaging.InventoryEvents;
import com.anchang.inventory.adapter.persistence.MongoPriceListVersions;
import com.anchang.inventory.adapter.scheduling.InventoryJobs;
import com.anchang.inventory.application.RepricingBuilding;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.inventory.domain.PriceListVersions;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.scheduling.PeriodicJob;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Versioned re-imports of buildings' prices (UNIT-1, UNIT-6) and the first import's event. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PriceListConfiguration.PriceListSettings.class)
public class PriceListConfiguration {

    /** How often versions a crash left APPLYING are looked for and completed (also once at start). */
    @ConfigurationProperties("inventory.price-lists")
    public record PriceListSettings(Duration rollForwardInterval) {
    }

    @Bean
    OutboxCollection buildingsOutbox() {
        return new OutboxCollection("buildings");
    }

    @Bean
    OutboxCollection priceListVersionsOutbox() {
        return new OutboxCollection("price_list_versions");
    }

    @Bean
    PriceListVersions priceListVersions(MongoTemplate mongo, InventoryEvents events, OutboxRelay relay) {
        return new MongoPriceListVersions(mongo, events, relay);
    }

    @Bean
    RepricingBuilding repricingBuilding(BuildingRepository buildings, UnitRepository units, PriceListVersions versions,
            Clock clock) {
        return new RepricingBuilding(buildings, units, versions, clock);
    }

    @Bean
    PeriodicJob priceListRollForwardJob(RepricingBuilding repricing, PriceListSettings settings) {
        return InventoryJobs.priceListRollForward(repricing, settings.rollForwardInterval());
    }
}
