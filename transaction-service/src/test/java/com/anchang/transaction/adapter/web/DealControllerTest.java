package com.anchang.transaction.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.post;
import static com.anchang.support.test.WebSliceTest.Calls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.problem.UnavailableException;
import com.anchang.support.security.Caller;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import com.anchang.transaction.application.OpeningDeal;
import com.anchang.transaction.application.ViewingDeals;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealRule;
import com.anchang.transaction.domain.UnitAvailability;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(DealController.class)
class DealControllerTest {

    static final TestTokens.Staff CONSULTANT = TestTokens.staff("u-consultant-1", "dev-1").at("office-1", "CONSULTANT");
    static final TestTokens.Staff FINANCE = TestTokens.staff("u-finance-1", "dev-1").at("office-1", "FINANCE");
    static final String OPEN = "{\"officeId\":\"office-1\",\"unitId\":\"unit-1\",\"leadId\":\"lead-1\","
            + "\"buyerName\":\"王先生\",\"buyerMobile\":\"13812345678\"}";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    OpeningDeal opening;
    @MockitoBean
    ViewingDeals viewing;

    /** A refusal by the rulebook, as the use cases raise it. */
    static RuleRefusedException refused(DealRule rule) {
        return new RuleRefusedException(rule, "refused by " + rule.id());
    }

    static String with(String json, String field, String value) {
        String replaced = json.replaceAll("\"" + field + "\":\"[^\"]*\"", value == null ? ""
                : "\"" + field + "\":" + value).replace(",}", "}").replace("{,", "{").replace(",,", ",");
        return replaced.equals(json) ? json.replace("}", ",\"" + field + "\":" + value + "}") : replaced;
    }

    @Test
    @DisplayName("a deal with a bad mobile, without a unit or with a unit id that cannot travel in a URL answers 400 naming the field; sales control is not asked")
    void badDeals() throws Exception {
        mvc.perform(post(CONSULTANT, "/api/deals", with(OPEN, "buyerMobile", "\"12345\""))).andExpect(invalid("buyerMobile"));
        mvc.perform(post(CONSULTANT, "/api/deals", with(OPEN, "unitId", null))).andExpect(invalid("unitId"));
        mvc.perform(post(CONSULTANT, "/api/deals", with(OPEN, "unitId", "\"../admin\""))).andExpect(invalid("unitId"));
        verifyNoInteractions(opening);
    }

    @Test
    @DisplayName("identity comes from the token: a body naming the developer or the consultant is refused (400 naming the field); nothing opened")
    void identityIsNotTakenFromTheBody() throws Exception {
        mvc.perform(post(CONSULTANT, "/api/deals", with(OPEN, "consultantId", "\"c-someone-else\"")))
                .andExpect(invalid("consultantId"));
        mvc.perform(post(CONSULTANT, "/api/deals", with(OPEN, "developerId", "\"dev-9\"")))
                .andExpect(invalid("developerId"));
        verifyNoInteractions(opening);
    }

    @Test
    @DisplayName("UNIT-2 refused: 409 naming the rule; an unknown deal 404; a colleague's deals 403 naming the action; sales control silent 503")
    void problems() throws Exception {
        when(opening.open(any(), anyString(), any())).thenThrow(refused(DealRule.UNIT_2));
        mvc.perform(post(CONSULTANT, "/api/deals", OPEN)).andExpect(WebSliceTest.Calls.refused("UNIT-2"));
        when(viewing.deal(any(), eq("no-such-deal"))).thenThrow(new NotFoundException("deal", "no-such-deal"));
        mvc.perform(get(FINANCE, "/api/deals/no-such-deal")).andExpect(problem(404));
        when(viewing.ofOffice(any(), eq("office-1"), any(), eq("u-colleague"), anyInt(), anyInt()))
                .thenThrow(new ForbiddenException("list a colleague's deals", "needs SALES_CONTROL, FINANCE or PM"));
        mvc.perform(get(CONSULTANT, "/api/deals?officeId=office-1&consultantId=u-colleague"))
                .andExpect(problem(403)).andExpect(jsonPath("$.action").value("list a colleague's deals"));
        doThrow(new UnavailableException("availability unknown, try again"))
                .when(opening).open(any(), anyString(), any());
        mvc.perform(post(CONSULTANT, "/api/deals", OPEN)).andExpect(problem(503))
                .andExpect(jsonPath("$.type").value("https://anchang.dev/problems/unavailable"));
    }

    @Test
    @DisplayName("UNIT-2: a deal is opened for the caller with the caller's own token (to ask sales control) and answers 201 at its address, the buyer's mobile masked")
    void openMapsTheDeal() throws Exception {
        Deal deal = Deal.open("dev-1", "office-1", "u-consultant-1", "lead-1", new Buyer("王先生", "13812345678"),
                new UnitAvailability("unit-1", "3-101", "office-1", UnitAvailability.AVAILABLE),
                Instant.parse("2030-01-01T00:00:00Z")).deal();
        when(opening.open(any(), anyString(), any())).thenReturn(deal);
        String token = CONSULTANT.token();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/deals")
                        .header("Authorization", "Bearer " + token)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(OPEN))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/deals/" + deal.id()))
                .andExpect(jsonPath("$.dealId").value(deal.id()))
                .andExpect(jsonPath("$.unitCode").value("3-101"))
                .andExpect(jsonPath("$.consultantId").value("u-consultant-1"))
                .andExpect(jsonPath("$.status").value("OPENED"))
                .andExpect(jsonPath("$.buyerMobile").value(org.hamcrest.Matchers.not("13812345678")));
        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        verify(opening).open(caller.capture(), eq(token),
                eq(new OpeningDeal.OpenDeal("office-1", "unit-1", "lead-1", "王先生", "13812345678", null, null)));
        assertThat(caller.getValue().userId()).isEqualTo("u-consultant-1");
    }
}
