package com.anchang.dashboard.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.dashboard.application.ViewingDashboards;
import com.anchang.dashboard.application.ViewingDiscounts;
import com.anchang.dashboard.application.ViewingLeads;
import com.anchang.dashboard.application.ViewingMoney;
import com.anchang.dashboard.application.ViewingPeople;
import com.anchang.dashboard.application.ViewingPeople.LeagueView;
import com.anchang.dashboard.application.ViewingSellThrough;
import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.LeagueTable;
import com.anchang.dashboard.domain.Period;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(ExportController.class)
class ExportControllerTest {

    static final TestTokens.Staff PM = TestTokens.staff("pm-1", "dev-1").at("office-1", "PM");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ViewingDashboards dashboards;
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

    @Test
    @DisplayName("the consultants' league table as an Excel workbook: a header of its columns, one row per consultant, amounts as numbers")
    void leagueTableAsExcel() throws Exception {
        Period november = new Period(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"));
        when(people.office(any(), eq("office-1"), eq(november.from()), eq(november.to()))).thenReturn(new LeagueView(
                "office-1", november, LeagueTable.of(Map.of("c-1", Figures.ZERO.plus(Count.NEW_LEADS, 4)
                        .plus(Count.SUBSCRIPTIONS, 1).plus(Amount.SUBSCRIBED, new BigDecimal("3200000.50"))))));

        byte[] body = mvc.perform(get(PM, "/api/dashboards/offices/office-1/export/consultants?from=2026-11-01&to=2026-11-30"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ExportController.XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"office-1-consultants.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("consultants of office office-1, 2026-11-01 – 2026-11-30");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("rank");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("consultantId");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("c-1");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).isEqualTo("netSubscribedAmount");
            assertThat(sheet.getRow(2).getCell(7).getNumericCellValue()).isEqualTo(3200000.50);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(4.0);
        }
    }

    @Test
    @DisplayName("a table over a period without from is a 400 naming from; an unknown table 404; nothing read")
    void refusals() throws Exception {
        mvc.perform(get(PM, "/api/dashboards/offices/office-1/export/consultants?to=2026-11-30")).andExpect(invalid("from"));
        mvc.perform(get(PM, "/api/dashboards/developers/dev-1/export/salaries")).andExpect(problem(404));
        verifyNoInteractions(people, dashboards);
    }
}
