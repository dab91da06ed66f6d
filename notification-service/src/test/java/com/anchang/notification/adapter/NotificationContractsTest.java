package com.anchang.notification.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.messaging.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What notification-service consumes parses from the golden samples. */
class NotificationContractsTest {

    @Test
    @DisplayName("DepositReceived v1 (consumed) parses from its golden sample: deal, buyer's mobile, due date")
    void depositReceivedParses() {
        DepositReceived event = EventJson.read(GoldenSamples.json(DepositReceived.TYPE, DepositReceived.VERSION),
                DepositReceived.class);

        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.developerId()).isEqualTo("dev-huaxin");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.buyerName()).isEqualTo("王先生");
        assertThat(event.buyerMobile()).isEqualTo("13812345678");
        assertThat(event.downPaymentDueDate()).isEqualTo(LocalDate.parse("2026-12-21"));
        assertThat(event.amount()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(event.receivedAt()).isEqualTo(Instant.parse("2026-11-21T03:30:00Z"));
    }
}
