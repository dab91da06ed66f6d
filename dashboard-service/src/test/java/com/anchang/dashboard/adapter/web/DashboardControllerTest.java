package com.anchang.dashboard.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.dashboard.application.ViewingDashboards;
import com.anchang.dashboard.application.ViewingDashboards.OfficeDashboard;
import com.anchang.dashboard.application.ViewingDiscounts;
import com.anchang.dashboard.application.ViewingLeads;
import com.anchang.dashboard.application.ViewingMoney;
import com.anchang.dashboard.application.ViewingPeople;
import com.anchang.dashboard.application.ViewingSellThrough;
import com.anchang.dashboard.application.ViewingService;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.Funnel;
import com.anchang.dashboard.domain.Period;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WebSliceTest(DashboardController.class)
class DashboardControllerTest {

    static final TestTokens.Staff PM = TestTokens.staff("pm-1", "dev-1").at("office-1", "PM");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ViewingDashboards viewing;
    @MockitoBean
    ViewingSellThrough sellThrough;
    @MockitoBean
    ViewingDiscounts discounts;
    @MockitoBean
    ViewingMoney money;
    @MockitoBean
    ViewingPeople people;
    @MockitoBean
    ViewingLeads leads;
    @MockitoBean
    ViewingService service;

    @Test
    @DisplayName("from or to missing, or not a yyyy-MM-dd date, is a 400 naming the parameter; nothing read")
    void datesAreChecked() throws Exception {
        mvc.perform(get(PM, "/api/dashboards/offices/office-1?to=2026-11-30")).andExpect(invalid("from"));
        mvc.perform(get(PM, "/api/dashboards/offices/office-1?from=2026-11-01")).andExpect(invalid("to"));
        mvc.perform(get(PM, "/api/dashboards/offices/office-1?from=2026-11-01&to=30.11.2026")).andExpect(invalid("to"));
        mvc.perform(get(PM, "/api/dashboards/developers/dev-1?from=2026-02-30&to=2026-03-01")).andExpect(invalid("from"));
        verifyNoInteractions(viewing);
    }

    @Test
    @DisplayName("a period the use case refuses answers 400 naming to; no token 401")
    void refusedPeriod() throws Exception {
        when(viewing.office(any(), eq("office-1"), any(), any()))
                .thenThrow(new InvalidInputException("to", "must not be before from (2026-11-02)"));
        mvc.perform(get(PM, "/api/dashboards/offices/office-1?from=2026-11-02&to=2026-11-01")).andExpect(invalid("to"));
        mvc.perform(MockMvcRequestBuilders.get("/api/dashboards/offices/office-1?from=2026-11-01&to=2026-11-02"))
                .andExpect(problem(401));
    }

    @Test
    @DisplayName("the office dashboard answers the funnel with each step's conversion and the previous period")
    void answer() throws Exception {
        Period period = new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
        when(viewing.office(any(), eq("office-1"), eq(period.from()), eq(period.to()))).thenReturn(new OfficeDashboard(
                "office-1", "Asia/Shanghai", period,
                Funnel.of(Figures.ZERO.plus(Count.VISITS, 40).plus(Count.NEW_LEADS, 10)), period.previous(),
                Funnel.of(Figures.ZERO)));

        mvc.perform(get(PM, "/api/dashboards/offices/office-1?from=2026-11-01&to=2026-11-30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.funnel.steps[1].name").value("newLeads"))
                .andExpect(jsonPath("$.funnel.steps[1].conversionPercent").value(25.0))
                .andExpect(jsonPath("$.previousPeriod.from").value("2026-10-02"));
    }
}
