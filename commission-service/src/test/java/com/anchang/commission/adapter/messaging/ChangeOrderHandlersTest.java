package com.anchang.commission.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.CreditingDeal.ChangeOrder;
import com.anchang.events.GoldenSamples;
import com.anchang.events.Topics;
import com.anchang.events.transaction.PriceChanged;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.support.messaging.EventEnvelope;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The change orders' golden samples through their handlers: the command each makes of them. */
class ChangeOrderHandlersTest {

    /** Records the commands instead of applying them. */
    static final class Recording extends CreditingDeal {
        final List<ChangeOrder> changes = new ArrayList<>();

        Recording() {
            super(null, null, null, null, null, null);
        }

        @Override
        public boolean change(ChangeOrder command) {
            changes.add(command);
            return true;
        }
    }

    final Recording crediting = new Recording();
    final DealEventHandlers handlers = new DealEventHandlers();

    static <T> void deliver(EventHandler<T> handler, String eventId) {
        T event = EventJson.read(GoldenSamples.json(handler.type(), handler.version()), handler.payloadType());
        handler.handle(event, new EventEnvelope(eventId, handler.type(), handler.version(),
                Instant.parse("2026-11-27T02:30:01Z"), "office-binjiang", null, Topics.TRANSACTION, "deal-7d0c9a1e"));
    }

    @Test
    @DisplayName("transaction.price-changed v1 (golden sample): the deal's amount becomes 3,200,000.00 by change order co-1c7e5a88, caused by the event")
    void priceChanged() {
        EventHandler<PriceChanged> handler = handlers.adjustOnPriceChange(crediting);
        assertThat(handler.topic()).isEqualTo(Topics.TRANSACTION);

        deliver(handler, "evt-price-changed");

        assertThat(crediting.changes).singleElement().isEqualTo(new ChangeOrder("deal-7d0c9a1e", "dev-huaxin",
                "office-binjiang", "unit-3-1802", "lead-5b1f2c0e", "co-1c7e5a88", "price changed",
                new BigDecimal("3200000.00"), Instant.parse("2026-11-27T02:30:00Z"), "evt-price-changed"));
    }

    @Test
    @DisplayName("transaction.unit-swapped v1 (golden sample): the credit names unit-3-1802 and its amount becomes 3,200,000.00")
    void unitSwapped() {
        deliver(handlers.adjustOnUnitSwap(crediting), "evt-unit-swapped");

        assertThat(crediting.changes).singleElement().isEqualTo(new ChangeOrder("deal-7d0c9a1e", "dev-huaxin",
                "office-binjiang", "unit-3-1802", "lead-5b1f2c0e", "co-4e0a7c21", "unit swapped to 3-1802",
                new BigDecimal("3200000.00"), Instant.parse("2026-11-25T02:00:00Z"), "evt-unit-swapped"));
    }
}
