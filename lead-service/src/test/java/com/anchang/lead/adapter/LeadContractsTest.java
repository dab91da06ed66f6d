package com.anchang.lead.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.events.GoldenSamples;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.lead.adapter.messaging.LeadEvents;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.support.messaging.EventJson;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The golden samples: what lead-service produces serialises to them. */
class LeadContractsTest {

    static final JsonMapper JSON = new JsonMapper();

    @Test
    @DisplayName("LeadRegistered v1 serialises to its golden sample, the protection window computed by the default policy (LEAD-3)")
    void leadRegisteredMatchesGolden() {
        Instant registeredAt = Instant.parse("2026-11-20T02:15:00Z");
        ProtectionPolicy policy = new ProtectionPolicy(7, ZoneId.of("Asia/Shanghai"));
        Lead lead = new Lead("lead-5b1f2c0e", "dev-huaxin", "office-binjiang", "u-bj-consultant-1", "王先生",
                MobileNumber.parse("13812345678"), LeadSource.WALK_IN, Needs.NONE, registeredAt,
                policy.protectedUntil(registeredAt), 0);

        String json = EventJson.write(LeadEvents.toContract(new LeadEvent.Registered(lead)));

        assertThat(JSON.readTree(json))
                .isEqualTo(JSON.readTree(GoldenSamples.json(LeadRegistered.TYPE, LeadRegistered.VERSION)));
    }
}
