package com.anchang.inventory.config;

import com.anchang.inventory.adapter.messaging.InventoryEvents;
import com.anchang.inventory.adapter.persistence.MongoBuildingRepository;
import com.anchang.inventory.adapter.persistence.MongoBuyerQuotas;
import com.anchang.inventory.adapter.persistence.MongoOpeningRepository;
import com.anchang.inventory.application.OpeningSales;
import com.anchang.inventory.domain.BuyerQuotas;
import com.anchang.inventory.domain.OpeningRepository;
import com.anchang.inventory.adapter.persistence.MongoExpiryCalendar;
import com.anchang.inventory.adapter.scheduling.InventoryJobs;
import com.anchang.inventory.application.ExpiringHolds;
import com.anchang.inventory.domain.ExpiryCalendar;
import com.anchang.inventory.adapter.persistence.MongoUnitRepository;
import com.anchang.inventory.adapter.web.BoardStream;
import com.anchang.inventory.application.BoardUpdates;
import com.anchang.inventory.application.CancellingDeal;
import com.anchang.inventory.application.CataloguingBuilding;
import com.anchang.inventory.application.DecidingDiscount;
import com.anchang.inventory.application.HoldingUnit;
import com.anchang.inventory.application.ReservingUnit;
import com.anchang.inventory.application.SwappingUnit;
import com.anchang.inventory.application.ViewingInventory;
import com.anchang.inventory.application.WithholdingUnit;
import com.anchang.inventory.domain.BuildingRepository;
import com.anchang.inventory.domain.SalesControlPolicies;
import com.anchang.inventory.domain.SalesControlPolicy;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.inventory.domain.TakenUnitChanges;
import com.anchang.inventory.application.TakenUnits;
import com.anchang.inventory.adapter.persistence.MongoTakenUnitChanges;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxCollection;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.scheduling.PeriodicJob;
import com.anchang.support.tenancy.OfficeDirectory;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({InventoryConfiguration.PolicyDefaults.class, InventoryConfiguration.ExpirySettings.class})
public class InventoryConfiguration {

    /** Office policy defaults for sales control; per-office values come later from the office's settings. */
    @ConfigurationProperties("inventory.policy")
    public record PolicyDefaults(Duration holdLifetime, int openingQuotaPerBuyer) {
    }

    /** UNIT-3: how often the hold-expiry sweep runs and how far back it looks for hours not yet dealt with. */
    @ConfigurationProperties("inventory.expiry")
    public record ExpirySettings(Duration sweepInterval, Duration lookback) {
    }

    @Bean
    ExpiryCalendar expiryCalendar(MongoTemplate mongo) {
        return new MongoExpiryCalendar(mongo);
    }

    @Bean
    ExpiringHolds expiringHolds(UnitRepository units, ExpiryCalendar calendar, ExpirySettings settings,
            BuyerQuotas quotas) {
        // OPEN-2: a lapsed hold gives its buyer's quota slot back
        return new ExpiringHolds(units, calendar, settings.lookback(), expired -> {
            if (expired.hold().quotaSlot() != null) {
                quotas.free(expired.hold().quotaSlot());
            }
        });
    }

    @Bean
    PeriodicJob holdExpiryJob(ExpiringHolds expiring, ExpirySettings settings) {
        return InventoryJobs.holdExpiry(expiring, settings.sweepInterval());
    }

    @Bean
    OutboxCollection unitsOutbox() {
        return new OutboxCollection("units");
    }

    @Bean
    OutboxCollection openingsOutbox() {
        return new OutboxCollection("openings");
    }

    @Bean
    BuyerQuotas buyerQuotas(MongoTemplate mongo) {
        return new MongoBuyerQuotas(mongo);
    }

    @Bean
    OpeningRepository openingRepository(MongoTemplate mongo, InventoryEvents events, OutboxRelay relay) {
        return new MongoOpeningRepository(mongo, events, relay);
    }

