package com.anchang.transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.inventory.DiscountApproved;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.transaction.ChequeBounced;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentDueDateSet;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.EligibilityChecked;
import com.anchang.events.transaction.HandedOver;
import com.anchang.events.transaction.MortgageAppointmentSet;
import com.anchang.events.transaction.MortgageCompleted;
import com.anchang.events.transaction.ReceiptIssued;
import com.anchang.events.transaction.ReceiptReclaimed;
import com.anchang.events.transaction.ReceiptVoided;
import com.anchang.events.transaction.SubscriptionApproved;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.events.transaction.TemporaryDepositReceived;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deal carried through the whole pipeline over HTTP, on the real broker and the in-process store:
 * every step a command answered with the deal, every step's event on the transaction topic, the
 * timeline, the receipts by number, a cancellation, retries with the same request id.
 */
@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class DealPipelineIT extends FakeInventory {

    static final JsonMapper JSON = new JsonMapper();
    static final String DEVELOPER = "dev-1";
    static final String OFFICE = "office-9";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-9", DEVELOPER).at(OFFICE, "CONSULTANT");
    static final TestTokens.Staff COLLEAGUE = TestTokens.staff("c-10", DEVELOPER).at(OFFICE, "CONSULTANT");
    static final TestTokens.Staff FINANCE = TestTokens.staff("u-finance-9", DEVELOPER).at(OFFICE, "FINANCE");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-9", DEVELOPER).at(OFFICE, "PM");
    static final TestTokens.Staff HEAD_OFFICE = TestTokens.staff("u-hq-9", DEVELOPER).withRoles("HEAD_OFFICE");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    MongoTemplate mongo;

    @Autowired
    CircuitBreakerRegistry breakers;

    @BeforeEach
    void freshDownstream() {
        INVENTORY.resetAll();
        breakers.find("inventory-service").ifPresent(CircuitBreaker::reset);
    }

    TestHttp as(TestTokens.Staff staff) {
        return server.as(staff.token());
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    /** A deal on a fresh unit of office-9 at 3,200,000, opened by the consultant. */
    String openDeal(String unitId) {
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/" + unitId)).willReturn(okJson(JSON.writeValueAsString(
                Map.of("unitId", unitId, "officeId", OFFICE, "code", "9-" + unitId, "status", "AVAILABLE",
                        "listPrice", 3200000.00)))));
        Answer opened = as(CONSULTANT).call("POST", "/api/deals", Map.of("officeId", OFFICE, "unitId", unitId,
                "leadId", "lead-9", "buyerName", "王先生", "buyerMobile", "13812345678", "buyerChannel", "WECHAT"));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        return opened.text("dealId");
    }

    void held(String dealId, String unitId) {
        Instant now = Instant.now();
        TestEvents.publish(kafka, Topics.INVENTORY, unitId, OFFICE, UUID.randomUUID().toString(), new UnitHeld(unitId,
                DEVELOPER, OFFICE, "bld-9", "9-" + unitId, dealId, "c-9", "王先生 138****5678", new BigDecimal("3200000.00"),
                now, now.plus(Duration.ofHours(48))));
        await().until(() -> "UNIT_HELD".equals(deal(dealId).get("status")));
    }

    Map<String, Object> deal(String dealId) {
        return as(PM).get("/api/deals/" + dealId).map();
    }

    Answer step(TestTokens.Staff staff, String dealId, String path, Object body) {
        return as(staff).call("POST", "/api/deals/" + dealId + path, body);
    }

    Answer step(TestTokens.Staff staff, String dealId, String path, Object body, String requestId) {
        return as(staff).call("POST", "/api/deals/" + dealId + path, body, Map.of("Idempotency-Key", requestId));
    }

    static Map<String, Object> money(String purpose, String amount, Object... more) {
        Map<String, Object> body = new HashMap<>(Map.of("purpose", purpose, "amount", amount, "method", "TRANSFER"));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** Finance enters the money, the PM confirms it: the receipt's number. */
    String pay(String dealId, Map<String, Object> body) {
        Answer entered = step(FINANCE, dealId, "/payments", body);
        assertThat(entered.status()).as(entered.text()).isEqualTo(200);
        String paymentId = (String) ((Map<String, Object>) entered.map().get("waitingPayment")).get("paymentId");
        Answer confirmed = step(PM, dealId, "/payments/" + paymentId + "/confirm", null);
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
        List<Map<String, Object>> receipts = (List<Map<String, Object>>) confirmed.map().get("receipts");
        return (String) receipts.getLast().get("number");
    }

    void ok(Answer answer, String status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.map()).containsEntry("status", status);
    }

    /** The deal taken to DEPOSIT_RECEIVED with a temporary and a formal deposit; the formal receipt's number. */
    String deposited(String dealId, String unitId) {
        pay(dealId, money("TEMPORARY_DEPOSIT", "10000.00", "method", "CASH"));
        held(dealId, unitId);
        return pay(dealId, money("FORMAL_DEPOSIT", "40000.00", "downPaymentDueDate", today().plusDays(30).toString()));
    }

    @Test
    @DisplayName("the whole pipeline over HTTP: temporary and formal deposit (two people each) → subscription reviewed and signed → down payment → eligibility → contract → mortgage → handover; each step's event published, every step on the timeline")
    void wholePipeline() {
        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            String dealId = openDeal("unit-p-0101");
            String temporary = pay(dealId, money("TEMPORARY_DEPOSIT", "10000.00", "method", "CASH"));
            assertThat(deal(dealId)).containsEntry("status", "TEMPORARY_DEPOSIT_RECEIVED");
            held(dealId, "unit-p-0101");
            String formal = pay(dealId, money("FORMAL_DEPOSIT", "40000.00", "downPaymentDueDate",
                    today().plusDays(30).toString()));
            assertThat(formal).isNotEqualTo(temporary);

            ok(step(CONSULTANT, dealId, "/subscription", Map.of("financing", "COMMERCIAL_LOAN", "downPaymentAmount",
                    "910000.00", "buyerIdNumber", "330106198801012345")), "SUBSCRIPTION_DRAFTED");
            Answer earlySigning = step(CONSULTANT, dealId, "/subscription/sign", Map.of("signer", "BUYER"));
            assertThat(earlySigning.status()).isEqualTo(409);
            assertThat(earlySigning.map()).containsEntry("rule", "DEAL-4");
            ok(step(PM, dealId, "/subscription/approve", null), "SUBSCRIPTION_APPROVED");
            Answer noCopy = step(CONSULTANT, dealId, "/subscription/sign", Map.of("signer", "BUYER"));
            assertThat(noCopy.status()).as("DEAL-4: no ID copy uploaded").isEqualTo(409);
            assertThat(noCopy.map()).containsEntry("rule", "DEAL-4");
            Answer copy = as(CONSULTANT).call("POST", "/api/deals/" + dealId + "/files", DealFileForms.form("ID_COPY",
                    "id.pdf", "application/pdf", DealFileForms.pdf("the buyer's ID card")));
            assertThat(copy.status()).as(copy.text()).isEqualTo(201);
            ok(step(CONSULTANT, dealId, "/subscription/sign", Map.of("signer", "BUYER", "idCopyFileId",
                    copy.text("fileId"))), "SUBSCRIPTION_SIGNED");
            ok(step(PM, dealId, "/down-payment-due-date", Map.of("dueDate", today().plusDays(35).toString(),
                    "reason", "the buyer's bank transfer limit")), "SUBSCRIPTION_SIGNED");
            String down = pay(dealId, money("DOWN_PAYMENT", "910000.00"));
            Answer noCheck = step(CONSULTANT, dealId, "/contract", Map.of("contractNumber", "HT-9"));
            assertThat(noCheck.status()).isEqualTo(409);
            assertThat(noCheck.map()).containsEntry("rule", "DEAL-5");
            ok(step(CONSULTANT, dealId, "/eligibility", Map.of("passed", true, "basis", "沪籍, 名下无房")),
                    "ELIGIBILITY_CHECKED");
            ok(step(CONSULTANT, dealId, "/contract", Map.of("contractNumber", "HT-9")), "CONTRACT_SIGNED");
            Instant appointment = Instant.now().plus(Duration.ofDays(10));
            ok(step(CONSULTANT, dealId, "/mortgage/appointment", Map.of("bank", "建设银行滨江支行", "place", "江南大道 88 号",
                    "at", appointment.toString(), "documents", List.of("身份证", "收入证明"))), "MORTGAGE_APPOINTED");
            for (String milestone : List.of("DOCUMENTS_RECEIVED", "APPROVED")) {
                ok(step(FINANCE, dealId, "/mortgage/progress", Map.of("loan", "COMMERCIAL", "step", milestone,
                        "on", today().toString())), "MORTGAGE_APPOINTED");
            }
            ok(step(FINANCE, dealId, "/mortgage/progress", Map.of("loan", "COMMERCIAL", "step", "FUNDS_DISBURSED",
                    "on", today().toString())), "MORTGAGE_COMPLETED");
            ok(step(CONSULTANT, dealId, "/handover", null), "HANDED_OVER");

            Map<String, Object> done = deal(dealId);
            assertThat(done).containsEntry("buyerMobile", "138****5678").containsEntry("buyerChannel", "WECHAT");
            assertThat(new BigDecimal(done.get("paid").toString())).isEqualByComparingTo("960000.00");
            assertThat((Map<String, Object>) done.get("subscription")).containsEntry("buyerIdNumber", "330***********2345")
                    .containsEntry("status", "RECLAIMED");
            assertThat((List<Map<String, Object>>) done.get("receipts")).extracting(r -> r.get("number") + " " + r.get("status"))
                    .containsExactly(temporary + " RECLAIMED", formal + " RECLAIMED", down + " ISSUED");

            Answer timeline = as(CONSULTANT).get("/api/deals/" + dealId + "/timeline");
            assertThat(timeline.status()).isEqualTo(200);
            assertThat((List<Map<String, Object>>) timeline.map().get("entries")).extracting(e -> e.get("step"))
                    .containsSubsequence("DEAL_OPENED", "TEMPORARY_DEPOSIT_RECEIVED", "UNIT_HELD",
                            "FORMAL_DEPOSIT_RECEIVED", "RECEIPT_RECLAIMED", "SUBSCRIPTION_DRAFTED", "SUBSCRIPTION_APPROVED",
                            "SUBSCRIPTION_SIGNED", "DOWN_PAYMENT_RESCHEDULED", "DOWN_PAYMENT_RECEIVED",
                            "ELIGIBILITY_CHECKED", "CONTRACT_SIGNED", "SUBSCRIPTION_RECLAIMED", "MORTGAGE_APPOINTMENT_SET",
                            "MORTGAGE_COMPLETED", "HANDED_OVER");

            Answer receipt = as(FINANCE).get("/api/deals/receipts/" + formal);
            assertThat(receipt.status()).isEqualTo(200);
            assertThat(receipt.map()).containsEntry("amountInWords", "伍万元整").containsEntry("purposePrinted", "正式定金")
                    .containsEntry("replaces", temporary).containsEntry("receivedBy", "u-finance-9")
                    .containsEntry("confirmedBy", "u-pm-9").containsEntry("status", "RECLAIMED");
            assertThat(as(COLLEAGUE).get("/api/deals/receipts/" + formal).status())
                    .as("a colleague consultant does not see another's deal, nor its receipts").isEqualTo(404);

            List<String> types = List.of(TemporaryDepositReceived.TYPE, DepositReceived.TYPE, DownPaymentDueDateSet.TYPE,
                    SubscriptionApproved.TYPE, SubscriptionSigned.TYPE, DownPaymentReceived.TYPE, EligibilityChecked.TYPE,
                    ContractSigned.TYPE, MortgageAppointmentSet.TYPE, MortgageCompleted.TYPE, HandedOver.TYPE,
                    ReceiptIssued.TYPE, ReceiptReclaimed.TYPE);
            List<ConsumerRecord<String, String>> records = capture.awaitRecords(r -> dealId.equals(r.key())
                    && HandedOver.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)));
            assertThat(records).isNotEmpty();
            await().untilAsserted(() -> assertThat(capture.ofType(ReceiptReclaimed.TYPE)).isNotEmpty());
            for (String type : types) {
                assertThat(capture.ofType(type)).as(type).anyMatch(r -> dealId.equals(r.key()));
            }
            ContractSigned signed = EventJson.read(capture.ofType(ContractSigned.TYPE).stream()
                    .filter(r -> dealId.equals(r.key())).findFirst().orElseThrow().value(), ContractSigned.class);
            assertThat(signed.dealPrice()).isEqualByComparingTo("3200000.00");
            assertThat(signed.consultantId()).isEqualTo("c-9");
            assertThat(signed.leadId()).isEqualTo("lead-9");
            assertThat(signed.buyerIdNumber()).isEqualTo("330106198801012345");
            MortgageAppointmentSet set = EventJson.read(capture.ofType(MortgageAppointmentSet.TYPE).stream()
                    .filter(r -> dealId.equals(r.key())).findFirst().orElseThrow().value(), MortgageAppointmentSet.class);
            assertThat(set.buyerChannel()).isEqualTo("WECHAT");
            assertThat(set.documents()).containsExactly("身份证", "收入证明");
        }
    }

    @Test
    @DisplayName("DEAL-8: a cancellation after the formal deposit voids the open receipts, records the refunds and publishes transaction.deal-cancelled with them; repeated, it changes nothing")
    void cancellationAfterTheFormalDeposit() {
        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            String dealId = openDeal("unit-p-0202");
            String formal = deposited(dealId, "unit-p-0202");
            Answer byFinance = step(FINANCE, dealId, "/cancel", Map.of("reason", "the buyer withdrew",
                    "refundMethod", "TRANSFER"));
            assertThat(byFinance.status()).isEqualTo(403);

            Answer cancelled = step(PM, dealId, "/cancel", Map.of("reason", "the buyer withdrew", "refundMethod",
                    "TRANSFER"));
            Answer again = step(PM, dealId, "/cancel", Map.of("reason", "the buyer withdrew", "refundMethod", "TRANSFER"));

            ok(cancelled, "CANCELLED");
            ok(again, "CANCELLED");
            Map<String, Object> cancellation = (Map<String, Object>) cancelled.map().get("cancellation");
            assertThat(cancellation).containsEntry("cancelledBy", "u-pm-9").containsEntry("voidedReceipts", List.of(formal));
            assertThat((List<Map<String, Object>>) cancellation.get("refunds")).hasSize(2);
            ConsumerRecord<String, String> record = capture.awaitRecords(r -> dealId.equals(r.key())
                    && DealCancelled.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst();
            DealCancelled event = EventJson.read(record.value(), DealCancelled.class);
            assertThat(event.unitId()).isEqualTo("unit-p-0202");
            assertThat(event.cancelledAtStatus()).isEqualTo("DEPOSIT_RECEIVED");
            assertThat(event.voidedReceipts()).containsExactly(formal);
            assertThat(event.refunds()).extracting(DealCancelled.Refund::refunded)
                    .allSatisfy(amount -> assertThat(amount).isPositive());
            await().untilAsserted(() -> assertThat(capture.ofType(ReceiptVoided.TYPE)).anyMatch(r -> dealId.equals(r.key())));
            assertThat(capture.ofType(DealCancelled.TYPE)).filteredOn(r -> dealId.equals(r.key())).hasSize(1);
            Answer afterwards = step(FINANCE, dealId, "/payments", money("DOWN_PAYMENT", "1000.00"));
            assertThat(afterwards.status()).isEqualTo(409);
            assertThat(afterwards.map()).containsEntry("rule", "DEAL-8");
        }
    }

    @Test
    @DisplayName("a client's retry with the same Idempotency-Key has one effect: one deal, one payment, one receipt, one event")
    void retriesHaveOneEffect() {
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/unit-p-0303")).willReturn(okJson(JSON.writeValueAsString(
                Map.of("unitId", "unit-p-0303", "officeId", OFFICE, "code", "9-0303", "status", "AVAILABLE",
                        "listPrice", 3200000.00)))));
        Map<String, Object> open = Map.of("officeId", OFFICE, "unitId", "unit-p-0303", "leadId", "lead-9",
                "buyerName", "王先生", "buyerMobile", "13812345678");
        String key = UUID.randomUUID().toString();
        Answer first = as(CONSULTANT).call("POST", "/api/deals", open, Map.of("Idempotency-Key", key));
        Answer retry = as(CONSULTANT).call("POST", "/api/deals", open, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        String dealId = first.text("dealId");
        assertThat(retry.text("dealId")).isEqualTo(dealId);
        assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("unitId").is("unit-p-0303")), "deals")).isOne();
        held(dealId, "unit-p-0303");

        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            Map<String, Object> deposit = money("FORMAL_DEPOSIT", "50000.00", "downPaymentDueDate",
                    today().plusDays(30).toString());
            String entry = UUID.randomUUID().toString();
            Answer entered = step(FINANCE, dealId, "/payments", deposit, entry);
            Answer enteredAgain = step(FINANCE, dealId, "/payments", deposit, entry);
            assertThat(entered.status()).isEqualTo(200);
            assertThat(enteredAgain.status()).isEqualTo(200);
            assertThat((List<?>) enteredAgain.map().get("payments")).hasSize(1);
            String paymentId = (String) ((Map<String, Object>) entered.map().get("waitingPayment")).get("paymentId");

            String confirm = UUID.randomUUID().toString();
            Answer confirmed = step(PM, dealId, "/payments/" + paymentId + "/confirm", null, confirm);
            Answer confirmedAgain = step(PM, dealId, "/payments/" + paymentId + "/confirm", null, confirm);
            ok(confirmed, "DEPOSIT_RECEIVED");
            ok(confirmedAgain, "DEPOSIT_RECEIVED");
            assertThat((List<?>) confirmedAgain.map().get("receipts")).hasSize(1);
            Answer reused = step(PM, dealId, "/cancel", Map.of("reason", "x", "refundMethod", "CASH"), confirm);
            assertThat(reused.status()).isEqualTo(400);
            assertThat(reused.map()).containsEntry("field", "Idempotency-Key");

            capture.awaitRecords(r -> dealId.equals(r.key())
                    && DepositReceived.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE)));
            assertThat(capture.ofType(DepositReceived.TYPE)).filteredOn(r -> dealId.equals(r.key())).hasSize(1);
            assertThat(capture.ofType(ReceiptIssued.TYPE)).filteredOn(r -> dealId.equals(r.key())).hasSize(1);
        }
    }

    @Test
    @DisplayName("DEAL-2: a bounced cheque voids its receipt (transaction.cheque-bounced, receipt-voided) and the payment is due again; paid again, the deal goes on")
    void bouncedCheque() {
        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            String dealId = openDeal("unit-p-0404");
            held(dealId, "unit-p-0404");
            String cheque = pay(dealId, money("FORMAL_DEPOSIT", "50000.00", "method", "CHEQUE", "chequeNumber", "10250001",
                    "downPaymentDueDate", today().plusDays(30).toString()));
            Map<String, Object> receipt = as(FINANCE).get("/api/deals/receipts/" + cheque).map();
            assertThat(receipt).containsEntry("condition", "支票到账后本收据有效").containsEntry("valid", false);
            String paymentId = (String) receipt.get("paymentId");

            ok(step(FINANCE, dealId, "/payments/" + paymentId + "/cheque", Map.of("outcome", "BOUNCED", "note",
                    "存款不足")), "DEPOSIT_RECEIVED");

            assertThat(as(FINANCE).get("/api/deals/receipts/" + cheque).map()).containsEntry("status", "VOIDED");
            assertThat(as(PM).get("/api/deals/" + dealId + "/next").map().toString()).contains("PAY_AGAIN");
            String again = pay(dealId, money("FORMAL_DEPOSIT", "50000.00"));
            assertThat(again).isNotEqualTo(cheque);
            ChequeBounced bounced = EventJson.read(capture.awaitRecords(r -> dealId.equals(r.key())
                    && ChequeBounced.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst().value(),
                    ChequeBounced.class);
            assertThat(bounced.chequeNumber()).isEqualTo("10250001");
            assertThat(bounced.voidedReceiptNumber()).isEqualTo(cheque);
        }
    }

    @Test
    @DisplayName("UNIT-4: the PM's approved discount (inventory.discount-approved) sets the deal's price: the list price less the discount")
    void discountSetsThePrice() {
        String dealId = openDeal("unit-p-0505");
        held(dealId, "unit-p-0505");
        Instant now = Instant.now();
        TestEvents.publish(kafka, Topics.INVENTORY, "unit-p-0505", OFFICE, UUID.randomUUID().toString(),
                new DiscountApproved("unit-p-0505", DEVELOPER, OFFICE, "9-0505", dealId, new BigDecimal("3200000.00"),
                        new BigDecimal("100000.00"), new BigDecimal("3100000.00"), "c-9", now, "pays in full", "u-pm-9",
                        now, "ok"));

        await().until(() -> new BigDecimal(deal(dealId).get("price").toString()).compareTo(new BigDecimal("3100000")) == 0);
        assertThat(new BigDecimal(deal(dealId).get("listPrice").toString())).isEqualByComparingTo("3200000.00");
        Document stored = mongo.getCollection("deals").find(new Document("_id", dealId)).first();
        assertThat(stored.getList("appliedEventIds", String.class)).hasSize(2);
    }

    @Test
    @DisplayName("an office's deals by status and consultant: a consultant lists only their own, naming a colleague is 403; the PM and head office list the office's")
    void officeDeals() {
        String mine = openDeal("unit-p-0606");
        Answer own = as(CONSULTANT).get("/api/deals?officeId=" + OFFICE + "&status=OPENED");
        Answer colleague = as(COLLEAGUE).get("/api/deals?officeId=" + OFFICE);
        Answer namingAnother = as(COLLEAGUE).get("/api/deals?officeId=" + OFFICE + "&consultantId=c-9");
        Answer pm = as(PM).get("/api/deals?officeId=" + OFFICE + "&consultantId=c-9");
        Answer headOffice = as(HEAD_OFFICE).get("/api/deals?officeId=" + OFFICE);

        assertThat((List<Map<String, Object>>) own.map().get("deals")).extracting(d -> d.get("dealId")).contains(mine);
        assertThat((List<Map<String, Object>>) own.map().get("deals")).allSatisfy(d ->
                assertThat(d).containsEntry("status", "OPENED").containsEntry("consultantId", "c-9"));
        assertThat((List<Map<String, Object>>) colleague.map().get("deals")).extracting(d -> d.get("dealId"))
                .doesNotContain(mine);
        assertThat(namingAnother.status()).isEqualTo(403);
        assertThat((List<Map<String, Object>>) pm.map().get("deals")).extracting(d -> d.get("dealId")).contains(mine);
        assertThat((List<Map<String, Object>>) headOffice.map().get("deals")).extracting(d -> d.get("dealId"))
                .contains(mine);
        assertThat(as(COLLEAGUE).get("/api/deals/" + mine).status()).as("a colleague's deal is unknown").isEqualTo(404);
    }

    @Test
    @DisplayName("bad input stores nothing: a negative amount, a cheque without its number (400 naming the field), the same person confirming (409 DEAL-1), a step out of order (409 naming the rule)")
    void badInputStoresNothing() {
        String dealId = openDeal("unit-p-0707");
        held(dealId, "unit-p-0707");
        Answer negative = step(FINANCE, dealId, "/payments", money("FORMAL_DEPOSIT", "-5.00", "downPaymentDueDate",
                today().plusDays(30).toString()));
        Answer noCheque = step(FINANCE, dealId, "/payments", money("FORMAL_DEPOSIT", "50000.00", "method", "CHEQUE",
                "downPaymentDueDate", today().plusDays(30).toString()));
        Answer pastDue = step(FINANCE, dealId, "/payments", money("FORMAL_DEPOSIT", "50000.00", "downPaymentDueDate",
                today().minusDays(1).toString()));
        Answer outOfOrder = step(CONSULTANT, dealId, "/subscription", Map.of("financing", "CASH", "downPaymentAmount",
                "3150000.00", "buyerIdNumber", "330106198801012345"));

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.map()).containsEntry("field", "amount");
        assertThat(noCheque.status()).isEqualTo(400);
        assertThat(noCheque.map()).containsEntry("field", "chequeNumber");
        assertThat(pastDue.status()).isEqualTo(400);
        assertThat(pastDue.map()).containsEntry("field", "downPaymentDueDate");
        assertThat(outOfOrder.status()).isEqualTo(409);
        assertThat(outOfOrder.map()).containsEntry("rule", "DEAL-4");
        Map<String, Object> stored = deal(dealId);
        assertThat((List<?>) stored.get("payments")).isEmpty();
        assertThat(stored).containsEntry("status", "UNIT_HELD").containsEntry("subscription", null);
    }
}
