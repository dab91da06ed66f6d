package com.anchang.lead.adapter.web.rotation;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.lead.application.rotation.ReadingRotation;
import com.anchang.lead.application.rotation.RotatingReception;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mockito.BDDMockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebSliceTest(RotationController.class)
class RotationControllerTest {

    static final String PM = TestTokens.staff("u-pm-1", "dev-1").at("office-1", "PM").token();

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RotatingReception rotating;
    @MockitoBean
    ReadingRotation reading;
    @MockitoBean
    RotationBoardStream stream;

    ResultActions send(String path, String json) throws Exception {
        return mvc.perform(post("/api/leads/rotation/office-1" + path).header(HttpHeaders.AUTHORIZATION, "Bearer " + PM)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @ParameterizedTest
    @ValueSource(strings = {"logs", "fairness"})
    @DisplayName("ROT-11: the logs and the fairness report of a day take an ISO date; a bad date answers 400 naming date")
    void badDate(String report) throws Exception {
        mvc.perform(get("/api/leads/rotation/office-1/" + report + "?date=2026-13-01")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + PM))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("date"));
        verifyNoInteractions(reading);
    }

    @Test
    @DisplayName("ROT-4/5/7/8: a decline without queue or reason, unavailable without reason, a hand-over without the owner, a cover of an unknown kind answer 400 naming the field")
    void badBodies() throws Exception {
        send("/decline", "{\"reason\": \"lunch\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("queue"));
        send("/decline", "{\"queue\": \"WALK_IN\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        send("/unavailable", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reason"));
        send("/hand-over", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("ownerConsultantId"));
        send("/cover", "{\"kind\": \"FAVOUR\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"));
        verifyNoInteractions(rotating);
    }

    @Test
    @DisplayName("ROT-11: an unknown assignment answers 404 naming it")
    void unknownAssignment() throws Exception {
        BDDMockito.given(reading.assignment(any(), any(), any()))
                .willThrow(new NotFoundException("assignment", "asg-unknown"));
        mvc.perform(get("/api/leads/rotation/office-1/assignments/asg-unknown")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + PM))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.id").value("asg-unknown"));
    }
}
