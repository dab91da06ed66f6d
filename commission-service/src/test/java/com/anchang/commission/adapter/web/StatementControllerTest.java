package com.anchang.commission.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.commission.application.ViewingCredits;
import com.anchang.commission.application.ViewingStatements;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest(StatementController.class)
class StatementControllerTest {

    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-li", "dev-1").at("office-1", "CONSULTANT");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ViewingStatements statements;

    static ViewingStatements.Statement november() {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new ViewingStatements.Statement("c-li", "office-1", YearMonth.of(2026, 11), List.of(
                new ViewingStatements.Line(LocalDate.parse("2026-11-22"), "deal-1", "unit-1", LedgerEntry.Kind.CREDIT,
                        new BigDecimal("1600000.00"), new BigDecimal("0.5"), "3‰ per deal", "RECOGNISED", "evt-1", "COMM-2"),
                new ViewingStatements.Line(LocalDate.parse("2026-11-22"), "deal-1", "unit-1",
                        LedgerEntry.Kind.COMMISSION, new BigDecimal("4800.00"), new BigDecimal("0.5"), "3‰ per deal",
                        "RECOGNISED", "evt-1", "3‰ per deal on 1600000.00 CNY credited")),
                new ViewingStatements.Totals(new BigDecimal("1600000.00"), new BigDecimal("4800.00"), zero, zero, zero),
                new ViewingCredits.Ledger("c-li", "office-1", List.of(), new BigDecimal("1600000.00"), zero,
                        new BigDecimal("4800.00"), zero, zero));
    }

    @Test
    @DisplayName("a monthly statement answers its lines (deal, unit, amount, split, tier, stage) and totals; it needs the office and a month (400 naming each)")
    void statementAsJson() throws Exception {
        when(statements.statement(any(), eq("office-1"), eq("c-li"), eq(YearMonth.of(2026, 11)))).thenReturn(november());
        mvc.perform(get(CONSULTANT, "/api/commissions/consultants/c-li/statement?officeId=office-1&month=2026-11"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].unitId").value("unit-1"))
                .andExpect(jsonPath("$.lines[0].split").value(0.5))
                .andExpect(jsonPath("$.lines[1].tier").value("3‰ per deal"))
                .andExpect(jsonPath("$.totals.commission").value(4800.00));
        mvc.perform(get(CONSULTANT, "/api/commissions/consultants/c-li/statement?month=2026-11"))
                .andExpect(invalid("officeId"));
        mvc.perform(get(CONSULTANT, "/api/commissions/consultants/c-li/statement?officeId=office-1"))
                .andExpect(invalid("month"));
    }

    @Test
    @DisplayName("the same statement as an Excel workbook: a header, one row per line with its amount, the totals below")
    void statementAsWorkbook() throws Exception {
        when(statements.statement(any(), eq("office-1"), eq("c-li"), eq(YearMonth.of(2026, 11)))).thenReturn(november());
        byte[] xlsx = mvc.perform(get(CONSULTANT,
                        "/api/commissions/consultants/c-li/statement.xlsx?officeId=office-1&month=2026-11"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"statement-c-li-2026-11.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("金额 amount (CNY)");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("deal-1");
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue()).isEqualTo(1600000.00);
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("COMMISSION");
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).isEqualTo("3‰ per deal");
            assertThat(sheet.getRow(6).getCell(3).getStringCellValue()).isEqualTo("佣金 commission");
            assertThat(sheet.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(4800.00);
        }
    }
}
