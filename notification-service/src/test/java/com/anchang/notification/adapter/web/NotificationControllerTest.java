package com.anchang.notification.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.notification.application.ChoosingChannels;
import com.anchang.notification.application.ViewingInbox;
import com.anchang.notification.application.ViewingReminders;
import com.anchang.notification.domain.Recipient;
import com.anchang.notification.domain.TestPolicies;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WebSliceTest(NotificationController.class)
class NotificationControllerTest {

    static final TestTokens.Staff FINANCE = TestTokens.staff("u-finance-1", "dev-1").at("office-1", "FINANCE");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ViewingReminders viewing;
    @MockitoBean
    ChoosingChannels choosing;
    @MockitoBean
    ViewingInbox inbox;

    @Test
    @DisplayName("a deal without reminders answers 404 naming the kind; no token 401, nothing read")
    void problems() throws Exception {
        when(viewing.ofDeal(any(), eq("deal-nope"))).thenThrow(new NotFoundException("reminders of deal", "deal-nope"));
        mvc.perform(get(FINANCE, "/api/notifications/deals/deal-nope/reminders"))
                .andExpect(problem(404)).andExpect(jsonPath("$.id").value("deal-nope"));
        when(viewing.ofDeal(any(), eq("deal-1"))).thenThrow(new AssertionError("read without a token"));
        mvc.perform(MockMvcRequestBuilders.get("/api/notifications/deals/deal-1/reminders")).andExpect(problem(401));
    }

    @Test
    @DisplayName("NOTE-1, LEAD-10: a deal's reminders answer the planned days and channel, the buyer's mobile masked")
    void remindersMapToTheView() throws Exception {
        ReminderSchedule schedule = ReminderSchedule.forDownPayment("deal-1", "dev-1", "office-1", "unit-1",
                new Recipient("王先生", "13812345678"), LocalDate.parse("2030-02-01"),
                TestPolicies.policy(List.of(5, 2), LocalTime.of(10, 0), ZoneId.of("Asia/Shanghai")),
                Instant.parse("2030-01-01T00:00:00Z"));
        when(viewing.ofDeal(any(), eq("deal-1"))).thenReturn(schedule);
        when(viewing.texts(schedule)).thenReturn(List.of("五天前的提醒", "两天前的提醒"));
        mvc.perform(get(FINANCE, "/api/notifications/deals/deal-1/reminders"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipient").value("138****5678"))
                .andExpect(jsonPath("$.downPaymentDueDate").value("2030-02-01"))
                .andExpect(jsonPath("$.reminders.length()").value(2))
                .andExpect(jsonPath("$.reminders[0].daysBefore").value(5))
                .andExpect(jsonPath("$.reminders[0].channel").value("SMS"))
                .andExpect(jsonPath("$.reminders[0].status").value("PLANNED"))
                .andExpect(jsonPath("$.reminders[0].id").isNotEmpty())
                .andExpect(jsonPath("$.reminders[1].text").value("两天前的提醒"));
    }

    @Test
    @DisplayName("NOTE-3: the buyer's channels need a preferred channel (400 naming it); the inbox needs the office, the office's day an ISO date (400)")
    void choiceAndInboxValidated() throws Exception {
        mvc.perform(MockMvcRequestBuilders.put("/api/notifications/deals/deal-1/buyer-channels")
                        .header("Authorization", "Bearer " + FINANCE.token())
                        .contentType("application/json").content("{\"optedOut\": [\"SMS\"]}"))
                .andExpect(problem(400));
        mvc.perform(get(FINANCE, "/api/notifications/inbox")).andExpect(problem(400));
        mvc.perform(get(FINANCE, "/api/notifications/offices/office-1/reminders")).andExpect(problem(400));
        mvc.perform(get(FINANCE, "/api/notifications/offices/office-1/reminders?date=16.12.2026")).andExpect(problem(400));
        verifyNoInteractions(choosing, inbox);
        verify(viewing, never()).ofOfficeDay(any(), any(), any());
    }
}
