package com.anchang.commission.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.domain.Attribution;
import com.anchang.commission.domain.Credit;
import com.anchang.commission.domain.CreditStatus;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WebSliceTest(CommissionController.class)
class CommissionControllerTest {

    static final TestTokens.Staff PM = TestTokens.staff("pm-1", "dev-1").at("office-1", "PM");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ViewingCredits viewing;

    static Credit credit() {
        return new Credit("deal-1", "dev-1", "office-1", "unit-1", "lead-1",
                new Attribution("c-owner", "c-closer", "c-owner", Attribution.Basis.LEAD_OWNER),
                new BigDecimal("50000.00"), CreditStatus.PENDING, Instant.parse("2030-01-01T00:00:00Z"),
                Instant.parse("2030-01-01T00:00:01Z"), "evt-1");
    }

    @Test
    @DisplayName("the credits of a consultant without the office answer 400 whose detail names officeId, with a blank one or a longer one than an id 400 naming officeId; nothing read")
    void officeIsNeeded() throws Exception {
        mvc.perform(get(PM, "/api/commissions/consultants/c-1/credits")).andExpect(invalid("officeId"))
                .andExpect(jsonPath("$.detail").value("officeId is required"));
        mvc.perform(get(PM, "/api/commissions/consultants/c-1/credits").param("officeId", " "))
                .andExpect(invalid("officeId"));
        mvc.perform(get(PM, "/api/commissions/consultants/c-1/credits?officeId=" + "o".repeat(65)))
                .andExpect(invalid("officeId"));
        verifyNoInteractions(viewing);
    }

    @Test
    @DisplayName("an unknown credit answers 404 naming its kind; a colleague's credit 403 naming the action; no token 401")
    void problems() throws Exception {
        when(viewing.ofDeal(any(), eq("deal-nope"))).thenThrow(new NotFoundException("credit of deal", "deal-nope"));
        mvc.perform(get(PM, "/api/commissions/deals/deal-nope"))
                .andExpect(problem(404)).andExpect(jsonPath("$.kind").value("credit of deal"));
        when(viewing.ofDeal(any(), eq("deal-2"))).thenThrow(new ForbiddenException("read a deal's credit", "not yours"));
        mvc.perform(get(PM, "/api/commissions/deals/deal-2"))
                .andExpect(problem(403)).andExpect(jsonPath("$.action").value("read a deal's credit"));
        mvc.perform(MockMvcRequestBuilders.get("/api/commissions/deals/deal-1")).andExpect(problem(401));
    }

    @Test
    @DisplayName("COMM-1: a deal's credit answers who it goes to and why; a consultant's credits are asked for the named office")
    void creditsMapToViews() throws Exception {
        when(viewing.ofDeal(any(), eq("deal-1"))).thenReturn(credit());
        mvc.perform(get(PM, "/api/commissions/deals/deal-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.crediteeConsultantId").value("c-owner"))
                .andExpect(jsonPath("$.closingConsultantId").value("c-closer"))
                .andExpect(jsonPath("$.basis").value("LEAD_OWNER"))
                .andExpect(jsonPath("$.amountBasis").value(50000.00))
                .andExpect(jsonPath("$.status").value("PENDING"));
        when(viewing.ofConsultant(any(), eq("office-1"), eq("c-owner"))).thenReturn(List.of(credit()));
        mvc.perform(get(PM, "/api/commissions/consultants/c-owner/credits?officeId=office-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].dealId").value("deal-1"));
        verify(viewing).ofConsultant(any(), eq("office-1"), eq("c-owner"));
    }
}
