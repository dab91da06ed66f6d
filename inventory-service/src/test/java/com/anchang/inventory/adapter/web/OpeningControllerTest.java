package com.anchang.inventory.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.post;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.inventory.application.OpeningSales;
import com.anchang.inventory.domain.InventoryRule;
import com.anchang.inventory.domain.Opening;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(OpeningController.class)
class OpeningControllerTest {

    static final TestTokens.Staff PM = TestTokens.staff("pm-1", "dev-1").at("office-1", "PM");
    static final String AT = "2030-01-01T02:00:00Z";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    OpeningSales openings;

    static String opening(String quota, String opensAt) {
        return "{\"officeId\":\"office-1\",\"name\":\"x\",\"unitIds\":[\"u-1\",\"u-2\"]"
                + (opensAt == null ? "" : ",\"opensAt\":\"" + opensAt + "\"")
                + (quota == null ? "" : ",\"quotaPerBuyer\":" + quota) + "}";
    }

    @Test
    @DisplayName("OPEN-2: an absurd quota answers 400 naming quotaPerBuyer; OPEN-1: no time 400 naming opensAt, a time that is not one 400 naming opensAt; nothing opened")
    void badOpenings() throws Exception {
        mvc.perform(post(PM, "/api/inventory/openings", opening("100000", AT))).andExpect(invalid("quotaPerBuyer"));
        mvc.perform(post(PM, "/api/inventory/openings", opening(null, null))).andExpect(invalid("opensAt"));
        mvc.perform(post(PM, "/api/inventory/openings", opening(null, "tomorrow"))).andExpect(invalid("opensAt"));
        mvc.perform(post(PM, "/api/inventory/openings", opening(null, AT).replace("[\"u-1\",\"u-2\"]", "[]")))
                .andExpect(invalid("unitIds"));
        verifyNoInteractions(openings);
    }

    @Test
    @DisplayName("OPEN-1: an opening with a held unit answers 409 naming OPEN-1")
    void refusedOpening() throws Exception {
        when(openings.open(any(), any())).thenThrow(InventoryControllerTest.refused(InventoryRule.OPEN_1));
        mvc.perform(post(PM, "/api/inventory/openings", opening(null, AT)))
                .andExpect(WebSliceTest.Calls.refused("OPEN-1"));
    }

    @Test
    @DisplayName("OPEN-1: an opening is asked for with the request's office, units, time and quota, and answers 201 with the opening")
    void openMapsTheOpening() throws Exception {
        when(openings.open(any(), any())).thenReturn(new Opening("opn-1", "dev-1", "office-1", "x",
                List.of("u-1", "u-2"), Instant.parse(AT), 2, "pm-1", Instant.parse("2029-12-31T00:00:00Z")));
        mvc.perform(post(PM, "/api/inventory/openings", opening("2", AT)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.openingId").value("opn-1"))
                .andExpect(jsonPath("$.unitIds[1]").value("u-2"))
                .andExpect(jsonPath("$.opensAt").value(AT))
                .andExpect(jsonPath("$.quotaPerBuyer").value(2))
                .andExpect(jsonPath("$.openedBy").value("pm-1"));
        verify(openings).open(any(), eq(new OpeningSales.OpenUnits("office-1", "x", List.of("u-1", "u-2"),
                Instant.parse(AT), 2)));
    }
}
