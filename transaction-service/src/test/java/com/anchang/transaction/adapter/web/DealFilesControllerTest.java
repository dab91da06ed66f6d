package com.anchang.transaction.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import com.anchang.transaction.application.InMemoryDealFiles;
import com.anchang.transaction.application.KeepingDealFiles;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.UnitAvailability;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The upload API's bad inputs, answered by the real use case over in-memory files (the deal store mocked). */
@WebSliceTest(DealFilesController.class)
class DealFilesControllerTest {

    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-1", "dev-1").at("office-1", "CONSULTANT");
    static final TestTokens.Staff PM = TestTokens.staff("u-pm-1", "dev-1").at("office-1", "PM");
    static final TestTokens.Staff SALES_CONTROL = TestTokens.staff("u-sc-1", "dev-1").at("office-1", "SALES_CONTROL");
    static final TestTokens.Staff AWAY = TestTokens.staff("u-away-1", "dev-1").at("office-2", "PM", "FINANCE");
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D};

    @TestConfiguration(proxyBeanMethods = false)
    static class RealUseCase {

        @Bean
        InMemoryDealFiles inMemoryDealFiles() {
            return new InMemoryDealFiles();
        }

        @Bean
        KeepingDealFiles keepingDealFiles(DealRepository deals, InMemoryDealFiles files, Clock clock) {
            return new KeepingDealFiles(deals, files, files, clock, 5L * 1024 * 1024);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    InMemoryDealFiles files;
    @MockitoBean
    DealRepository deals;

    Deal deal;

    @BeforeEach
    void aDealOfOffice1() {
        files.clear();
        deal = Deal.open("dev-1", "office-1", "c-1", "lead-1", new Buyer("王小明", "13812345678"),
                new UnitAvailability("unit-1", "3-1802", "office-1", "AVAILABLE"), Instant.parse("2026-11-21T03:30:00Z"))
                .deal();
        when(deals.find(deal.id())).thenReturn(Optional.of(deal));
    }

    MockMultipartHttpServletRequestBuilder upload(TestTokens.Staff staff, String kind, MockMultipartFile file) {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart("/api/deals/{dealId}/files",
                deal.id());
        if (file != null) {
            request.file(file);
        }
        if (kind != null) {
            request.param("kind", kind);
        }
        request.header("Authorization", "Bearer " + staff.token());
        return request;
    }

    static MockMultipartFile file(String name, String type, byte[] content) {
        return new MockMultipartFile("file", name, type, content);
    }

    @Test
    @DisplayName("DEAL-4: the deal's consultant uploads the ID copy (201, Location); the same file again is the same file (200)")
    void uploads() throws Exception {
        mvc.perform(upload(CONSULTANT, "ID_COPY", file("身份证正面.jpg", "image/jpeg", JPEG)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/deals/" + deal.id() + "/files/file-")))
                .andExpect(jsonPath("$.kind").value("ID_COPY"))
                .andExpect(jsonPath("$.contentType").value("image/jpeg"))
                .andExpect(jsonPath("$.size").value(JPEG.length))
                .andExpect(jsonPath("$.fileName").value("身份证正面.jpg"))
                .andExpect(jsonPath("$.uploadedBy").value("c-1"));
        mvc.perform(upload(CONSULTANT, "ID_COPY", file("身份证正面.jpg", "image/jpeg", JPEG)))
                .andExpect(status().isOk());
        assertThat(files.count()).isOne();
    }

    @Test
    @DisplayName("DEAL-4: a 20 MB \"ID copy\" is 413 naming the file; nothing is stored")
    void twentyMegabytes() throws Exception {
        byte[] huge = new byte[20 * 1024 * 1024];
        System.arraycopy(JPEG, 0, huge, 0, JPEG.length);
        mvc.perform(upload(CONSULTANT, "ID_COPY", file("id.jpg", "image/jpeg", huge)))
                .andExpect(problem(413))
                .andExpect(jsonPath("$.field").value("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("5242880 bytes")));
        assertThat(files.count()).isZero();
    }

    @Test
    @DisplayName("DEAL-4: an executable \"ID copy\", or a PNG declared as JPEG, is 400 naming the file; nothing is stored")
    void executableOrMismatch() throws Exception {
        mvc.perform(upload(CONSULTANT, "ID_COPY", file("id.jpg", "image/jpeg", new byte[] {'M', 'Z', (byte) 0x90, 0})))
                .andExpect(invalid("file"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("executable")));
        mvc.perform(upload(CONSULTANT, "CHEQUE_IMAGE", file("cheque.jpg", "image/jpeg", PNG)))
                .andExpect(invalid("file"));
        assertThat(files.count()).isZero();
    }

    @Test
    @DisplayName("DEAL-4: no file part, no kind or an unknown kind is 400 naming it")
    void missingParts() throws Exception {
        mvc.perform(upload(CONSULTANT, "ID_COPY", null)).andExpect(invalid("file"));
        mvc.perform(upload(CONSULTANT, null, file("id.jpg", "image/jpeg", JPEG))).andExpect(invalid("kind"));
        mvc.perform(upload(CONSULTANT, "SELFIE", file("id.jpg", "image/jpeg", JPEG))).andExpect(invalid("kind"));
        assertThat(files.count()).isZero();
    }

    @Test
    @DisplayName("DEAL-4: sales control of the office is refused (403); another office does not see the deal (404); an unknown deal is 404")
    void scoped() throws Exception {
        mvc.perform(upload(SALES_CONTROL, "ID_COPY", file("id.jpg", "image/jpeg", JPEG))).andExpect(problem(403));
        mvc.perform(upload(AWAY, "ID_COPY", file("id.jpg", "image/jpeg", JPEG))).andExpect(problem(404));
        mvc.perform(get(PM, "/api/deals/deal-unknown/files")).andExpect(problem(404));
        mvc.perform(get(SALES_CONTROL, "/api/deals/" + deal.id() + "/files/audit")).andExpect(problem(403));
        assertThat(files.count()).isZero();
    }

    @Test
    @DisplayName("DEAL-4: a read is served as an attachment of its checked type, never cached nor sniffed, and audited for the PM")
    void readServedSafely() throws Exception {
        String location = mvc.perform(upload(CONSULTANT, "ID_COPY", file("id.jpg", "image/jpeg", JPEG)))
                .andReturn().getResponse().getHeader("Location");

        mvc.perform(get(PM, location))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/jpeg"))
                .andExpect(content().bytes(JPEG))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));
        mvc.perform(get(PM, "/api/deals/" + deal.id() + "/files/audit"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].userId").value("u-pm-1"))
                .andExpect(jsonPath("$[0].action").value("READ"))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    @DisplayName("an upload without a token is 401")
    void unauthenticated() throws Exception {
        mvc.perform(MockMvcRequestBuilders.multipart("/api/deals/{dealId}/files", deal.id())
                        .file(file("id.jpg", "image/jpeg", JPEG)).param("kind", "ID_COPY"))
                .andExpect(status().isUnauthorized());
        assertThat(files.count()).isZero();
    }
}
