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
import com.anchang.commission.domain.CommissionRules;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipTimeline;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

    static final OwnershipFact REGISTERED = new OwnershipFact("evt-0", OwnershipFact.Kind.REGISTERED,
            Instant.parse("2030-01-01T00:00:00Z"), "c-owner", LocalDate.parse("2030-01-08"), null, "WALK_IN");

    /** c-owner's lead closed by c-closer inside the protection: 50/50 (COMM-2). */
    static DealCredit credit() {
        OwnershipTimeline timeline = OwnershipTimeline.empty("lead-1").with("dev-1", "office-1", REGISTERED);
        return DealCredit.open("deal-1")
                .with(new DealCredit.DealFacts("dev-1", "office-1", "unit-1", "lead-1", "c-closer", "13812345678",
                        new BigDecimal("50000.00"), "subscription price", Instant.parse("2030-01-02T00:00:00Z")), "evt-1")
                .recognise(Instant.parse("2030-01-02T00:00:00Z"), BigDecimal.ZERO, timeline, OfficeCreditPolicy.DEFAULTS,
                        new CreditRules(), (consultant, credited, plan) -> new CommissionRules().rate(consultant, credited,
                                plan, CommissionRules.MonthSoFar.EMPTY), "evt-1", Instant.parse("2030-01-02T00:00:01Z"));
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
    @DisplayName("COMM-1, COMM-2: a deal's credit answers who it goes to and why (rules, ownership timeline, arithmetic, entries, the commission terms frozen with it); a consultant's credits are asked for the named office")
    void creditsMapToViews() throws Exception {
        when(viewing.ofDeal(any(), eq("deal-1"))).thenReturn(new ViewingCredits.Explained(credit(), List.of(REGISTERED)));
        mvc.perform(get(PM, "/api/commissions/deals/deal-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closingConsultantId").value("c-closer"))
                .andExpect(jsonPath("$.stage").value("RECOGNISED"))
                .andExpect(jsonPath("$.amount").value(50000.00))
                .andExpect(jsonPath("$.why.ruleIds[0]").value("COMM-1"))
                .andExpect(jsonPath("$.why.ruleIds[1]").value("COMM-2"))
                .andExpect(jsonPath("$.why.ownerConsultantId").value("c-owner"))
                .andExpect(jsonPath("$.why.protectedUntil").value("2030-01-08"))
                .andExpect(jsonPath("$.why.ownership[0].kind").value("REGISTERED"))
                .andExpect(jsonPath("$.why.tiering.weighted").value(50000.00))
                .andExpect(jsonPath("$.why.shares[0].consultantId").value("c-owner"))
                .andExpect(jsonPath("$.why.shares[0].amount").value(25000.00))
                .andExpect(jsonPath("$.commission.plan.kind").value("PER_DEAL"))
                .andExpect(jsonPath("$.commission.rates[0].perMille").value(3))
                .andExpect(jsonPath("$.commission.holdback").value(0.2))
                .andExpect(jsonPath("$.entries[1].causeEventId").value("evt-1"))
                .andExpect(jsonPath("$.nets.c-closer").value(25000.00))
                .andExpect(jsonPath("$.buyerKey").doesNotExist());
        when(viewing.ofConsultant(any(), eq("office-1"), eq("c-owner"))).thenReturn(List.of(credit()));
        mvc.perform(get(PM, "/api/commissions/consultants/c-owner/credits?officeId=office-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].dealId").value("deal-1"));
        verify(viewing).ofConsultant(any(), eq("office-1"), eq("c-owner"));
    }

    @Test
    @DisplayName("a consultant's ledger answers its entries with their causes and the balance derived from them; it needs the office")
    void ledger() throws Exception {
        DealCredit credit = credit();
        when(viewing.ledgerOf(any(), eq("office-1"), eq("c-owner"))).thenReturn(new ViewingCredits.Ledger("c-owner",
                "office-1", List.of(credit.entries().getFirst()), new BigDecimal("25000.00"), BigDecimal.ZERO,
                new BigDecimal("75.00"), BigDecimal.ZERO, BigDecimal.ZERO));
        mvc.perform(get(PM, "/api/commissions/consultants/c-owner/ledger?officeId=office-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].kind").value("CREDIT"))
                .andExpect(jsonPath("$.entries[0].causeEventId").value("evt-1"))
                .andExpect(jsonPath("$.balance").value(25000.00))
                .andExpect(jsonPath("$.commission").value(75.00))
                .andExpect(jsonPath("$.pending").value(75.00));
        mvc.perform(get(PM, "/api/commissions/consultants/c-owner/ledger")).andExpect(invalid("officeId"));
    }
}
