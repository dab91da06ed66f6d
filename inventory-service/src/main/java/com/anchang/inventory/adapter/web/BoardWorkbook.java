package com.anchang.inventory.adapter.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * UNIT-5/UNIT-6: the sales-control board as an Excel workbook for the PM — sheet 销控表 the floors ×
 * units grid (code and status in each cell), sheet 价目表 one row per unit with its price and hold.
 */
final class BoardWorkbook {

    static final List<String> LIST_HEADER = List.of("房号 unit", "楼层 floor", "号 number", "户型 layout",
            "建筑面积 gross m²", "套内面积 net m²", "朝向 orientation", "总价 list price", "单价 per m²", "状态 status",
            "订单 deal", "保留至 hold expires", "成交价 deal price");

    private BoardWorkbook() {
    }

    static byte[] of(BuildingBoard board) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet grid = workbook.createSheet("销控表");
            Row title = grid.createRow(0);
            title.createCell(0).setCellValue(board.name() + " — " + board.counts() + ", sell-through " + board.sellThrough());
            int r = 1;
            for (BuildingBoard.Floor floor : board.grid()) {
                Row row = grid.createRow(r++);
                row.createCell(0).setCellValue(floor.floor());
                int c = 1;
                for (UnitView unit : floor.units()) {
                    row.createCell(c++).setCellValue(unit.code() + " " + unit.status());
                }
            }
            Sheet list = workbook.createSheet("价目表");
            Row header = list.createRow(0);
            for (int i = 0; i < LIST_HEADER.size(); i++) {
                header.createCell(i).setCellValue(LIST_HEADER.get(i));
            }
            r = 1;
            for (BuildingBoard.Floor floor : board.grid()) {
                for (UnitView u : floor.units()) {
                    Row row = list.createRow(r++);
                    row.createCell(0).setCellValue(u.code());
                    row.createCell(1).setCellValue(u.floor());
                    row.createCell(2).setCellValue(u.number());
                    row.createCell(3).setCellValue(u.layout());
                    row.createCell(4).setCellValue(u.grossArea().doubleValue());
                    row.createCell(5).setCellValue(u.netArea().doubleValue());
                    row.createCell(6).setCellValue(u.orientation());
                    row.createCell(7).setCellValue(u.listPrice().doubleValue());
                    row.createCell(8).setCellValue(u.pricePerSquareMetre().doubleValue());
                    row.createCell(9).setCellValue(u.status().name());
                    row.createCell(10).setCellValue(u.heldForDeal() == null ? "" : u.heldForDeal());
                    row.createCell(11).setCellValue(u.holdExpiresAt() == null ? "" : u.holdExpiresAt().toString());
                    row.createCell(12).setCellValue(u.dealPrice().doubleValue());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
