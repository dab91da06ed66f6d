package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import java.time.Duration;
import java.util.Map;

/** Deals the end-to-end tests start from, opened through the gateway as a consultant of 滨江 would. */
final class Deals {

    static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private Deals() {
    }

    /** The consultant opens a deal on the unit and holds it; the deal sees the hold (inventory.unit-held). */
    static String heldDeal(Staff consultant, String unitId, String leadId, String buyer, String mobile, String buyerRef) {
        Answer opened = consultant.call("POST", "/api/deals", Map.of("officeId", "office-binjiang", "unitId", unitId,
                "leadId", leadId, "buyerName", buyer, "buyerMobile", mobile));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String dealId = opened.body().get("dealId").asText();
        Answer hold = consultant.call("POST", "/api/inventory/units/" + unitId + "/hold",
                Map.of("dealId", dealId, "buyerRef", buyerRef));
        assertThat(hold.status()).as(hold.body().toString()).isEqualTo(200);
        await().atMost(EVENTUALLY).until(() -> "UNIT_HELD".equals(consultant.get("/api/deals/" + dealId).body()
                .path("status").asText()));
        return dealId;
    }
}
