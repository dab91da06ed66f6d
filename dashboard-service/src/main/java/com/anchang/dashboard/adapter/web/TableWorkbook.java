package com.anchang.dashboard.adapter.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Any dashboard table as an Excel workbook: a title line, a header of the rows' field names (as the JSON names
 * them), one row per record; numbers as numbers (amounts with two decimals), other values as text, nested
 * values (a list) left out.
 */
final class TableWorkbook {

    private TableWorkbook() {
    }

    static byte[] of(String title, List<? extends Record> rows, Class<? extends Record> type) {
        RecordComponent[] columns = type.getRecordComponents();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = workbook.createSheet("table");
            sheet.createRow(0).createCell(0).setCellValue(title);
            Row header = sheet.createRow(1);
            int c = 0;
            for (RecordComponent column : columns) {
                if (!List.class.isAssignableFrom(column.getType())) {
                    header.createCell(c++).setCellValue(column.getName());
                }
            }
            int r = 2;
            for (Record record : rows) {
                Row row = sheet.createRow(r++);
                c = 0;
                for (RecordComponent column : columns) {
                    if (List.class.isAssignableFrom(column.getType())) {
                        continue;
                    }
                    Cell cell = row.createCell(c++);
                    Object value = value(record, column);
                    if (value instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(Record record, RecordComponent column) {
        try {
            return column.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName() + " of " + record.getClass(), e);
        }
    }
}