    @Bean
    OpeningSales openingSales(OpeningRepository openings, UnitRepository units, SalesControlPolicies policies,
            Clock clock) {
        return new OpeningSales(openings, units, policies, clock);
    }

    @Bean
    SalesControlPolicies salesControlPolicies(PolicyDefaults defaults) {
        SalesControlPolicy policy = new SalesControlPolicy(defaults.holdLifetime(), defaults.openingQuotaPerBuyer());
        return officeId -> policy;
    }

    @Bean
    InventoryEvents inventoryEvents(Outbox outbox) {
        return new InventoryEvents(outbox);
    }

    @Bean
    UnitRepository unitRepository(MongoTemplate mongo, InventoryEvents events, OutboxRelay relay, BoardUpdates boards,
            TakenUnitChanges changes) {
        return TakenUnits.counting(new MongoUnitRepository(mongo, events, relay, boards), changes);
    }

    @Bean
    TakenUnitChanges takenUnitChanges(MongoTemplate mongo) {
        return new MongoTakenUnitChanges(mongo);
    }

    /** UNIT-2: the memory of an opening's taken units, with its refusals and size as metrics. */
    @Bean
    TakenUnits takenUnits(TakenUnitChanges changes, MeterRegistry meters, Clock clock) {
        TakenUnits taken = new TakenUnits(changes, clock);
        FunctionCounter.builder("inventory.holds.refused.from.memory", taken, TakenUnits::refusals)
                .description("holds on a taken unit of an opening refused without reading the store").register(meters);
        Gauge.builder("inventory.taken.units.remembered", taken, TakenUnits::remembered)
                .description("taken units of openings this instance remembers").register(meters);
        return taken;
    }

    @Bean
    BoardUpdates boardUpdates() {
        return new BoardUpdates();
    }

    /** UNIT-5: boards pushed to their subscribers at most every 200 ms, so within a second of a change. */
    @Bean(destroyMethod = "close")
    BoardStream boardStream(ViewingInventory viewing, BoardUpdates updates) {
        return new BoardStream(viewing, updates, Duration.ofMillis(200));
    }

    @Bean
    BuildingRepository buildingRepository(MongoTemplate mongo, InventoryEvents events, OutboxRelay relay) {
        return new MongoBuildingRepository(mongo, events, relay);
    }

    @Bean
    CataloguingBuilding cataloguingBuilding(BuildingRepository buildings, UnitRepository units, Clock clock) {
        return new CataloguingBuilding(buildings, units, clock);
    }

    @Bean
    HoldingUnit holdingUnit(UnitRepository units, SalesControlPolicies policies, ExpiryCalendar calendar,
            OpeningRepository openings, BuyerQuotas quotas, TakenUnits taken, Clock clock) {
        return new HoldingUnit(units, policies, calendar, openings, quotas, taken, clock);
    }

    @Bean
    ReservingUnit reservingUnit(UnitRepository units) {
        return new ReservingUnit(units);
    }

    @Bean
    com.anchang.inventory.application.ContractingUnit contractingUnit(UnitRepository units) {
        return new com.anchang.inventory.application.ContractingUnit(units);
    }

    @Bean
    ViewingInventory viewingInventory(BuildingRepository buildings, UnitRepository units, OfficeDirectory offices) {
        return new ViewingInventory(buildings, units, offices);
    }

    @Bean
    WithholdingUnit withholdingUnit(UnitRepository units, Clock clock) {
        return new WithholdingUnit(units, clock);
    }

    @Bean
    CancellingDeal cancellingDeal(UnitRepository units, BuyerQuotas quotas, Clock clock) {
        return new CancellingDeal(units, quotas, clock);
    }

    @Bean
    SwappingUnit swappingUnit(UnitRepository units, BuyerQuotas quotas) {
        return new SwappingUnit(units, quotas);
    }

    @Bean
    DecidingDiscount decidingDiscount(UnitRepository units, Clock clock) {
        return new DecidingDiscount(units, clock);
    }
}
