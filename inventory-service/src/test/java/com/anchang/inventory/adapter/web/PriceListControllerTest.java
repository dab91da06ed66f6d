package com.anchang.inventory.adapter.web;

import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.post;
import static com.anchang.support.test.WebSliceTest.Calls.problem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.anchang.inventory.application.CataloguingBuilding;
import com.anchang.inventory.application.RepricingBuilding;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.test.TestTokens;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The price-list uploads of both controllers: a new building's list and a building's re-import. */
@com.anchang.support.test.WebSliceTest({PriceListController.class, BuildingPriceListController.class})
class PriceListControllerTest {

    static final TestTokens.Staff PM = TestTokens.staff("pm-1", "dev-1").at("office-1", "PM");
    static final String CSV = "floor,number,layout,grossArea,netArea,orientation,listPrice\n1,1,3室2厅2卫,118.50,95.20,南,3000000\n";
    static final String PRICES = "/api/inventory/buildings/bld-1/price-lists";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CataloguingBuilding cataloguing;
    @MockitoBean
    RepricingBuilding repricing;

    static String upload(String fileName, byte[] file) {
        return "{\"officeId\":\"office-1\",\"projectId\":\"p-bad\",\"name\":\"9\",\"fileName\":\"" + fileName
                + "\",\"content\":\"" + Base64.getEncoder().encodeToString(file) + "\"}";
    }

    @Test
    @DisplayName("UNIT-1: a malformed spreadsheet, a wrong file type or bad base64 answer 400 naming the field; an unreadable CSV 400; nothing catalogued")
    void malformedUploads() throws Exception {
        mvc.perform(post(PM, "/api/inventory/price-lists", upload("book.xlsx", "not a zip".getBytes())))
                .andExpect(invalid("content"));
        mvc.perform(post(PM, "/api/inventory/price-lists", upload("book.pdf", CSV.getBytes(StandardCharsets.UTF_8))))
                .andExpect(invalid("fileName"));
        mvc.perform(post(PM, "/api/inventory/price-lists", upload("a.csv", "floor,\"number\n1,2".getBytes())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
        mvc.perform(post(PM, "/api/inventory/price-lists", upload("a.csv", CSV.getBytes(StandardCharsets.UTF_8))
                .replaceAll("\"content\":\"[^\"]*\"", "\"content\":\"%%%\""))).andExpect(invalid("content"));
        verify(cataloguing, never()).catalogue(any(), any());
    }

    @Test
    @DisplayName("UNIT-6: a price list by someone who may not catalogue answers 403 naming the action before the file is read")
    void forbidden() throws Exception {
        doThrow(new ForbiddenException("catalogue a building", "needs PM or SALES_CONTROL"))
                .when(cataloguing).mayCatalogue(any(), anyString());
        mvc.perform(post(PM, "/api/inventory/price-lists", upload("book.pdf", CSV.getBytes(StandardCharsets.UTF_8))))
                .andExpect(problem(403)).andExpect(jsonPath("$.action").value("catalogue a building"));
        verify(cataloguing, never()).catalogue(any(), any());
    }

    @Test
    @DisplayName("UNIT-1: a re-import naming a version 0 or a word, a PDF, no content or content not in base64 answers 400 naming the field; nothing repriced")
    void badReimports() throws Exception {
        mvc.perform(get(PM, PRICES + "/0")).andExpect(invalid("version"));
        mvc.perform(get(PM, PRICES + "/latest")).andExpect(invalid("version"));
        String content = Base64.getEncoder().encodeToString("floor,number,listPrice\n1,1,3100000\n".getBytes());
        mvc.perform(post(PM, PRICES, "{\"fileName\":\"a.pdf\",\"content\":\"" + content + "\"}"))
                .andExpect(invalid("fileName"));
        mvc.perform(post(PM, PRICES, "{\"fileName\":\"a.csv\"}")).andExpect(invalid("content"));
        mvc.perform(post(PM, PRICES, "{\"fileName\":\"a.csv\",\"content\":\"%%%\"}")).andExpect(invalid("content"));
        verify(repricing, never()).apply(any(), anyString(), anyString(), any());
        verify(repricing, never()).version(any(), anyString(), org.mockito.ArgumentMatchers.anyInt());
    }
}
