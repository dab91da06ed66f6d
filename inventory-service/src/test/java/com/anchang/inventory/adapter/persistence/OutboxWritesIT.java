package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitRepository;
import com.anchang.inventory.domain.UnitSpec;
import com.anchang.support.outbox.OutboxRelay;
import com.anchang.support.test.OutboxWrites;
import com.anchang.support.test.ServiceIntegrationTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * ADR 1's invariant for the units, the one inventory aggregate written after its insert with the version
 * check: a write that read entries the relay then published and removed wins its compare-and-set at once
 * (the relay leaves the version alone) and does not write those entries back.
 */
@ServiceIntegrationTest
class OutboxWritesIT {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay relay;
    @Autowired
    UnitRepository units;

    @Test
    @DisplayName("UNIT-1: a unit read before the relay published its withholding is released at once, the withholding not written back")
    void units() {
        Unit unit = Unit.catalogue("dev-1", "office-outbox", "p-1", "b-outbox-" + UUID.randomUUID().toString().substring(0, 8),
                "1号楼", new UnitSpec(18, 2, "3室2厅2卫", new BigDecimal("118.50"), new BigDecimal("95.20"), "南",
                        new BigDecimal("3200000.00")));

        OutboxWrites.relayedBetweenReadAndWrite(relay, mongo, MongoUnitRepository.COLLECTION, unit.id(),
                () -> {
                    units.insertAll(List.of(unit));
                    Unit stored = units.find(unit.id()).orElseThrow();
                    units.save(stored, List.of(stored.withhold("reserved for the developer", "u-pm", NOW)), null);
                },
                () -> units.find(unit.id()).orElseThrow(),
                read -> units.save(read, List.of(read.release("back on sale", "u-pm", NOW.plusSeconds(60))), null));
    }
}
