package com.anchang.transaction.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.transaction.DealOpened;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.messaging.EventJson;
import com.anchang.transaction.adapter.messaging.TransactionEvents;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealPolicy;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Deposit;
import com.anchang.transaction.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The golden samples: what transaction-service produces serialises to them, what it consumes parses from them. */
class TransactionContractsTest {

    static final JsonMapper JSON = new JsonMapper();

    /** The golden deal, as stored after opening. */
    static Deal goldenDeal(DealStatus status) {
        return Deal.restore("deal-7d0c9a1e", "dev-huaxin", "office-binjiang", "unit-3-1802", "3-1802", "u-bj-consultant-1",
                "lead-5b1f2c0e", new Buyer("王先生", "13812345678"), Instant.parse("2026-11-20T06:02:40Z"), status,
                null, null, null, null, 0);
    }

    @Test
    @DisplayName("DealOpened v1 serialises to its golden sample")
    void dealOpenedMatchesGolden() {
        String json = EventJson.write(TransactionEvents.toContract(new DealEvent.Opened(goldenDeal(DealStatus.OPENED))));

        assertThat(JSON.readTree(json)).isEqualTo(JSON.readTree(GoldenSamples.json(DealOpened.TYPE, DealOpened.VERSION)));
    }

    @Test
    @DisplayName("DepositReceived v1 serialises to its golden sample, amount fen-exact")
    void depositReceivedMatchesGolden() {
        Deal deal = goldenDeal(DealStatus.OPENED);
        deal.unitHeld("unit-3-1802", Instant.parse("2026-11-20T06:03:07Z"), Instant.parse("2026-11-22T06:03:07Z"));
        DealEvent received = deal.receiveDeposit(new Deposit(new BigDecimal("50000"), PaymentMethod.TRANSFER,
                        "u-bj-finance-1", "u-bj-pm-1", Instant.parse("2026-11-21T03:30:00Z")),
                LocalDate.parse("2026-12-21"), new DealPolicy(ZoneId.of("Asia/Shanghai")));

        String json = EventJson.write(TransactionEvents.toContract(received));

        assertThat(JSON.readTree(json))
                .isEqualTo(JSON.readTree(GoldenSamples.json(DepositReceived.TYPE, DepositReceived.VERSION)));
    }

    @Test
    @DisplayName("UnitHeld v1 (consumed) parses from its golden sample")
    void unitHeldParses() {
        UnitHeld held = EventJson.read(GoldenSamples.json(UnitHeld.TYPE, UnitHeld.VERSION), UnitHeld.class);

        assertThat(held.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(held.unitId()).isEqualTo("unit-3-1802");
        assertThat(held.heldAt()).isEqualTo(Instant.parse("2026-11-20T06:03:07Z"));
        assertThat(held.holdExpiresAt()).isEqualTo(Instant.parse("2026-11-22T06:03:07Z"));

        Deal deal = goldenDeal(DealStatus.OPENED);
        deal.unitHeld(held.unitId(), held.heldAt(), held.holdExpiresAt());
        assertThat(deal.status()).isEqualTo(DealStatus.UNIT_HELD);
    }
}
