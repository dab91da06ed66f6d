package com.anchang.transaction.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.post;
import static com.anchang.support.test.WebSliceTest.Calls.refused;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import com.anchang.transaction.application.ChangingDeal;
import com.anchang.transaction.domain.ChangeOrder;
import com.anchang.transaction.domain.DealFixtures;
import com.anchang.transaction.domain.DealRule;
import com.anchang.transaction.domain.DealStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** DEAL-9 change orders on the web: request validation, problem mapping, the answer; the use case mocked. */
@WebSliceTest(ChangeOrderController.class)
class ChangeOrderControllerTest {

    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-1", "dev-1").at("office-1", "CONSULTANT");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-1", "dev-1").at("office-1", "PM");
    static final String SWAP = "{\"kind\":\"UNIT_SWAP\",\"reason\":\"a higher floor\",\"newUnitId\":\"unit-3-1902\","
            + "\"price\":\"3250000.00\"}";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ChangingDeal changing;

    @Test
    @DisplayName("DEAL-9: a request without a kind or reason, an unknown kind, or a negative or sub-fen price answers 400 naming the field; nothing requested")
    void badRequests() throws Exception {
        String path = "/api/deals/d-1/change-orders";
        mvc.perform(post(CONSULTANT, path, DealControllerTest.with(SWAP, "kind", null))).andExpect(invalid("kind"));
        mvc.perform(post(CONSULTANT, path, DealControllerTest.with(SWAP, "kind", "\"NEW_BUYER\"")))
                .andExpect(invalid("kind"));
        mvc.perform(post(CONSULTANT, path, DealControllerTest.with(SWAP, "reason", null))).andExpect(invalid("reason"));
        mvc.perform(post(CONSULTANT, path, DealControllerTest.with(SWAP, "price", "\"-1\""))).andExpect(invalid("price"));
        mvc.perform(post(CONSULTANT, path, DealControllerTest.with(SWAP, "price", "\"3250000.001\"")))
                .andExpect(invalid("price"));
        mvc.perform(post(PM, path + "/co-1/approve", "{}")).andExpect(invalid("note"));
        verifyNoInteractions(changing);
    }

    @Test
    @DisplayName("DEAL-9: a swap request reaches the use case with its unit and price and answers the deal; a unit taken is 409 naming UNIT-2")
    void swapRequested() throws Exception {
        when(changing.request(any(), anyString(), eq("d-1"), any(), any())).thenReturn(new DealFixtures()
                .at(DealStatus.DEPOSIT_RECEIVED));

        mvc.perform(post(CONSULTANT, "/api/deals/d-1/change-orders", SWAP)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DEPOSIT_RECEIVED"));

        ArgumentCaptor<ChangingDeal.Request> request = ArgumentCaptor.forClass(ChangingDeal.Request.class);
        verify(changing).request(any(), anyString(), eq("d-1"), any(), request.capture());
        org.assertj.core.api.Assertions.assertThat(request.getValue().kind()).isEqualTo(ChangeOrder.Kind.UNIT_SWAP);
        org.assertj.core.api.Assertions.assertThat(request.getValue().newUnitId()).isEqualTo("unit-3-1902");
        org.assertj.core.api.Assertions.assertThat(request.getValue().price()).isEqualByComparingTo("3250000.00");

        when(changing.approve(any(), anyString(), eq("d-1"), eq("co-1"), any(), any())).thenThrow(
                new RuleRefusedException(DealRule.UNIT_2, "unit 3-1902 is held; the swap is refused"));
        mvc.perform(post(PM, "/api/deals/d-1/change-orders/co-1/approve", "{\"note\":\"ok\"}"))
                .andExpect(refused("UNIT-2"));
    }
}
