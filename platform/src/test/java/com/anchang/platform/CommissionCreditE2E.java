package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.platform.GatewayClient.Answer;
import com.anchang.platform.GatewayClient.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Credit on the embedded platform (ports +14000), through the gateway only: bj.consultant1 registers a
 * customer (lead-service), bj.consultant2 closes the deal inside the protection (transaction-service:
 * deposit, subscription approved and signed), commission-service splits the credit 50/50 (COMM-2) with
 * its explanation, visible to both, open to claims until the end of the COMM-3 window; the PM cancels and the
 * credit and commission are reversed (COMM-6).
 */
class CommissionCreditE2E {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration EVENTUALLY = Duration.ofSeconds(30);
    @RegisterExtension
    static final E2EPlatform E2E = new E2EPlatform(14_000, "e2e-comm-var-");

    static Staff as(String username) {
        return E2E.gateway().as(username);
    }

    static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    static void pay(String dealId, Map<String, Object> money) {
        JsonNode entered = ok(as("bj.finance").call("POST", "/api/deals/" + dealId + "/payments", money));
        String paymentId = entered.path("waitingPayment").path("paymentId").asText();
        ok(as("bj.pm").call("POST", "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm", null));
    }

    static JsonNode creditAs(Staff staff, String dealId) {
        return ok(staff.get("/api/commissions/deals/" + dealId));
    }

    @Test
    @DisplayName("COMM-2, COMM-6: two consultants, one customer: closed by the second inside the first's protection, the credit is split 50/50 with its explanation, visible to both, and reversed with its commission after the PM cancels")
    void splitThenReversed() {
        Staff owner = as("bj.consultant1");
        Staff closer = as("bj.consultant2");
        String unitId = E2E.buildingId() + "-1501";
        Answer lead = owner.call("POST", "/api/leads", Map.of("officeId", "office-binjiang", "consent", "VERBAL",
                "customerName", "赵先生", "mobile", "137 0000 1501", "source", "WALK_IN"));
        assertThat(lead.status()).as(lead.body().toString()).isEqualTo(201);
        String leadId = lead.body().get("leadId").asText();

        Answer opened = closer.call("POST", "/api/deals", Map.of("officeId", "office-binjiang", "unitId", unitId,
                "leadId", leadId, "buyerName", "赵先生", "buyerMobile", "13700001501"));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String dealId = opened.body().get("dealId").asText();
        String deal = "/api/deals/" + dealId;
        ok(closer.call("POST", "/api/inventory/units/" + unitId + "/hold", Map.of("dealId", dealId,
                "buyerRef", "赵先生 137****1501")));
        await().atMost(EVENTUALLY).until(() -> "UNIT_HELD".equals(closer.get(deal).body().path("status").asText()));
        pay(dealId, Map.of("purpose", "FORMAL_DEPOSIT", "amount", "50000.00", "method", "TRANSFER",
                "downPaymentDueDate", LocalDate.now(SHANGHAI).plusDays(30).toString()));

        BigDecimal price = new BigDecimal(closer.get(deal).body().path("price").asText());
        BigDecimal downPayment = price.multiply(new BigDecimal("0.30")).setScale(0, RoundingMode.CEILING)
                .subtract(new BigDecimal("50000")).setScale(2, RoundingMode.UNNECESSARY);
        ok(closer.call("POST", deal + "/subscription", Map.of("financing", "COMMERCIAL_LOAN",
                "downPaymentAmount", downPayment.toPlainString(), "buyerIdNumber", "330106198801012345")));
        ok(as("bj.pm").call("POST", deal + "/subscription/approve", null));
        // DEAL-4: the buyer signs with their ID copy kept
        Answer idCopy = closer.upload(deal + "/files", "ID_COPY", "id-card.pdf", "application/pdf",
                "%PDF-1.4\n% the buyer's ID card\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        assertThat(idCopy.status()).as(idCopy.body().toString()).isEqualTo(201);
        ok(closer.call("POST", deal + "/subscription/sign", Map.of("signer", "BUYER", "idCopyFileId",
                idCopy.body().path("fileId").asText())));

        // transaction.subscription-signed recognises the credit (office default): 50/50, COMM-2
        await().atMost(EVENTUALLY).until(() -> "RECOGNISED".equals(as("bj.pm").get("/api/commissions/deals/" + dealId)
                .body().path("stage").asText()));
        BigDecimal half = price.divide(new BigDecimal("2"), 2, RoundingMode.DOWN);
        for (Staff consultant : new Staff[] {owner, closer}) {
            JsonNode credit = creditAs(consultant, dealId);
            assertThat(credit.path("why").path("ruleIds").toString()).as(consultant.userId()).contains("COMM-1", "COMM-2");
            assertThat(credit.path("why").path("ownerConsultantId").asText()).isEqualTo(owner.userId());
            assertThat(credit.path("why").path("protectionValid").asBoolean()).isTrue();
            assertThat(credit.path("why").path("ownership").get(0).path("kind").asText()).isEqualTo("REGISTERED");
            assertThat(credit.path("closingConsultantId").asText()).isEqualTo(closer.userId());
            assertThat(new BigDecimal(credit.path("nets").path(owner.userId()).asText()))
                    .isEqualByComparingTo(price.subtract(half));
            assertThat(new BigDecimal(credit.path("nets").path(closer.userId()).asText())).isEqualByComparingTo(half);
            // COMM-1, COMM-3: open to claims until 00:00 on day 8 after the closing day in Shanghai, final from then
            assertThat(credit.path("finality").path("state").asText()).isEqualTo("OPEN");
            assertThat(Instant.parse(credit.path("finality").path("until").asText()))
                    .isEqualTo(LocalDate.now(SHANGHAI).plusDays(8).atStartOfDay(SHANGHAI).toInstant());
        }
        assertThat(as("bj.consultant3").get("/api/commissions/deals/" + dealId).status())
                .as("a colleague not credited with it").isEqualTo(403);
        JsonNode closersLedger = ok(closer.get("/api/commissions/consultants/" + closer.userId()
                + "/ledger?officeId=office-binjiang"));
        assertThat(new BigDecimal(closersLedger.path("commission").asText())).isPositive();

        ok(as("bj.pm").call("POST", deal + "/cancel", Map.of("reason", "the buyer withdrew", "refundMethod", "TRANSFER")));

        await().atMost(EVENTUALLY).until(() -> "REVERSED".equals(creditAs(owner, dealId).path("stage").asText()));
        JsonNode reversed = creditAs(closer, dealId);
        assertThat(reversed.path("nets").size()).isZero();
        assertThat(reversed.path("finality").path("state").asText()).isEqualTo("REVERSED");
        assertThat(reversed.path("entries").findValuesAsText("kind")).contains("CREDIT", "REVERSAL", "COMMISSION",
                "COMMISSION_REVERSAL");
        JsonNode ownersLedger = ok(owner.get("/api/commissions/consultants/" + owner.userId()
                + "/ledger?officeId=office-binjiang"));
        assertThat(ownersLedger.path("entries").findValuesAsText("dealId")).contains(dealId);
    }
}
