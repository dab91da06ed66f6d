package com.anchang.transaction.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.post;
import static com.anchang.support.test.WebSliceTest.Calls.problem;
import static com.anchang.support.test.WebSliceTest.Calls.refused;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import com.anchang.transaction.application.ArrangingMortgage;
import com.anchang.transaction.application.CancellingDeal;
import com.anchang.transaction.application.CheckingEligibility;
import com.anchang.transaction.application.ConfirmingPayment;
import com.anchang.transaction.application.HandingOver;
import com.anchang.transaction.application.ReceivingMoney;
import com.anchang.transaction.application.ReschedulingDownPayment;
import com.anchang.transaction.application.SettlingCheque;
import com.anchang.transaction.application.SigningContract;
import com.anchang.transaction.application.Subscribing;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealRule;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.PaymentEntry;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.PaymentPurpose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The pipeline's commands on the web: request validation, problem mapping, response shape; the use cases mocked. */
@WebSliceTest(DealStepController.class)
class DealStepControllerTest {

    static final TestTokens.Staff FINANCE = TestTokens.staff("u-finance-1", "dev-1").at("office-1", "FINANCE");
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-1", "dev-1").at("office-1", "CONSULTANT");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-1", "dev-1").at("office-1", "PM");
    static final String DEPOSIT = "{\"purpose\":\"FORMAL_DEPOSIT\",\"amount\":\"50000.00\",\"method\":\"TRANSFER\","
            + "\"downPaymentDueDate\":\"2030-01-31\"}";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ReceivingMoney receiving;
    @MockitoBean
    ConfirmingPayment confirming;
    @MockitoBean
    SettlingCheque settling;
    @MockitoBean
    Subscribing subscribing;
    @MockitoBean
    ReschedulingDownPayment rescheduling;
    @MockitoBean
    CheckingEligibility checking;
    @MockitoBean
    SigningContract contracting;
    @MockitoBean
    ArrangingMortgage mortgages;
    @MockitoBean
    HandingOver handing;
    @MockitoBean
    CancellingDeal cancelling;

    static String with(String json, String field, String value) {
        return DealControllerTest.with(json, field, value);
    }

    @Test
    @DisplayName("money with a negative, absurd or sub-fen amount, an unknown purpose or method, a date that is not one, or no purpose answers 400 naming the field; nothing entered")
    void badMoney() throws Exception {
        String path = "/api/deals/d-1/payments";
        mvc.perform(post(FINANCE, path, with(DEPOSIT, "amount", "\"-50000.00\""))).andExpect(invalid("amount"));
        mvc.perform(post(FINANCE, path, with(DEPOSIT, "amount", "\"0\""))).andExpect(invalid("amount"));
        mvc.perform(post(FINANCE, path, with(DEPOSIT, "amount", "\"100000000.01\""))).andExpect(invalid("amount"));
        mvc.perform(post(FINANCE, path, with(DEPOSIT, "amount", "\"5000000000000\""))).andExpect(invalid("amount"));
        mvc.perform(post(FINANCE, path, with(DEPOSIT, "amount", "\"50000.001\""))).andExpect(invalid("amount"));
        mvc.perform(post(FINANCE, path, with(DEPOSIT, "method", "\"BITCOIN\""))).andExpect(invalid("method"));
        mvc.perform(post(FINANCE, path, with(DEPOSIT, "purpose", "\"BRIBE\""))).andExpect(invalid("purpose"));
        mvc.perform(post(FINANCE, path, with(DEPOSIT, "purpose", null))).andExpect(invalid("purpose"));
        mvc.perform(post(FINANCE, path, with(DEPOSIT, "downPaymentDueDate", "\"next month\"")))
                .andExpect(invalid("downPaymentDueDate"));
        mvc.perform(post(FINANCE, path, with(DEPOSIT, "chequeNumber", "\"" + "9".repeat(40) + "\"")))
                .andExpect(invalid("chequeNumber"));
        mvc.perform(post(FINANCE, path, "{\"amount\": 5")).andExpect(problem(400));
        verifyNoInteractions(receiving);
    }

    @Test
    @DisplayName("identity comes from the token: a body naming who received or confirmed the money is refused (400 naming the field)")
    void identityIsNotTakenFromTheBody() throws Exception {
        mvc.perform(post(FINANCE, "/api/deals/d-1/payments", with(DEPOSIT, "enteredBy", "\"u-finance-9\"")))
                .andExpect(invalid("enteredBy"));
        mvc.perform(post(FINANCE, "/api/deals/d-1/payments", with(DEPOSIT, "witnessedBy", "\"u-pm-1\"")))
                .andExpect(invalid("witnessedBy"));
        verifyNoInteractions(receiving);
    }

    @Test
    @DisplayName("DEAL-2: a cheque without its number, or foreign notes without serials, reaches the deal, which answers 400 naming the field")
    void chequeAndForeignDetailsAreTheDealsToCheck() throws Exception {
        when(receiving.enter(any(), eq("d-1"), any(), any())).thenThrow(new InvalidInputException("chequeNumber",
                "is required for a cheque"));
        mvc.perform(post(FINANCE, "/api/deals/d-1/payments", with(DEPOSIT, "method", "\"CHEQUE\"")))
                .andExpect(invalid("chequeNumber"));
        ArgumentCaptor<PaymentEntry> entry = ArgumentCaptor.forClass(PaymentEntry.class);
        verify(receiving).enter(any(), eq("d-1"), isNull(), entry.capture());
        org.assertj.core.api.Assertions.assertThat(entry.getValue().method()).isEqualTo(PaymentMethod.CHEQUE);
        org.assertj.core.api.Assertions.assertThat(entry.getValue().purpose()).isEqualTo(PaymentPurpose.FORMAL_DEPOSIT);
        org.assertj.core.api.Assertions.assertThat(entry.getValue().amount()).isEqualByComparingTo("50000.00");
    }

    @Test
    @DisplayName("DEAL-1: a consultant receiving money is 403 naming the action; the same person confirming their own entry is 409 naming DEAL-1")
    void twoPeople() throws Exception {
        when(receiving.enter(any(), any(), any(), any())).thenThrow(new ForbiddenException("receive money (DEAL-1)",
                "to receive money (DEAL-1) needs FINANCE or PM at office-1"));
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/payments", DEPOSIT)).andExpect(problem(403))
                .andExpect(jsonPath("$.action").value("receive money (DEAL-1)"));
        when(confirming.confirm(any(), eq("d-1"), eq("pay-1"), any())).thenThrow(new RuleRefusedException(
                DealRule.DEAL_1, "u-finance-1 entered payment pay-1 and cannot also confirm it"));
        mvc.perform(post(FINANCE, "/api/deals/d-1/payments/pay-1/confirm", "")).andExpect(refused("DEAL-1"))
                .andExpect(jsonPath("$.detail").value("u-finance-1 entered payment pay-1 and cannot also confirm it"));
    }

    @Test
    @DisplayName("an unknown deal answers 404; a step out of order 409 naming the rule (DEAL-4, DEAL-5, DEAL-8)")
    void unknownDealAndStepsOutOfOrder() throws Exception {
        when(subscribing.approve(any(), eq("no-such-deal"), any())).thenThrow(new NotFoundException("deal", "no-such-deal"));
        mvc.perform(post(PM, "/api/deals/no-such-deal/subscription/approve", "")).andExpect(problem(404));
        when(subscribing.sign(any(), eq("d-1"), any(), any())).thenThrow(new RuleRefusedException(DealRule.DEAL_4,
                "not approved by the PM yet"));
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/subscription/sign", "{\"signer\":\"BUYER\"}"))
                .andExpect(refused("DEAL-4"));
        when(contracting.sign(any(), eq("d-1"), any(), eq("HT-1"))).thenThrow(new RuleRefusedException(DealRule.DEAL_5,
                "no passed purchase-eligibility check"));
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/contract", "{\"contractNumber\":\"HT-1\"}"))
                .andExpect(refused("DEAL-5"));
        when(handing.handOver(any(), eq("d-2"), any())).thenThrow(new RuleRefusedException(DealRule.DEAL_8, "cancelled"));
        mvc.perform(post(PM, "/api/deals/d-2/handover", "")).andExpect(refused("DEAL-8"));
    }

    @Test
    @DisplayName("papers and mortgage with missing or malformed fields answer 400 naming the field; nothing reaches the deal")
    void badPapers() throws Exception {
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/subscription", "{\"financing\":\"CASH\",\"downPaymentAmount\":\"-1\","
                + "\"buyerIdNumber\":\"330106198801012345\"}")).andExpect(invalid("downPaymentAmount"));
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/subscription", "{\"financing\":\"LOAN_SHARK\","
                + "\"downPaymentAmount\":\"1\",\"buyerIdNumber\":\"330106198801012345\"}")).andExpect(invalid("financing"));
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/subscription", "{\"financing\":\"CASH\",\"downPaymentAmount\":\"1\","
                + "\"buyerIdNumber\":\"3301-0619\"}")).andExpect(invalid("buyerIdNumber"));
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/subscription/sign", "{}")).andExpect(invalid("signer"));
        mvc.perform(post(PM, "/api/deals/d-1/down-payment-due-date", "{\"dueDate\":\"2030-01-31\"}"))
                .andExpect(invalid("reason"));
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/eligibility", "{\"basis\":\"名下无房\"}")).andExpect(invalid("passed"));
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/contract", "{\"contractNumber\":\" \"}"))
                .andExpect(invalid("contractNumber"));
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/mortgage/appointment", "{\"bank\":\"建设银行\",\"place\":\"江南大道\"}"))
                .andExpect(invalid("at"));
        mvc.perform(post(CONSULTANT, "/api/deals/d-1/mortgage/progress", "{\"loan\":\"COMMERCIAL\","
                + "\"step\":\"SIGNED_IN_BLOOD\",\"on\":\"2030-01-01\"}")).andExpect(invalid("step"));
        mvc.perform(post(FINANCE, "/api/deals/d-1/payments/pay-1/cheque", "{\"outcome\":\"LOST\"}"))
                .andExpect(invalid("outcome"));
        mvc.perform(post(PM, "/api/deals/d-1/cancel", "{\"refundMethod\":\"CASH\"}")).andExpect(invalid("reason"));
        verifyNoInteractions(subscribing, rescheduling, checking, contracting, mortgages, settling, cancelling);
    }

    @Test
    @DisplayName("a command carries the client's Idempotency-Key to the use case and answers the deal, the buyer's mobile and ID numbers masked (LEAD-10)")
    void commandAnswersTheDeal() throws Exception {
        Deal deal = new DealFixtures().at(DealStatus.SUBSCRIPTION_SIGNED);
        when(checking.check(any(), eq(deal.id()), eq("req-7"), eq(true), eq("名下无房"))).thenReturn(deal);

        mvc.perform(MockMvcRequestBuilders.post("/api/deals/" + deal.id() + "/eligibility")
                        .header("Authorization", "Bearer " + CONSULTANT.token()).header("Idempotency-Key", "req-7")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"passed\":true,\"basis\":\"名下无房\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBSCRIPTION_SIGNED"))
                .andExpect(jsonPath("$.buyerMobile").value("138****5678"))
                .andExpect(jsonPath("$.subscription.buyerIdNumber").value("330***********2345"))
                .andExpect(jsonPath("$.receipts[0].amountInWords").value("伍万元整"))
                .andExpect(jsonPath("$.receipts[0].purposePrinted").value("正式定金"))
                .andExpect(jsonPath("$.deposit.receivedBy").value("u-finance-1"))
                .andExpect(jsonPath("$.deposit.witnessedBy").value("u-pm-1"));
        when(cancelling.cancel(any(), anyString(), isNull(), eq("withdrew"), eq(PaymentMethod.TRANSFER)))
                .thenReturn(deal);
        mvc.perform(post(PM, "/api/deals/" + deal.id() + "/cancel", "{\"reason\":\"withdrew\",\"refundMethod\":\"TRANSFER\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dealId").value(deal.id()));
        verify(cancelling).cancel(any(), eq(deal.id()), isNull(), eq("withdrew"), eq(PaymentMethod.TRANSFER));
    }
}
