package com.anchang.transaction;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Request;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.transaction.domain.ChangeOrder;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFile;
import com.anchang.transaction.domain.DealFileStore;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Escalation;
import com.anchang.transaction.domain.FileKind;
import com.anchang.transaction.domain.Payment;
import com.anchang.transaction.domain.PaymentDetails;
import com.anchang.transaction.domain.PaymentEntry;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceiptRegister;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of transaction-service's OpenAPI document, as every member of the cast: who may
 * open a deal (a consultant of the office, UNIT-2), read one (its own consultant, the office's sales
 * control, finance and PM, head office; a colleague consultant does not see it: 404), take each step
 * (money: finance or the PM enter it, any other staff member of the office confirms it, DEAL-1;
 * subscription: the deal's consultant or the PM draft and record signing, the PM approves, DEAL-4;
 * cancellation: the PM; withdrawal of a deal opened in error: its consultant or the PM, DEAL-8), and
 * that everyone else is answered 401, 403 or 404 (another office's, another developer's). Every
 * allowed cell takes its step on a deal of its own, made by the rules and stored as the service
 * stores it.
 */
@ServiceIntegrationTest
class TransactionAuthorizationMatrixIT extends FakeInventory {

    static final JsonMapper JSON = new JsonMapper();
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Who[] SEE_DEALS = {Who.OWNER_CONSULTANT, Who.SALES_CONTROL, Who.FINANCE, Who.PM, Who.HEAD_OFFICE};
    static final Who[] MONEY = {Who.FINANCE, Who.PM};
    static final Who[] DEAL_STAFF = {Who.OWNER_CONSULTANT, Who.PM};
    static final Who[] DEAL_STAFF_AND_FINANCE = {Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM};

    @Autowired
    TestHttp server;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DealRepository deals;
    @Autowired
    ReceiptRegister register;
    @Autowired
    DealPolicies policies;
    @Autowired
    DealFileStore files;

    /** Each member's token, made once, so that the fake inventory can insist on exactly the caller's. */
    final Map<Who, String> tokens = new EnumMap<>(Who.class);

    String bearer(Who who) {
        return tokens.computeIfAbsent(who, Who::bearer);
    }

    /** Sales control says this unit of the home office is AVAILABLE, but only to a request with this token. */
    static void salesControlSaysAvailable(String unitId, String token) {
        INVENTORY.stubFor(get(urlEqualTo("/api/inventory/units/" + unitId))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .willReturn(okJson(JSON.writeValueAsString(Map.of("unitId", unitId,
                        "officeId", AuthorizationMatrix.HOME_OFFICE, "code", "9-" + unitId, "status", "AVAILABLE")))));
    }

    static Map<String, Object> openRequest(String unitId) {
        return Map.of("officeId", AuthorizationMatrix.HOME_OFFICE, "unitId", unitId, "leadId", "lead-matrix",
                "buyerName", "赵女士", "buyerMobile", "13912345678");
    }

    DealFixtures fixtures() {
        return new DealFixtures(AuthorizationMatrix.HOME_DEVELOPER, AuthorizationMatrix.HOME_OFFICE,
                AuthorizationMatrix.OWNER, register, policies.forOffice(AuthorizationMatrix.HOME_OFFICE), Instant.now());
    }

    /** A deal of the home office's owner at this status, made by the rules and stored: its id. */
    String dealAt(DealStatus status) {
        Deal deal = fixtures().at(status);
        assertThat(deals.insert(deal, List.of())).isTrue();
        return deal.id();
    }

    /** A fresh deal per member, made when the matrix asks for that member's request. */
    Function<Who, String> fresh(Function<DealFixtures, Deal> make) {
        Map<Who, String> made = new EnumMap<>(Who.class);
        return who -> made.computeIfAbsent(who, w -> {
            Deal deal = make.apply(fixtures());
            assertThat(deals.insert(deal, List.of())).isTrue();
            return deal.id();
        });
    }

    /** DEAL-4: the buyer's ID copy, kept for the deal as an upload keeps it, so the signing can name it. */
    String idCopyOf(String dealId) {
        Deal deal = deals.find(dealId).orElseThrow();
        DealFile copy = DealFixtures.file(deal, "id-copy-" + dealId, FileKind.ID_COPY);
        files.insertIfAbsent(copy, DealFileForms.pdf("ID copy"));
        return copy.id();
    }

    static final Deal.ChangeRequest PRICE_CHANGE = new Deal.ChangeRequest(ChangeOrder.Kind.PRICE_CHANGE,
            "year-end discount", null, new BigDecimal("3100000"), null, null);

