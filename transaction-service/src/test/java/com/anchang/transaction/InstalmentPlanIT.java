package com.anchang.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.anchang.events.EventHeaders;
import com.anchang.events.Topics;
import com.anchang.events.transaction.InstalmentPlanSet;
import com.anchang.support.messaging.EventJson;
import com.anchang.support.test.EventCapture;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealPolicies;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Financing;
import com.anchang.transaction.domain.Instalment;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.ReceiptRegister;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** 分期付款 through the API: a cash buyer's instalments drafted, paid with two people, shown on the schedule. */
@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class InstalmentPlanIT extends FakeInventory {

    static final String DEVELOPER = "dev-1";
    static final String OFFICE = "office-in";
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-in", DEVELOPER).at(OFFICE, "CONSULTANT");
    static final TestTokens.Staff FINANCE = TestTokens.staff("u-finance-in", DEVELOPER).at(OFFICE, "FINANCE");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-in", DEVELOPER).at(OFFICE, "PM");

    @Autowired
    TestHttp server;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    DealRepository deals;
    @Autowired
    ReceiptRegister register;
    @Autowired
    DealPolicies policies;

    DealFixtures fixtures() {
        return new DealFixtures(DEVELOPER, OFFICE, "c-in", register, policies.forOffice(OFFICE), Instant.now());
    }

    Answer post(TestTokens.Staff staff, String path, Object body) {
        return server.as(staff.token()).call("POST", path, body);
    }

    @Test
    @DisplayName("分期付款: an instalment entered by finance and confirmed by the PM is allocated to the first instalment line of the schedule; the second stays owed by its due date; transaction.instalment-plan-set tells the plan with what is owed (NOTE-1)")
    void instalmentPaid() {
        DealFixtures f = fixtures();
        Deal deal = f.at(DealStatus.DEPOSIT_RECEIVED);
        deal.draftSubscription(Financing.CASH, new BigDecimal("950000"), List.of(
                new Instalment(f.due().plusDays(30), new BigDecimal("1100000")),
                new Instalment(f.due().plusDays(60), new BigDecimal("1100000"))), "330106198801012345", "c-in",
                f.tick(), f.policy());
        deal.approveSubscription(DealFixtures.PM, f.tick());
        Instant signedAt = f.tick();
        deal.signSubscription(DealFixtures.inPerson(), DealFixtures.papers(deal), signedAt);
        f.pay(deal, f.transfer(PaymentPurpose.DOWN_PAYMENT, "950000"));
        assertThat(deals.insert(deal, List.of())).isTrue();

        Answer entered = post(FINANCE, "/api/deals/" + deal.id() + "/payments", Map.of("purpose", "INSTALMENT",
                "amount", "1100000.00", "method", "TRANSFER"));
        assertThat(entered.status()).as(entered.text()).isEqualTo(200);
        String paymentId = (String) ((Map<String, Object>) entered.map().get("waitingPayment")).get("paymentId");
        Answer confirmed;
        try (EventCapture capture = new EventCapture(brokers, Topics.TRANSACTION)) {
            confirmed = post(PM, "/api/deals/" + deal.id() + "/payments/" + paymentId + "/confirm", null);
            assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);

            // NOTE-1 分期付款: the plan, with what is owed of each instalment, for the buyer's reminders
            InstalmentPlanSet plan = EventJson.read(capture.awaitRecords(r -> deal.id().equals(r.key())
                    && InstalmentPlanSet.TYPE.equals(EventCapture.header(r, EventHeaders.TYPE))).getFirst().value(),
                    InstalmentPlanSet.class);
            assertThat(plan.reason()).isEqualTo("INSTALMENT_PAID");
            assertThat(plan.buyerMobile()).isNotBlank();
            assertThat(plan.instalments()).extracting(InstalmentPlanSet.Instalment::number,
                    InstalmentPlanSet.Instalment::dueDate).containsExactly(tuple(1, f.due().plusDays(30)),
                    tuple(2, f.due().plusDays(60)));
            assertThat(plan.instalments()).extracting(i -> i.owed().stripTrailingZeros().toPlainString())
                    .containsExactly("0", "1100000");
        }

        Answer schedule = server.as(FINANCE.token()).get("/api/deals/" + deal.id() + "/schedule");

        List<Map<String, Object>> instalments = ((List<Map<String, Object>>) schedule.map().get("lines")).stream()
                .filter(line -> "INSTALMENT".equals(line.get("item"))).toList();
        assertThat(instalments).hasSize(2);
        assertThat(instalments.get(0)).containsEntry("state", "PAID")
                .containsEntry("dueDate", f.due().plusDays(30).toString());
        assertThat(instalments.get(1)).containsEntry("state", "OWED")
                .containsEntry("dueDate", f.due().plusDays(60).toString());
        assertThat((List<?>) confirmed.map().get("instalments")).hasSize(2);
    }

    @Test
    @DisplayName("分期付款, bad input: an instalment due before the down payment's due date, or instalments for a loan buyer, answer 400 naming the field; no subscription drafted")
    void badPlan() {
        DealFixtures f = fixtures();
        Deal deal = f.at(DealStatus.DEPOSIT_RECEIVED);
        assertThat(deals.insert(deal, List.of())).isTrue();
        String path = "/api/deals/" + deal.id() + "/subscription";

        Answer early = post(CONSULTANT, path, Map.of("financing", "CASH", "downPaymentAmount", "950000.00",
                "buyerIdNumber", "330106198801012345", "instalments", List.of(Map.of("dueDate", f.due().toString(),
                        "amount", "2200000.00"))));
        Answer loan = post(CONSULTANT, path, Map.of("financing", "COMMERCIAL_LOAN", "downPaymentAmount", "950000.00",
                "buyerIdNumber", "330106198801012345", "instalments", List.of(Map.of("dueDate",
                        f.due().plusDays(30).toString(), "amount", "1000000.00"))));

        assertThat(early.status()).isEqualTo(400);
        assertThat(early.map()).containsEntry("field", "instalments[0].dueDate");
        assertThat(loan.status()).isEqualTo(400);
        assertThat(loan.map()).containsEntry("field", "instalments");
        assertThat(deals.find(deal.id()).orElseThrow().status()).isEqualTo(DealStatus.DEPOSIT_RECEIVED);
    }
}
