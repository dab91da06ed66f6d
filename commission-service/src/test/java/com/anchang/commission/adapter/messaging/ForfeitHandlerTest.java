package com.anchang.commission.adapter.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.application.CreditingDeal;
import com.anchang.commission.application.CreditingDeal.CancelDeal;
import com.anchang.events.GoldenSamples;
import com.anchang.events.Topics;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.support.messaging.EventEnvelope;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code transaction.deal-cancelled}'s {@code forfeit} flag and forfeited amounts, as the handler reads them (COMM-6). */
class ForfeitHandlerTest {

    static final class Recording extends CreditingDeal {
        final List<CancelDeal> cancels = new ArrayList<>();

        Recording() {
            super(null, null, null, null, null, null);
        }

        @Override
        public boolean cancel(CancelDeal command) {
            cancels.add(command);
            return true;
        }
    }

    final Recording crediting = new Recording();
    final EventHandler<DealCancelled> handler = new DealEventHandlers().reverseOnCancellation(crediting);

    void deliver(DealCancelled event) {
        handler.handle(event, new EventEnvelope("evt-1", DealCancelled.TYPE, DealCancelled.VERSION,
                Instant.parse("2026-11-27T02:30:01Z"), "office-binjiang", null, Topics.TRANSACTION, event.dealId()));
    }

    @Test
    @DisplayName("COMM-6 forfeit (挞定): a deal ended by a forfeit is cancelled with the forfeit and the refunds' forfeited parts added up (50,000.00 + 20,000.00)")
    void forfeitRead() {
        deliver(new DealCancelled("deal-1", "dev-1", "office-1", "unit-1", "walked away", "pm-1",
                Instant.parse("2026-11-27T02:30:00Z"), "c-wang", "lead-1", "SUBSCRIBED", List.of("R-1", "R-2"),
                List.of(new DealCancelled.Refund("R-1", "DEPOSIT", new BigDecimal("50000.00"), BigDecimal.ZERO,
                        new BigDecimal("50000.00"), null),
                        new DealCancelled.Refund("R-2", "DOWN_PAYMENT", new BigDecimal("300000.00"),
                                new BigDecimal("280000.00"), new BigDecimal("20000.00"), "BANK_TRANSFER")),
                true));

        assertThat(crediting.cancels).singleElement().satisfies(c -> {
            assertThat(c.forfeit()).isTrue();
            assertThat(c.forfeited()).isEqualByComparingTo("70000.00");
            assertThat(c.eventId()).isEqualTo("evt-1");
        });
    }

    @Test
    @DisplayName("COMM-6: the golden sample (forfeit false, nothing forfeited) is a cancellation")
    void goldenSampleIsACancellation() {
        deliver(EventJson.read(GoldenSamples.json(DealCancelled.TYPE, DealCancelled.VERSION), DealCancelled.class));

        assertThat(crediting.cancels).singleElement().satisfies(c -> {
            assertThat(c.forfeit()).isFalse();
            assertThat(c.forfeited()).isEqualByComparingTo("0");
        });
    }
}
