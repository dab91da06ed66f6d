package com.anchang.commission.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.support.messaging.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The golden samples of what commission-service consumes parse, with every field it uses. */
class CommissionContractsTest {

    @Test
    @DisplayName("LeadRegistered v1 (consumed) parses from its golden sample with the owner and protection window")
    void leadRegisteredParses() {
        LeadRegistered event = EventJson.read(GoldenSamples.json(LeadRegistered.TYPE, LeadRegistered.VERSION),
                LeadRegistered.class);

        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.ownerConsultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.registeredAt()).isEqualTo(Instant.parse("2026-11-20T02:15:00Z"));
        assertThat(event.protectedUntil()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    @DisplayName("DepositReceived v1 (consumed) parses from its golden sample, the amount fen-exact")
    void depositReceivedParses() {
        DepositReceived event = EventJson.read(GoldenSamples.json(DepositReceived.TYPE, DepositReceived.VERSION),
                DepositReceived.class);

        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.developerId()).isEqualTo("dev-huaxin");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.consultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.amount()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(event.receivedAt()).isEqualTo(Instant.parse("2026-11-21T03:30:00Z"));
    }
}
