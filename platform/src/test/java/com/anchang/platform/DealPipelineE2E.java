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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A deal carried all the way on the embedded platform (Kafka broker process, in-process MongoDB,
 * every service its own JVM, ports +12000), through the gateway only, by the demo office's people:
 * the consultant opens it and holds the unit, finance enters the money and a second person confirms it
 * with their own sign-in (DEAL-1), the PM approves the subscription and the buyer signs it once their ID copy
 * is uploaded through the gateway (DEAL-4); sales control's unit
 * follows the deal by events (RESERVED at the formal deposit, CONTRACTED at the contract); a cancellation
 * after the formal deposit puts the unit back on sale.
 */
class DealPipelineE2E {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration EVENTUALLY = Duration.ofSeconds(30);
    @RegisterExtension
    static final E2EPlatform E2E = new E2EPlatform(12_000, "e2e-deal-var-");

    static Staff as(String username) {
        return E2E.gateway().as(username);
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    static JsonNode ok(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        return answer.body();
    }

    static String unitStatus(String unitId) {
        return as("bj.control").get("/api/inventory/units/" + unitId).body().path("status").asText();
    }

    /** The consultant opens a deal on the unit and holds it; the deal sees the hold (inventory.unit-held). */
    static String heldDeal(String unitId, String buyer, String mobile) {
        return Deals.heldDeal(as("bj.consultant1"), unitId, "lead-e2e-" + unitId, buyer, mobile,
                buyer + " " + mobile.substring(0, 3) + "****" + mobile.substring(7));
    }

    /** Finance enters the money; the second person confirms it with their own token: the receipt's number. */
    static String pay(String dealId, Map<String, Object> money, String secondPerson) {
        JsonNode entered = ok(as("bj.finance").call("POST", "/api/deals/" + dealId + "/payments", money));
        String paymentId = entered.path("waitingPayment").path("paymentId").asText();
        Answer sameHands = as("bj.finance").call("POST", "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm",
                null);
        assertThat(sameHands.status()).isEqualTo(409);
        assertThat(sameHands.body().path("rule").asText()).isEqualTo("DEAL-1");
        JsonNode confirmed = ok(as(secondPerson).call("POST", "/api/deals/" + dealId + "/payments/" + paymentId
                + "/confirm", null));
        JsonNode receipts = confirmed.path("receipts");
        return receipts.get(receipts.size() - 1).path("number").asText();
    }

    static Map<String, Object> deposit() {
        return Map.of("purpose", "FORMAL_DEPOSIT", "amount", "50000.00", "method", "TRANSFER",
                "downPaymentDueDate", today().plusDays(30).toString());
    }

    @Test
    @DisplayName("a deal through the gateway from the temporary deposit to the handover: two people for each payment, the subscription reviewed and signed, eligibility, the contract (unit CONTRACTED in inventory), the mortgage")
    void dealToTheHandover() {
        String unitId = E2E.buildingId() + "-1203";
        Staff consultant = as("bj.consultant1");
        Answer opened = consultant.call("POST", "/api/deals", Map.of("officeId", "office-binjiang", "unitId", unitId,
                "leadId", "lead-e2e-1203", "buyerName", "王先生", "buyerMobile", "13812345678", "buyerChannel", "WECHAT"));
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        String dealId = opened.body().get("dealId").asText();
        String deal = "/api/deals/" + dealId;
        List<String> receipts = new ArrayList<>();
        receipts.add(pay(dealId, Map.of("purpose", "TEMPORARY_DEPOSIT", "amount", "10000.00", "method", "CASH"),
                "bj.consultant1"));
        assertThat(consultant.get(deal).body().path("status").asText()).isEqualTo("TEMPORARY_DEPOSIT_RECEIVED");
        assertThat(ok(consultant.call("POST", "/api/inventory/units/" + unitId + "/hold",
                Map.of("dealId", dealId, "buyerRef", "王先生 138****5678"))).path("status").asText()).isEqualTo("HELD");
        await().atMost(EVENTUALLY).until(() -> "UNIT_HELD".equals(consultant.get(deal).body().path("status").asText()));

        receipts.add(pay(dealId, Map.of("purpose", "FORMAL_DEPOSIT", "amount", "40000.00", "method", "TRANSFER",
                "downPaymentDueDate", today().plusDays(30).toString()), "bj.control"));
        await().atMost(EVENTUALLY).until(() -> "RESERVED".equals(unitStatus(unitId)));

        BigDecimal price = new BigDecimal(consultant.get(deal).body().path("price").asText());
        BigDecimal downPayment = price.multiply(new BigDecimal("0.30")).setScale(0, RoundingMode.CEILING)
                .subtract(new BigDecimal("50000")).setScale(2, RoundingMode.UNNECESSARY);
        ok(consultant.call("POST", deal + "/subscription", Map.of("financing", "COMMERCIAL_LOAN",
                "downPaymentAmount", downPayment.toPlainString(), "buyerIdNumber", "330106198801012345")));
        Answer unapproved = consultant.call("POST", deal + "/subscription/sign", Map.of("signer", "BUYER"));
        assertThat(unapproved.status()).isEqualTo(409);
        assertThat(unapproved.body().path("rule").asText()).isEqualTo("DEAL-4");
        assertThat(consultant.call("POST", deal + "/subscription/approve", null).status()).isEqualTo(403);
        ok(as("bj.pm").call("POST", deal + "/subscription/approve", null));
        Answer noCopy = consultant.call("POST", deal + "/subscription/sign", Map.of("signer", "BUYER"));
        assertThat(noCopy.status()).as("DEAL-4: no ID copy uploaded yet").isEqualTo(409);
        assertThat(noCopy.body().path("rule").asText()).isEqualTo("DEAL-4");
        Answer idCopy = consultant.upload(deal + "/files", "ID_COPY", "id-card.pdf", "application/pdf",
                "%PDF-1.4\n% the buyer's ID card\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        assertThat(idCopy.status()).as(idCopy.body().toString()).isEqualTo(201);
        ok(consultant.call("POST", deal + "/subscription/sign", Map.of("signer", "BUYER", "idCopyFileId",
                idCopy.body().path("fileId").asText())));

        receipts.add(pay(dealId, Map.of("purpose", "DOWN_PAYMENT", "amount", downPayment.toPlainString(),
                "method", "TRANSFER", "reference", "E2E-TRANSFER-1"), "bj.pm"));
        Answer noCheck = consultant.call("POST", deal + "/contract", Map.of("contractNumber", "HT-E2E-1"));
        assertThat(noCheck.status()).isEqualTo(409);
        assertThat(noCheck.body().path("rule").asText()).isEqualTo("DEAL-5");
        ok(consultant.call("POST", deal + "/eligibility", Map.of("passed", true, "basis", "沪籍, 名下无房")));
        ok(consultant.call("POST", deal + "/contract", Map.of("contractNumber", "HT-E2E-1")));
        await().atMost(EVENTUALLY).until(() -> "CONTRACTED".equals(unitStatus(unitId)));

        ok(consultant.call("POST", deal + "/mortgage/appointment", Map.of("bank", "建设银行滨江支行", "place",
                "滨江区江南大道 88 号", "at", Instant.now().plus(Duration.ofDays(10)).toString(),
                "documents", List.of("身份证", "户口本", "收入证明"))));
        for (String step : List.of("DOCUMENTS_RECEIVED", "APPROVED", "FUNDS_DISBURSED")) {
            ok(as("bj.finance").call("POST", deal + "/mortgage/progress", Map.of("loan", "COMMERCIAL", "step", step,
                    "on", today().toString())));
        }
        JsonNode handedOver = ok(consultant.call("POST", deal + "/handover", null));

        assertThat(handedOver.path("status").asText()).isEqualTo("HANDED_OVER");
        assertThat(receipts).allMatch(number -> number.startsWith("BJ-" + today().getYear() + "-")).doesNotHaveDuplicates();
        JsonNode formal = ok(as("bj.finance").get("/api/deals/receipts/" + receipts.get(1)));
        assertThat(formal.path("amountInWords").asText()).isEqualTo("伍万元整");
        assertThat(formal.path("status").asText()).isEqualTo("RECLAIMED");
        assertThat(formal.path("confirmedBy").asText()).isEqualTo(as("bj.control").userId());
        JsonNode timeline = ok(as("bj.pm").get(deal + "/timeline")).path("entries");
        assertThat(timeline.findValuesAsText("step")).containsSubsequence("DEAL_OPENED", "TEMPORARY_DEPOSIT_RECEIVED",
                "UNIT_HELD", "FORMAL_DEPOSIT_RECEIVED", "SUBSCRIPTION_APPROVED", "SUBSCRIPTION_SIGNED",
                "DOWN_PAYMENT_RECEIVED", "ELIGIBILITY_CHECKED", "CONTRACT_SIGNED", "MORTGAGE_COMPLETED", "HANDED_OVER");
        assertThat(as("bj.consultant2").get(deal).status()).as("a colleague does not see the deal").isEqualTo(404);
        assertThat(as("hq.director").get(deal).status()).as("head office reads it").isEqualTo(200);
    }

    @Test
    @DisplayName("DEAL-8: cancelled by the PM after the formal deposit, the unit is AVAILABLE again in inventory, the receipt voided, the refund recorded")
    void cancellationAfterTheFormalDeposit() {
        String unitId = E2E.buildingId() + "-1204";
        String dealId = heldDeal(unitId, "李女士", "13900001111");
        String receipt = pay(dealId, deposit(), "bj.pm");
        await().atMost(EVENTUALLY).until(() -> "RESERVED".equals(unitStatus(unitId)));

        assertThat(as("bj.finance").call("POST", "/api/deals/" + dealId + "/cancel", Map.of("reason",
                "the buyer withdrew", "refundMethod", "TRANSFER")).status()).isEqualTo(403);
        JsonNode cancelled = ok(as("bj.pm").call("POST", "/api/deals/" + dealId + "/cancel", Map.of("reason",
                "the buyer withdrew", "refundMethod", "TRANSFER")));

        assertThat(cancelled.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("cancellation").path("voidedReceipts").get(0).asText()).isEqualTo(receipt);
        JsonNode refund = cancelled.path("cancellation").path("refunds").get(0);
        assertThat(new BigDecimal(refund.path("refunded").asText())).isEqualByComparingTo("50000.00");
        assertThat(refund.path("method").asText()).isEqualTo("TRANSFER");
        await().atMost(EVENTUALLY).until(() -> "AVAILABLE".equals(unitStatus(unitId)));
        assertThat(ok(as("bj.finance").get("/api/deals/receipts/" + receipt)).path("status").asText()).isEqualTo("VOIDED");
        assertThat(ok(as("bj.pm").call("POST", "/api/deals/" + dealId + "/cancel", Map.of("reason", "again",
                "refundMethod", "TRANSFER"))).path("cancellation").path("reason").asText())
                .as("cancelled again: nothing changes").isEqualTo("the buyer withdrew");
    }
}
