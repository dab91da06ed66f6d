package com.anchang.commission.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.post;
import static com.anchang.support.test.WebSliceTest.Calls.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.commission.application.ClaimingCredit;
import com.anchang.commission.domain.Claim;
import com.anchang.commission.domain.CommissionRule;
import com.anchang.commission.domain.DealCredit;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(ClaimController.class)
class ClaimControllerTest {

    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-zhao", "dev-1").at("office-1", "CONSULTANT");
    static final TestTokens.Staff PM = TestTokens.staff("pm-1", "dev-1").at("office-1", "PM");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ClaimingCredit claiming;

    @Test
    @DisplayName("COMM-3: a claim answers 201 with its state; one after the window 409 naming COMM-3; without evidence 400 naming it, nothing claimed")
    void raise() throws Exception {
        Claim claim = Claim.raise("c-zhao", "visit log", Instant.parse("2026-11-24T02:00:00Z"));
        when(claiming.raise(any(), any())).thenReturn(new ClaimingCredit.ClaimOnDeal("deal-1", "office-1", "unit-1",
                Instant.parse("2026-11-22T04:30:00Z"), DealCredit.Stage.RECOGNISED, claim));
        mvc.perform(post(CONSULTANT, "/api/commissions/deals/deal-1/claims", "{\"evidence\": \"visit log\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.claim.state").value("OPEN"))
                .andExpect(jsonPath("$.claim.claimantId").value("c-zhao"));

        when(claiming.raise(any(), any())).thenThrow(new RuleRefusedException(CommissionRule.COMM_3, "forfeited"));
        mvc.perform(post(CONSULTANT, "/api/commissions/deals/deal-1/claims", "{\"evidence\": \"too late\"}"))
                .andExpect(refused("COMM-3"));

        mvc.perform(post(CONSULTANT, "/api/commissions/deals/deal-2/claims", "{\"evidence\": \" \"}"))
                .andExpect(invalid("evidence"));
    }

    @Test
    @DisplayName("COMM-6: a decision needs accept and a reason (400 naming them); its awards reach the use case as fractions")
    void decide() throws Exception {
        mvc.perform(post(PM, "/api/commissions/deals/deal-1/claims/claim-1/decision", "{\"accept\": true}"))
                .andExpect(invalid("reason"));
        mvc.perform(post(PM, "/api/commissions/deals/deal-1/claims/claim-1/decision", "{\"reason\": \"log\"}"))
                .andExpect(invalid("accept"));
        mvc.perform(post(PM, "/api/commissions/deals/deal-1/claims/claim-1/decision",
                "{\"accept\": true, \"reason\": \"log\", \"awards\": [{\"consultantId\": \"c-zhao\", \"fraction\": 1.5}]}"))
                .andExpect(invalid("awards[0].fraction"));
        verifyNoInteractions(claiming);

        when(claiming.decide(any(), any())).thenReturn(DealCredit.open("deal-1"));
        mvc.perform(post(PM, "/api/commissions/deals/deal-1/claims/claim-1/decision", "{\"accept\": true, \"reason\": "
                + "\"the visit log\", \"awards\": [{\"consultantId\": \"c-zhao\", \"fraction\": 0.5}, "
                + "{\"consultantId\": \"c-li\", \"fraction\": 0.5}]}"))
                .andExpect(status().isOk());
        ArgumentCaptor<ClaimingCredit.DecideClaim> decided = ArgumentCaptor.forClass(ClaimingCredit.DecideClaim.class);
        verify(claiming).decide(any(), decided.capture());
        assertThat(decided.getValue().awards()).extracting(a -> a.fraction()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.5"), new BigDecimal("0.5"));
        assertThat(decided.getValue().claimId()).isEqualTo("claim-1");
    }

    @Test
    @DisplayName("COMM-5: a cover needs the colleague, a known kind and a reason (400 naming each); the claims of an office need nothing more")
    void cover() throws Exception {
        mvc.perform(post(PM, "/api/commissions/deals/deal-1/cover", "{\"kind\": \"COVERED_FOR_COLLEAGUE\", \"reason\": \"x\"}"))
                .andExpect(invalid("creditedConsultantId"));
        mvc.perform(post(PM, "/api/commissions/deals/deal-1/cover", "{\"creditedConsultantId\": \"c-wang\", \"reason\": \"x\"}"))
                .andExpect(invalid("kind"));
        verifyNoInteractions(claiming);
        mvc.perform(get(PM, "/api/commissions/offices/office-1/claims")).andExpect(status().isOk());
        mvc.perform(get(CONSULTANT, "/api/commissions/claims/mine")).andExpect(invalid("officeId"));
    }
}
