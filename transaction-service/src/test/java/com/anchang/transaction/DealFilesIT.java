package com.anchang.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestHttp;
import com.anchang.support.test.TestHttp.Answer;
import com.anchang.support.test.TestTokens;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.UnitAvailability;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A deal's files on the whole service: uploaded over real HTTP (Tomcat's multipart parsing and its
 * limit), stored in the in-process Mongo, read back byte for byte, every read audited.
 */
@ServiceIntegrationTest
class DealFilesIT extends FakeInventory {

    static final JsonMapper JSON = new JsonMapper();
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-1", "dev-1").at("office-1", "CONSULTANT");
    static final TestTokens.Staff FINANCE = TestTokens.staff("u-finance-1", "dev-1").at("office-1", "FINANCE");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-1", "dev-1").at("office-1", "PM");
    static final TestTokens.Staff OTHER_CONSULTANT = TestTokens.staff("c-9", "dev-1").at("office-1", "CONSULTANT");
    static final TestTokens.Staff AWAY = TestTokens.staff("u-away-1", "dev-1").at("office-2", "PM", "FINANCE");

    @Autowired
    TestHttp server;
    @Autowired
    DealRepository deals;
    @Autowired
    MongoTemplate mongo;
    @Value("${local.server.port}")
    int port;

    /** A response as a client sees it: status, headers and body bytes. */
    record Reply(int status, HttpHeaders headers, byte[] body) {
        Map<String, Object> json() {
            return JSON.readValue(body, Map.class);
        }
    }

    String dealOfConsultantC1() {
        DealEvent.Opened opened = Deal.open("dev-1", "office-1", "c-1", "lead-files",
                new Buyer("王小明", "13812345678"), new UnitAvailability("unit-files", "9-0901", "office-1", "AVAILABLE"),
                Instant.now());
        deals.insert(opened.deal(), List.of(opened));
        return opened.deal().id();
    }

    Reply upload(TestTokens.Staff staff, String dealId, String kind, String fileName, String type, byte[] content) {
        return RestClient.create("http://localhost:" + port).post().uri("/api/deals/{dealId}/files", dealId)
                .header("Authorization", "Bearer " + staff.token())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(DealFileForms.form(kind, fileName, type, content))
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
                        response.getBody().readAllBytes()));
    }

    Reply get(TestTokens.Staff staff, String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .header("Authorization", "Bearer " + staff.token())
                .exchange((request, response) -> new Reply(response.getStatusCode().value(), response.getHeaders(),
                        response.getBody().readAllBytes()));
    }

    long filesOf(String dealId) {
        return mongo.count(query(where("dealId").is(dealId)), "deal_files");
    }

    @Test
    @DisplayName("DEAL-4: the consultant uploads the power of attorney; PM and finance read it byte for byte; the PM sees both reads in the audit")
    void storeReadAudit() {
        String dealId = dealOfConsultantC1();
        byte[] attorney = DealFileForms.pdf("委托书 (2026)沪东证字第 1234 号");

        Reply created = upload(CONSULTANT, dealId, "POWER_OF_ATTORNEY", "委托书.pdf", "application/pdf", attorney);
        assertThat(created.status()).as(new String(created.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        String location = created.headers().getLocation().toString();
        String fileId = (String) created.json().get("fileId");
        assertThat(location).isEqualTo("/api/deals/" + dealId + "/files/" + fileId);
        Document stored = mongo.getCollection("deal_files").find(new Document("_id", fileId)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.get("content", org.bson.types.Binary.class).getData()).isEqualTo(attorney);

        Reply byPm = get(PM, location);
        Reply byFinance = get(FINANCE, location);
        assertThat(byPm.status()).isEqualTo(200);
        assertThat(byPm.body()).isEqualTo(attorney);
        assertThat(byPm.headers().getContentType()).hasToString("application/pdf");
        assertThat(byPm.headers().getContentDisposition().getFilename()).isEqualTo("委托书.pdf");
        assertThat(byFinance.body()).isEqualTo(attorney);

        Answer listed = server.as(FINANCE.token()).get("/api/deals/" + dealId + "/files");
        assertThat(listed.list()).singleElement().satisfies(file -> assertThat(file)
                .containsEntry("fileId", fileId).containsEntry("kind", "POWER_OF_ATTORNEY")
                .containsEntry("uploadedBy", "c-1").doesNotContainKey("content"));
        Answer audit = server.as(PM.token()).get("/api/deals/" + dealId + "/files/audit");
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.list()).extracting(entry -> entry.get("userId"), entry -> entry.get("action"),
                entry -> entry.get("fileId")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("u-pm-1", "READ", fileId),
                        org.assertj.core.groups.Tuple.tuple("u-finance-1", "READ", fileId));
    }

    @Test
    @DisplayName("DEAL-4: another consultant of the office and another office's PM do not see the deal (404: a consultant sees their own deals only); neither read is served or audited")
    void othersRefused() {
        String dealId = dealOfConsultantC1();
        Reply created = upload(FINANCE, dealId, "CHEQUE_IMAGE", "cheque.pdf", "application/pdf", DealFileForms.pdf("cheque 10203040"));
        String location = created.headers().getLocation().toString();

        assertThat(get(OTHER_CONSULTANT, location).status()).isEqualTo(404);
        assertThat(get(AWAY, location).status()).isEqualTo(404);
        assertThat(server.as(PM.token()).get("/api/deals/" + dealId + "/files/audit").list()).isEmpty();
    }

    @Test
    @DisplayName("DEAL-4: a 20 MB upload is cut off by the multipart limit: 413 naming the file, nothing stored")
    void twentyMegabytesOverHttp() {
        String dealId = dealOfConsultantC1();
        byte[] huge = new byte[20 * 1024 * 1024];
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        System.arraycopy(jpeg, 0, huge, 0, jpeg.length);

        Reply refused = upload(CONSULTANT, dealId, "ID_COPY", "id.jpg", "image/jpeg", huge);

        assertThat(refused.status()).as(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(413);
        assertThat(refused.json()).containsEntry("field", "file");
        assertThat(filesOf(dealId)).isZero();
    }

    @Test
    @DisplayName("DEAL-4: an executable \"ID copy\" is 400 naming the file, nothing stored; the same file sent twice is kept once")
    void executableRefusedRetryKeptOnce() {
        String dealId = dealOfConsultantC1();
        Reply exe = upload(CONSULTANT, dealId, "ID_COPY", "id.jpg", "image/jpeg", new byte[] {'M', 'Z', (byte) 0x90, 0, 3});
        assertThat(exe.status()).isEqualTo(400);
        assertThat(exe.json()).containsEntry("field", "file");
        assertThat(filesOf(dealId)).isZero();

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThat(upload(CONSULTANT, dealId, "ID_COPY", "id.png", "image/png", png).status()).isEqualTo(201);
        assertThat(upload(CONSULTANT, dealId, "ID_COPY", "id.png", "image/png", png).status()).isEqualTo(200);
        assertThat(filesOf(dealId)).isOne();
    }
}
