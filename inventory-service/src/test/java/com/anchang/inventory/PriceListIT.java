package com.anchang.inventory;

import static com.anchang.inventory.InventoryServiceIT.CONSULTANT;
import static com.anchang.inventory.InventoryServiceIT.OFFICE;
import static com.anchang.inventory.InventoryServiceIT.PM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Price lists from .csv and .xlsx: check (dry run), then apply all-or-nothing (UNIT-1, UNIT-6). */
@ServiceIntegrationTest
@SuppressWarnings("unchecked")
class PriceListIT {

    static final String CSV = """
            floor,number,layout,grossArea,netArea,orientation,listPrice
            1,1,2室2厅1卫,89.00,71.30,南,"2,150,000.00"
            1,2,3室2厅2卫,118.50,95.20,南北,3000000
            2,1,2室2厅1卫,89.00,71.30,南,2180000
            """;

    @Autowired
    TestHttp server;
    @Autowired
    MongoTemplate mongo;

    static Map<String, Object> upload(String projectId, String fileName, byte[] content) {
        return Map.of("officeId", OFFICE, "projectId", projectId, "name", "P", "fileName", fileName,
                "content", Base64.getEncoder().encodeToString(content));
    }

    Answer post(String path, Map<String, Object> body) {
        return server.as(PM.token()).call("POST", path, body);
    }

    static byte[] xlsx(List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("价目表");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @DisplayName("UNIT-1: a CSV price list is checked (valid, 3 units, nothing stored), then applied as a building with its units")
    void csvCheckThenApply() {
        Answer check = post("/api/inventory/price-lists/check", upload("p-csv", "价目表.csv", CSV.getBytes(StandardCharsets.UTF_8)));
        assertThat(check.status()).isEqualTo(200);
        assertThat(check.map()).containsEntry("valid", true).containsEntry("units", 3);
        assertThat(mongo.count(query(where("projectId").is("p-csv")), "units")).isZero();

        Answer applied = post("/api/inventory/price-lists", upload("p-csv", "价目表.csv", CSV.getBytes(StandardCharsets.UTF_8)));

        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        assertThat((Map<String, Object>) applied.map().get("counts")).containsEntry("AVAILABLE", 3);
        assertThat(applied.map()).containsEntry("totalValue", 7330000.00);
        assertThat(mongo.count(query(where("projectId").is("p-csv")), "units")).isEqualTo(3);
    }

    @Test
    @DisplayName("UNIT-1: an .xlsx price list with a bad row is reported (row, column, reason) and applying it stores nothing (400); fixed, it applies")
    void xlsxAllOrNothing() throws Exception {
        List<Object> header = List.of("楼层", "房号", "户型", "建筑面积", "套内面积", "朝向", "总价");
        byte[] bad = xlsx(List.of(header, List.of(1, 1, "2室", 89.5, 71.3, "南", 2150000),
                List.of(1, 2, "2室", -3, 71.3, "南", 2150000)));
        byte[] good = xlsx(List.of(header, List.of(1, 1, "2室", 89.5, 71.3, "南", 2150000),
                List.of(1, 2, "2室", 89.5, 71.3, "南", 2160000.5)));

        Answer check = post("/api/inventory/price-lists/check", upload("p-xlsx", "book.xlsx", bad));
        Answer refused = post("/api/inventory/price-lists", upload("p-xlsx", "book.xlsx", bad));
        long storedAfterRefusal = mongo.count(query(where("projectId").is("p-xlsx")), "units");
        Answer applied = post("/api/inventory/price-lists", upload("p-xlsx", "book.xlsx", good));

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.map()).containsEntry("valid", false);
        assertThat((List<Map<String, Object>>) check.map().get("problems")).containsExactly(
                Map.of("row", 3, "column", "grossArea", "reason", "must be more than 0"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.map()).containsEntry("valid", false);
        assertThat(storedAfterRefusal).isZero();
        assertThat(applied.status()).as(applied.text()).isEqualTo(201);
        assertThat(applied.map()).containsEntry("totalValue", 4310000.50);
    }

    @Test
    @DisplayName("UNIT-6: a consultant's price list answers 403 and stores nothing (malformed uploads: PriceListControllerTest)")
    void consultantMayNotUpload() {
        Answer consultant = server.as(CONSULTANT.token()).call("POST", "/api/inventory/price-lists",
                upload("p-bad", "a.csv", CSV.getBytes(StandardCharsets.UTF_8)));

        assertThat(consultant.status()).isEqualTo(403);
        assertThat(mongo.count(query(where("projectId").is("p-bad")), "units")).isZero();
        assertThat(mongo.count(query(where("projectId").is("p-bad")), "buildings")).isZero();
    }

    @Value("${local.server.port}")
    int port;

    byte[] download(String token, String buildingId) throws Exception {
        java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/api/inventory/buildings/" + buildingId + "/board.xlsx"))
                        .header("Authorization", "Bearer " + token).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    @DisplayName("UNIT-6: the PM exports the board and price list to Excel (销控表 grid, 价目表 rows with prices and status); a consultant may not (403)")
    void exportForThePmOnly() throws Exception {
        Answer applied = post("/api/inventory/price-lists", upload("p-export", "list.csv", CSV.getBytes(StandardCharsets.UTF_8)));
        String buildingId = applied.text("buildingId");

        byte[] workbook = download(PM.token(), buildingId);
        Answer consultant = server.as(CONSULTANT.token()).get("/api/inventory/buildings/" + buildingId + "/board.xlsx");

        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(workbook))) {
            assertThat(book.getSheet("销控表").getRow(1).getCell(1).getStringCellValue()).isEqualTo("P-201 AVAILABLE");
            Sheet list = book.getSheet("价目表");
            assertThat(list.getLastRowNum()).isEqualTo(3);
            assertThat(list.getRow(1).getCell(0).getStringCellValue()).isEqualTo("P-201");
            assertThat(list.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(2180000.0);
        }
        assertThat(consultant.status()).isEqualTo(403);
        assertThat(consultant.map()).containsEntry("action", "export the price list");
    }
}