    /** A decision on the deal's one change order (DEAL-9). */
    Request change(String dealId, String decision) {
        String orderId = deals.find(dealId).orElseThrow().changeOrders().getFirst().id();
        return Request.post("/api/deals/" + dealId + "/change-orders/" + orderId + "/" + decision,
                Map.of("note", "decided"));
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    @Test
    @DisplayName("authorization matrix (UNIT-2, DEAL-1, DEAL-2, DEAL-4, DEAL-7, DEAL-8, office isolation): every operation of the deal pipeline and the deal's files as every member of the cast")
    void everyOperationAsEveryone() {
        INVENTORY.resetAll();
        for (Who who : Who.values()) {
            if (who.insider()) {
                salesControlSaysAvailable("m-open-" + who.name().toLowerCase(), bearer(who));
            }
        }
        String readable = dealAt(DealStatus.CONTRACT_SIGNED);
        String receipt = deals.find(readable).orElseThrow().receipts().getLast().number();
        Function<Who, String> held = fresh(DealFixtures::held);
        Function<Who, String> waiting = fresh(f -> {
            Deal deal = f.held();
            deal.enterPayment(f.transfer(PaymentPurpose.FORMAL_DEPOSIT, "50000"), DealFixtures.FINANCE, f.tick(),
                    f.policy());
            return deal;
        });
        Function<Who, String> cheque = fresh(f -> {
            Deal deal = f.held();
            f.pay(deal, new PaymentEntry(PaymentPurpose.FORMAL_DEPOSIT, new BigDecimal("50000"), PaymentMethod.CHEQUE,
                    new PaymentDetails(null, "10250001", null, null, null, null, null), null, f.due()));
            return deal;
        });
        Function<Who, String> deposited = fresh(f -> f.at(DealStatus.DEPOSIT_RECEIVED));
        Function<Who, String> signed = fresh(f -> f.at(DealStatus.SUBSCRIPTION_SIGNED));
        Function<Who, String> cancellable = fresh(f -> f.at(DealStatus.DEPOSIT_RECEIVED));
        Function<Who, String> openedInError = fresh(DealFixtures::opened);
        Function<Who, String> drafted = fresh(f -> f.at(DealStatus.SUBSCRIPTION_DRAFTED));
        Function<Who, String> approved = fresh(f -> f.at(DealStatus.SUBSCRIPTION_APPROVED));
        Function<Who, String> paidDown = fresh(f -> f.at(DealStatus.DOWN_PAYMENT_RECEIVED));
        Function<Who, String> eligible = fresh(f -> f.at(DealStatus.ELIGIBILITY_CHECKED));
        Function<Who, String> contracted = fresh(f -> f.at(DealStatus.CONTRACT_SIGNED));
        Function<Who, String> appointed = fresh(f -> f.at(DealStatus.MORTGAGE_APPOINTED));
        Function<Who, String> completed = fresh(f -> f.at(DealStatus.MORTGAGE_COMPLETED));
        Function<Who, String> escalated = fresh(f -> {
            Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);
            deal.buyerNotReached(Escalation.Kind.BUYER_UNREACHABLE, "rem-matrix", "no channel reached the buyer",
                    f.tick());
            return deal;
        });
        String onTheList = escalated.apply(Who.PM);
        String onTheWaitingList = fresh(f -> {
            Deal deal = f.held();
            deal.enterPayment(f.transfer(PaymentPurpose.FORMAL_DEPOSIT, "50000"), DealFixtures.FINANCE, f.tick(),
                    f.policy());
            return deal;
        }).apply(Who.PM);
        Function<Who, String> changeable = fresh(f -> f.at(DealStatus.SUBSCRIPTION_SIGNED));
        Function<Who, String> changeWaiting = fresh(f -> {
            Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);
            deal.requestChange(PRICE_CHANGE, DealFixtures.CONSULTANT, f.tick());
            return deal;
        });
        Function<Who, String> changeToReject = fresh(f -> {
            Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);
            deal.requestChange(PRICE_CHANGE, DealFixtures.CONSULTANT, f.tick());
            return deal;
        });
        Function<Who, String> changeApplied = fresh(f -> {
            Deal deal = f.at(DealStatus.SUBSCRIPTION_SIGNED);
            ChangeOrder order = deal.requestChange(PRICE_CHANGE, DealFixtures.CONSULTANT, f.tick());
            deal.approveChange(order.id(), "approved", null, null, null, List.of(), DealFixtures.PM, f.tick(),
                    f.policy());
            return deal;
        });
        // a deal whose down payment fell due nine days ago, unpaid: its overdue notice prints (DEAL-7)
        Deal late = new DealFixtures(AuthorizationMatrix.HOME_DEVELOPER, AuthorizationMatrix.HOME_OFFICE,
                AuthorizationMatrix.OWNER, register, policies.forOffice(AuthorizationMatrix.HOME_OFFICE),
                Instant.now().minus(Duration.ofDays(40))).at(DealStatus.SUBSCRIPTION_SIGNED);
        assertThat(deals.insert(late, List.of())).isTrue();

        // a deal of the owner with one file, kept by the owner (the deal's consultant)
        String filesDeal = dealAt(DealStatus.OPENED);
        Answer kept = server.as(bearer(Who.OWNER_CONSULTANT)).call("POST", "/api/deals/" + filesDeal + "/files",
                DealFileForms.form("ID_COPY", "id.pdf", "application/pdf", DealFileForms.pdf("ID copy")));
        assertThat(kept.status()).as(kept.text()).isEqualTo(201);
        String file = "/api/deals/" + filesDeal + "/files/" + kept.text("fileId");
        Map<String, Object> formalDeposit = Map.of("purpose", "FORMAL_DEPOSIT", "amount", "50000.00", "method", "CARD",
                "downPaymentDueDate", today().plusDays(30).toString());
        String appointmentAt = Instant.now().plus(Duration.ofDays(12)).toString();

        int cells = new AuthorizationMatrix(server, this::bearer)
                .row("POST /api/deals", who -> Request.post("/api/deals", openRequest("m-open-" + who.name().toLowerCase())))
                    .allows(201, Who.OWNER_CONSULTANT)
                    .expects(Who.COLLEAGUE_CONSULTANT, 201, answer -> assertThat(answer.map())
                            .containsEntry("consultantId", "u-colleague").containsEntry("status", "OPENED")
                            .containsEntry("developerId", AuthorizationMatrix.HOME_DEVELOPER))
                    // the request names the office; head office holds no role at any one office
                    .expects(Who.HEAD_OFFICE, 404, answer -> { })
                .and()
                .row("GET /api/deals", who -> Request.get("/api/deals?officeId=" + AuthorizationMatrix.HOME_OFFICE))
                    .allows(200, SEE_DEALS)
                    // a consultant lists their own deals only: the colleague's, none of the owner's
                    .expects(Who.COLLEAGUE_CONSULTANT, 200, answer -> assertThat(answer.map().get("deals"))
                            .asInstanceOf(InstanceOfAssertFactories.LIST).isNotEmpty().allSatisfy(deal -> assertThat(deal)
                                    .asInstanceOf(InstanceOfAssertFactories.MAP)
                                    .containsEntry("consultantId", "u-colleague")))
                    // another developer's head office: 404 office, the office active or idle (ADR 32)
                    .officeScoped(office -> Request.get("/api/deals?officeId=" + office))
                .and()
                .row("GET /api/deals/{dealId}", who -> Request.get("/api/deals/" + readable))
                    .allows(200, SEE_DEALS)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                    .expects(Who.SALES_CONTROL, 200, answer -> assertThat(answer.map())
                            .containsEntry("consultantId", AuthorizationMatrix.OWNER)
                            .containsEntry("buyerMobile", "138****5678"))
                .and()
                .row("GET /api/deals/{dealId}/timeline", who -> Request.get("/api/deals/" + readable + "/timeline"))
                    .allows(200, SEE_DEALS)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("GET /api/deals/{dealId}/next", who -> Request.get("/api/deals/" + readable + "/next"))
                    .allows(200, SEE_DEALS)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("GET /api/deals/receipts/{number}", who -> Request.get("/api/deals/receipts/" + receipt))
                    .allows(200, SEE_DEALS)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                // DEAL-2, DEAL-4: the deal's paper as PDF, read like the deal
                .row("GET /api/deals/receipts/{number}/pdf", who -> Request.get("/api/deals/receipts/" + receipt + "/pdf"))
                    .allows(200, SEE_DEALS)
                    .expects(Who.FINANCE, 200, answer -> assertThat(answer.contentType()).isEqualTo("application/pdf"))
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("GET /api/deals/{dealId}/subscription/pdf", who -> Request.get("/api/deals/" + readable
                        + "/subscription/pdf"))
                    .allows(200, SEE_DEALS)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat(answer.contentType()).isEqualTo("application/pdf"))
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("GET /api/deals/{dealId}/schedule", who -> Request.get("/api/deals/" + late.id() + "/schedule"))
                    .allows(200, SEE_DEALS)
                    .expects(Who.FINANCE, 200, answer -> assertThat(answer.map().get("lines"))
                            .asInstanceOf(InstanceOfAssertFactories.LIST).anySatisfy(line -> assertThat(line)
                                    .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("item", "DOWN_PAYMENT")
                                    .containsEntry("state", "OVERDUE")))
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("GET /api/deals/{dealId}/overdue-notice/pdf", who -> Request.get("/api/deals/" + late.id()
                        + "/overdue-notice/pdf"))
                    .allows(200, SEE_DEALS)
                    .expects(Who.PM, 200, answer -> assertThat(answer.contentType()).isEqualTo("application/pdf"))
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/payments", who -> Request.post("/api/deals/" + held.apply(who)
                        + "/payments", formalDeposit))
                    .allows(200, MONEY)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                    .expects(Who.PM, 200, answer -> assertThat(answer.map())
                            .extractingByKey("waitingPayment").asInstanceOf(InstanceOfAssertFactories.MAP)
                            .containsEntry("enteredBy", "u-pm").containsEntry("status", "ENTERED"))
                .and()
                .row("POST /api/deals/{dealId}/payments/{paymentId}/confirm", who -> {
                    String dealId = waiting.apply(who);
                    String paymentId = deals.find(dealId).orElseThrow().waiting().map(Payment::id).orElse("none");
                    return Request.post("/api/deals/" + dealId + "/payments/" + paymentId + "/confirm", null);
                })
                    // any staff member of the office who sees the deal is the second person (DEAL-1)
                    .allows(200, Who.OWNER_CONSULTANT, Who.SALES_CONTROL, Who.FINANCE, Who.PM)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                    .expects(Who.HEAD_OFFICE, 409, answer -> assertThat(answer.map()).containsEntry("rule", "DEAL-1"))
                    .expects(Who.FINANCE, 200, answer -> assertThat(answer.map())
                            .containsEntry("status", "DEPOSIT_RECEIVED")
                            .extractingByKey("deposit").asInstanceOf(InstanceOfAssertFactories.MAP)
                            .containsEntry("receivedBy", "u-finance-1").containsEntry("witnessedBy", "u-finance"))
                .and()
                .row("POST /api/deals/{dealId}/payments/{paymentId}/cheque", who -> {
                    String dealId = cheque.apply(who);
                    String paymentId = deals.find(dealId).orElseThrow().payments().getFirst().id();
                    return Request.post("/api/deals/" + dealId + "/payments/" + paymentId + "/cheque",
                            Map.of("outcome", "CLEARED"));
                })
                    .allows(200, MONEY)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/subscription", who -> Request.post("/api/deals/" + deposited.apply(who)
                        + "/subscription", Map.of("financing", "COMMERCIAL_LOAN", "downPaymentAmount", "910000.00",
                        "buyerIdNumber", "330106198801012345")))
                    .allows(200, DEAL_STAFF)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/subscription/approve", who -> Request.post("/api/deals/"
                        + drafted.apply(who) + "/subscription/approve", null))
                    .allows(200, Who.PM)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/subscription/sign", who -> {
                    String dealId = approved.apply(who);
                    return Request.post("/api/deals/" + dealId + "/subscription/sign", Map.of("signer", "BUYER",
                            "idCopyFileId", idCopyOf(dealId)));
                })
                    .allows(200, DEAL_STAFF)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/down-payment-due-date", who -> Request.post("/api/deals/"
                        + signed.apply(who) + "/down-payment-due-date", Map.of("dueDate",
                        today().plusDays(45).toString(), "reason", "the buyer asked")))
                    .allows(200, MONEY)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/eligibility", who -> Request.post("/api/deals/" + paidDown.apply(who)
                        + "/eligibility", Map.of("passed", true, "basis", "名下无房")))
                    .allows(200, DEAL_STAFF_AND_FINANCE)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/contract", who -> Request.post("/api/deals/" + eligible.apply(who)
                        + "/contract", Map.of("contractNumber", "HT-M-1")))
                    .allows(200, DEAL_STAFF)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/mortgage/appointment", who -> Request.post("/api/deals/"
                        + contracted.apply(who) + "/mortgage/appointment", Map.of("bank", "建设银行", "place",
                        "江南大道 88 号", "at", appointmentAt, "documents", List.of("身份证"))))
                    .allows(200, DEAL_STAFF_AND_FINANCE)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/mortgage/progress", who -> Request.post("/api/deals/"
                        + appointed.apply(who) + "/mortgage/progress", Map.of("loan", "COMMERCIAL", "step",
                        "DOCUMENTS_RECEIVED", "on", today().toString())))
                    .allows(200, DEAL_STAFF_AND_FINANCE)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/handover", who -> Request.post("/api/deals/" + completed.apply(who)
                        + "/handover", null))
                    .allows(200, DEAL_STAFF)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                // DEAL-9: change orders, requested by the deal's consultant or the PM, decided and undone by the PM
                .row("POST /api/deals/{dealId}/change-orders", who -> Request.post("/api/deals/" + changeable.apply(who)
                        + "/change-orders", Map.of("kind", "PRICE_CHANGE", "reason", "year-end discount", "price",
                        "3100000.00")))
                    .allows(200, DEAL_STAFF)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/change-orders/{changeOrderId}/approve", who -> change(changeWaiting
                        .apply(who), "approve"))
                    .allows(200, Who.PM)
                    .expects(Who.PM, 200, answer -> assertThat(new BigDecimal(String.valueOf(answer.map().get("price"))))
                            .isEqualByComparingTo("3100000.00"))
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/change-orders/{changeOrderId}/reject", who -> change(changeToReject
                        .apply(who), "reject"))
                    .allows(200, Who.PM)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/change-orders/{changeOrderId}/undo", who -> change(changeApplied
                        .apply(who), "undo"))
                    .allows(200, Who.PM)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/cancel", who -> Request.post("/api/deals/" + cancellable.apply(who)
                        + "/cancel", Map.of("reason", "the buyer withdrew", "refundMethod", "TRANSFER")))
                    .allows(200, Who.PM)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("POST /api/deals/{dealId}/withdraw", who -> Request.post("/api/deals/" + openedInError.apply(who)
                        + "/withdraw", Map.of("reason", "锁定未成功")))
                    .allows(200, DEAL_STAFF)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                // DEAL-4: a deal's files, by the PM and finance of its office and its consultant only
                .row("POST /api/deals/{dealId}/files", who -> new Request("POST", "/api/deals/" + filesDeal + "/files",
                        DealFileForms.form("CHEQUE_IMAGE", "cheque.pdf", "application/pdf",
                                DealFileForms.pdf("cheque received by " + who))))
                    .allows(201, Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                // DEAL-7: the escalation list is read by the office's PM and finance (and head office), resolved by the PM
                .row("GET /api/deals/escalations", who -> Request.get("/api/deals/escalations?officeId="
                        + AuthorizationMatrix.HOME_OFFICE))
                    .allows(200, Who.FINANCE, Who.HEAD_OFFICE)
                    .expects(Who.PM, 200, answer -> assertThat(answer.map().get("open"))
                            .asInstanceOf(InstanceOfAssertFactories.LIST).anySatisfy(entry -> assertThat(entry)
                                    .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("dealId", onTheList)
                                    .containsEntry("kind", "BUYER_UNREACHABLE")))
                    .officeScoped(office -> Request.get("/api/deals/escalations?officeId=" + office))
                .and()
                // DEAL-1: the payments waiting for their second person, read by the office's finance and PM (and head office)
                .row("GET /api/deals/waiting-payments", who -> Request.get("/api/deals/waiting-payments?officeId="
                        + AuthorizationMatrix.HOME_OFFICE))
                    .allows(200, Who.HEAD_OFFICE, Who.PM)
                    .expects(Who.FINANCE, 200, answer -> assertThat(answer.map().get("waiting"))
                            .asInstanceOf(InstanceOfAssertFactories.LIST).anySatisfy(entry -> assertThat(entry)
                                    .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("dealId", onTheWaitingList)
                                    .containsEntry("buyerMobile", "138****5678")
                                    .extractingByKey("payment").asInstanceOf(InstanceOfAssertFactories.MAP)
                                    .containsEntry("status", "ENTERED").containsEntry("purpose", "FORMAL_DEPOSIT")))
                    .officeScoped(office -> Request.get("/api/deals/waiting-payments?officeId=" + office))
                .and()
                .row("POST /api/deals/{dealId}/escalations/{escalationId}/resolve", who -> Request.post("/api/deals/"
                        + escalated.apply(who) + "/escalations/esc-buyer-unreachable-rem-matrix/resolve",
                        Map.of("note", "called the buyer")))
                    .allows(200, Who.PM)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("GET /api/deals/{dealId}/files", who -> Request.get("/api/deals/" + filesDeal + "/files"))
                    .allows(200, Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM)
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("GET /api/deals/{dealId}/files/{fileId}", who -> Request.get(file))
                    .allows(200, Who.OWNER_CONSULTANT, Who.FINANCE)
                    .expects(Who.PM, 200, answer -> assertThat(answer.contentType()).isEqualTo("application/pdf"))
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .row("GET /api/deals/{dealId}/files/audit", who -> Request.get("/api/deals/" + filesDeal + "/files/audit"))
                    .expects(Who.PM, 200, answer -> assertThat(answer.list()).extracting(entry -> entry.get("userId"))
                            .containsExactly(AuthorizationMatrix.OWNER, "u-finance", "u-pm"))
                    .expects(Who.COLLEAGUE_CONSULTANT, 404, answer -> { })
                .and()
                .verify();

        assertThat(cells).isEqualTo(35 * Who.values().length + 3 * AuthorizationMatrix.OFFICE_CELLS);
        assertThat(mongo.count(query(where("unitId").in(Arrays.stream(Who.values())
                .map(who -> "m-open-" + who.name().toLowerCase()).toList())), "deals"))
                .as("only the two consultants opened deals").isEqualTo(2);
        assertThat(Arrays.stream(Who.values()).map(held).map(id -> deals.find(id).orElseThrow().payments().size()))
                .as("only finance and the PM entered money").containsOnly(0, 1).filteredOn(n -> n == 1).hasSize(2);
        assertThat(Arrays.stream(Who.values()).map(deposited).map(id -> deals.find(id).orElseThrow().status()))
                .as("subscriptions drafted by the deal's consultant and the PM only")
                .filteredOn(status -> status == DealStatus.SUBSCRIPTION_DRAFTED).hasSize(2);
        assertThat(Arrays.stream(Who.values()).map(cancellable).map(id -> deals.find(id).orElseThrow().status()))
                .as("cancelled by the PM only").filteredOn(status -> status == DealStatus.CANCELLED).hasSize(1);
        assertThat(Arrays.stream(Who.values()).map(openedInError).map(id -> deals.find(id).orElseThrow().status()))
                .as("withdrawn by the deal's consultant and the PM only").filteredOn(status -> status == DealStatus.CANCELLED)
                .hasSize(2);
        assertThat(Arrays.stream(Who.values()).map(changeWaiting).map(id -> deals.find(id).orElseThrow().price()))
                .as("change orders approved by the PM only").filteredOn(price -> price.compareTo(
                        new BigDecimal("3100000")) == 0).hasSize(1);
        assertThat(Arrays.stream(Who.values()).map(escalated).map(id -> deals.find(id).orElseThrow().openEscalations()))
                .as("escalations resolved by the PM only").filteredOn(List::isEmpty).hasSize(1);
    }

    @Test
    @DisplayName("DEAL-1 through the API: the person who entered a payment cannot confirm it with their own token; the second person's token issues the receipt")
    void secondPersonsOwnSignIn() {
        String dealId = dealAt(DealStatus.UNIT_HELD);
        TestHttp finance = server.as(bearer(Who.FINANCE));
        Answer entered = finance.call("POST", "/api/deals/" + dealId + "/payments", Map.of("purpose", "FORMAL_DEPOSIT",
                "amount", "50000.00", "method", "TRANSFER", "downPaymentDueDate", today().plusDays(30).toString()));
        String paymentId = deals.find(dealId).orElseThrow().waiting().orElseThrow().id();

        Answer sameToken = finance.call("POST", "/api/deals/" + dealId + "/payments/" + paymentId + "/confirm", null);
        Answer otherToken = server.as(bearer(Who.SALES_CONTROL)).call("POST", "/api/deals/" + dealId + "/payments/"
                + paymentId + "/confirm", null);

        assertThat(entered.status()).isEqualTo(200);
        assertThat(sameToken.status()).isEqualTo(409);
        assertThat(sameToken.map()).containsEntry("rule", "DEAL-1");
        assertThat(otherToken.status()).isEqualTo(200);
        Receipt issued = deals.find(dealId).orElseThrow().receipts().getFirst();
        assertThat(issued.receivedBy()).isEqualTo("u-finance");
        assertThat(issued.confirmedBy()).isEqualTo("u-sales-control");
        assertThat(issued.number()).startsWith("HOME-");
    }
}
