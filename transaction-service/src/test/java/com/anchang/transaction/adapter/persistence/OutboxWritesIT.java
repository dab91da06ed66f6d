package com.anchang.transaction.adapter.persistence;

import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.test.OutboxWrites;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.UnitAvailability;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * ADR 1's invariant for the deals: a write that read entries the relay then published and removed wins
 * its compare-and-set at once (the relay leaves the version alone) and does not write those entries back.
 */
@ServiceIntegrationTest
class OutboxWritesIT {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    DealRepository deals;

    @Test
    @DisplayName("UNIT-2: a deal read before the relay published its opening notes the held unit at once, the opening not written back")
    void deals() {
        String unitId = "unit-outbox-" + UUID.randomUUID().toString().substring(0, 8);
        DealEvent.Opened opened = Deal.open("dev-1", "office-outbox", "c-1", "lead-1", new Buyer("王先生", "13812345678"),
                new UnitAvailability(unitId, "3-1802", "office-outbox", UnitAvailability.AVAILABLE), NOW);
        String dealId = opened.deal().id();

        OutboxWrites.relayedBetweenReadAndWrite(relay, mongo, MongoDealRepository.COLLECTION, dealId,
                () -> deals.insert(opened.deal(), List.of(opened)),
                () -> deals.find(dealId).orElseThrow(),
                read -> {
                    read.unitHeld(unitId, NOW.plusSeconds(10), NOW.plusSeconds(3_600));
                    deals.save(read, List.of(), "evt-" + UUID.randomUUID());
                });
    }
}
