package com.anchang.notification.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.notification.application.RemindingConsultants;
import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WebSliceTest(ConsultantInboxController.class)
class ConsultantInboxControllerTest {

    static final TestTokens.Staff CONSULTANT = TestTokens.staff("u-consultant", "dev-1").at("office-1", "CONSULTANT");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RemindingConsultants reminding;
    @Autowired
    ConsultantInboxStream stream;

    @TestConfiguration
    static class LiveInbox {

        @Bean
        ConsultantInboxStream consultantInboxStream() {
            return new ConsultantInboxStream(Duration.ofMinutes(1));
        }
    }

    static ConsultantReminder lapsing(String id, String consultant, String developer) {
        return ConsultantReminder.protectionLapsing(id, consultant, developer, "office-1", "lead-5b1f2c0e",
                LocalDate.parse("2026-11-27"), LocalDate.parse("2026-11-28"), Instant.parse("2026-11-27T01:00:00Z"));
    }

    @Test
    @DisplayName("NOTE-6: the consultant's inbox pushed live: the inbox at once, then each reminder stored for them, not another's")
    void myInboxLive() throws Exception {
        when(reminding.mine(any(), eq(100))).thenReturn(List.of(lapsing("evt-1", "u-consultant", "dev-1")));

        MvcResult live = mvc.perform(get(CONSULTANT, "/api/notifications/consultants/me/inbox/stream"))
                .andExpect(request().asyncStarted()).andReturn();
        assertThat(live.getResponse().getContentAsString()).contains("event:inbox").contains("evt-1");
        assertThat(stream.subscribers("u-consultant")).isEqualTo(1);

        stream.added(lapsing("evt-other", "u-colleague", "dev-1"));
        stream.added(lapsing("evt-2", "u-consultant", "dev-1"));

        await().untilAsserted(() -> assertThat(live.getResponse().getContentAsString())
                .contains("event:reminder").contains("evt-2").contains("PROTECTION_LAPSING"));
        assertThat(live.getResponse().getContentAsString()).doesNotContain("evt-other");
    }

    @Test
    @DisplayName("NOTE-6: the consultant's inbox answers their reminders with kind, lead and text")
    void myInbox() throws Exception {
        when(reminding.mine(any(), eq(100))).thenReturn(List.of(ConsultantReminder.protectionLapsing("evt-1",
                "u-consultant", "dev-1", "office-1", "lead-5b1f2c0e", LocalDate.parse("2026-11-27"),
                LocalDate.parse("2026-11-28"), Instant.parse("2026-11-27T01:00:00Z"))));

        mvc.perform(get(CONSULTANT, "/api/notifications/consultants/me/inbox"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("evt-1"))
                .andExpect(jsonPath("$[0].kind").value("PROTECTION_LAPSING"))
                .andExpect(jsonPath("$[0].subject").value("lead-5b1f2c0e"))
                .andExpect(jsonPath("$[0].at").value("2026-11-27T01:00:00Z"))
                .andExpect(jsonPath("$[0].text").value(org.hamcrest.Matchers.containsString("2026-11-28 释放")));
    }

    @Test
    @DisplayName("the consultant's inbox without a token answers 401 and reads nothing")
    void noToken() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/notifications/consultants/me/inbox")).andExpect(problem(401));
        verifyNoInteractions(reminding);
    }
}
