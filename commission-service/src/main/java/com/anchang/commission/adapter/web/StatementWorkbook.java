package com.anchang.commission.adapter.web;

import com.anchang.commission.application.ViewingStatements;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A consultant's monthly statement (对账单) as an Excel workbook: one row per line, then the month's totals. */
final class StatementWorkbook {

    static final List<String> HEADER = List.of("日期 date", "订单 deal", "房号 unit", "类别 kind", "金额 amount (CNY)",
            "分成 split", "档位 tier", "阶段 stage", "原因 cause", "说明 note");

    private StatementWorkbook() {
    }

    static byte[] of(ViewingStatements.Statement statement) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("对账单 " + statement.month());
            sheet.createRow(0).createCell(0).setCellValue("consultant " + statement.consultantId() + ", office "
                    + statement.officeId() + ", month " + statement.month());
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            int r = 2;
            for (ViewingStatements.Line line : statement.lines()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.date().toString());
                row.createCell(1).setCellValue(line.dealId());
                row.createCell(2).setCellValue(text(line.unitId()));
                row.createCell(3).setCellValue(line.kind().name());
                row.createCell(4).setCellValue(line.amount().doubleValue());
                row.createCell(5).setCellValue(line.split() == null ? "" : line.split().stripTrailingZeros().toPlainString());
                row.createCell(6).setCellValue(text(line.tier()));
                row.createCell(7).setCellValue(text(line.stage()));
                row.createCell(8).setCellValue(line.causeEventId());
                row.createCell(9).setCellValue(text(line.note()));
            }
            ViewingStatements.Totals t = statement.totals();
            r++;
            r = total(sheet, r, "业绩 credited", t.credited());
            r = total(sheet, r, "佣金 commission", t.commission());
            r = total(sheet, r, "发放 paid", t.paid());
            r = total(sheet, r, "扣回 clawed back", t.clawedBack());
            total(sheet, r, "本月应发 payable", t.payable());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int total(Sheet sheet, int r, String label, BigDecimal amount) {
        Row row = sheet.createRow(r);
        row.createCell(3).setCellValue(label);
        row.createCell(4).setCellValue(amount.doubleValue());
        return r + 1;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
