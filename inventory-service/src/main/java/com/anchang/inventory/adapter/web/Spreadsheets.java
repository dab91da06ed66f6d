package com.anchang.inventory.adapter.web;

import com.anchang.support.problem.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads an uploaded price list (.csv in UTF-8, or the first sheet of an .xlsx) into rows of cell text. */
final class Spreadsheets {

    static final int MAX_ROWS = 5001;

    private Spreadsheets() {
    }

    static List<List<String>> read(String fileName, byte[] content) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv")) {
            return csv(new String(content, StandardCharsets.UTF_8));
        }
        if (name.endsWith(".xlsx")) {
            return xlsx(content);
        }
        throw new InvalidInputException("fileName", "must end in .csv or .xlsx");
    }

    static List<List<String>> xlsx(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            List<List<String>> grid = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                if (grid.size() > MAX_ROWS) {
                    throw new InvalidInputException("content", "has more than " + (MAX_ROWS - 1) + " unit rows");
                }
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                                ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                                : text.formatCellValue(cell));
                    }
                }
                grid.add(cells);
            }
            return grid;
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidInputException("content", "is not a readable .xlsx workbook");
        }
    }

    /** RFC 4180: comma-separated, fields optionally in double quotes ("" inside for a quote). */
    static List<List<String>> csv(String text) {
        List<List<String>> grid = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                grid.add(row);
                row = new ArrayList<>();
                if (grid.size() > MAX_ROWS) {
                    throw new InvalidInputException("content", "has more than " + (MAX_ROWS - 1) + " unit rows");
                }
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new InvalidInputException("content", "has a quote that is never closed");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            grid.add(row);
        }
        return grid;
    }
}
