package com.anchang.lead.adapter.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.lead.application.RecordingViolations;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebSliceTest(ViolationController.class)
class ViolationControllerTest {

    static final String PM = TestTokens.staff("u-pm-1", "dev-1").at("office-1", "PM").token();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RecordingViolations violations;

    ResultActions read(String query) throws Exception {
        return mvc.perform(get("/api/leads/violations?" + query).header(HttpHeaders.AUTHORIZATION, "Bearer " + PM));
    }

    ResultActions record(String json) throws Exception {
        return mvc.perform(post("/api/leads/violations").header(HttpHeaders.AUTHORIZATION, "Bearer " + PM)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    @DisplayName("LEAD-9: the violations of a day take an ISO date; a bad date answers 400 naming date, a missing office 400 naming officeId")
    void day() throws Exception {
        given(violations.onDay(any(), any(), any())).willReturn(List.of());

        read("officeId=office-1&date=2026-11-20").andExpect(status().isOk());
        then(violations).should().onDay(any(), eq("office-1"), eq(LocalDate.of(2026, 11, 20)));
        read("officeId=office-1&date=2026-02-30")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("date"));
        read("date=2026-11-20")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("officeId"));
    }

    @Test
    @DisplayName("LEAD-9: a violation without kind or evidence, or of an unknown kind, answers 400 naming the field and records nothing; an unknown lead 404")
    void badRecord() throws Exception {
        record("{\"officeId\": \"office-1\", \"leadId\": \"lead-1\", \"offender\": \"c-2\", \"evidence\": \"seen\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
        record("{\"officeId\": \"office-1\", \"leadId\": \"lead-1\", \"offender\": \"c-2\", \"kind\": \"LYING\", "
                + "\"evidence\": \"seen\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
        record("{\"officeId\": \"office-1\", \"leadId\": \"lead-1\", \"offender\": \"c-2\", \"kind\": \"GRABBING\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("evidence"));
        verifyNoInteractions(violations);

        given(violations.record(any(), any())).willThrow(new NotFoundException("lead", "lead-unknown"));
        record("{\"officeId\": \"office-1\", \"leadId\": \"lead-unknown\", \"offender\": \"c-2\", \"kind\": \"GRABBING\", "
                + "\"evidence\": \"seen\"}")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.id").value("lead-unknown"));
    }
}
