package com.anchang.inventory.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static com.anchang.support.test.WebSliceTest.Calls.get;
import static com.anchang.support.test.WebSliceTest.Calls.invalid;
import static com.anchang.support.test.WebSliceTest.Calls.post;
import static com.anchang.support.test.WebSliceTest.Calls.problem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.inventory.application.CancellingDeal;
import com.anchang.inventory.application.CataloguingBuilding;
import com.anchang.inventory.application.DecidingDiscount;
import com.anchang.inventory.application.HoldingUnit;
import com.anchang.inventory.application.ViewingInventory;
import com.anchang.inventory.application.WithholdingUnit;
import com.anchang.inventory.domain.InventoryRule;
import com.anchang.inventory.domain.Unit;
import com.anchang.inventory.domain.UnitSpec;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.problem.UnavailableException;
import com.anchang.support.security.Caller;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@WebSliceTest(InventoryController.class)
class InventoryControllerTest {

    static final TestTokens.Staff PM = TestTokens.staff("pm-1", "dev-1").at("office-1", "PM");
    static final TestTokens.Staff CONSULTANT = TestTokens.staff("c-1", "dev-1").at("office-1", "CONSULTANT");
    static final String LINE = "{\"floor\":1,\"number\":1,\"layout\":\"3室2厅2卫\",\"grossArea\":\"118.50\","
            + "\"netArea\":\"95.20\",\"orientation\":\"南\",\"listPrice\":\"%s\"}";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    CataloguingBuilding cataloguing;
    @MockitoBean
    HoldingUnit holding;
    @MockitoBean
    ViewingInventory viewing;
    @MockitoBean
    WithholdingUnit withholding;
    @MockitoBean
    CancellingDeal cancelling;
    @MockitoBean
    DecidingDiscount discounts;
    @MockitoBean
    BoardStream boardStream;

    /** A refusal by the rulebook, as the use cases raise it (for every controller test of this service). */
    static RuleRefusedException refused(InventoryRule rule) {
        return new RuleRefusedException(rule, "refused by " + rule.id());
    }

    static Unit unit() {
        return Unit.catalogue("dev-1", "office-1", "proj-1", "bld-1", "3", new UnitSpec(1, 1, "3室2厅2卫",
                new BigDecimal("118.50"), new BigDecimal("95.20"), "南", new BigDecimal("3000000.00")));
    }

    ResultActions send(TestTokens.Staff staff, String path, String body) throws Exception {
        return mvc.perform(post(staff, path, body));
    }

    static String building(String units) {
        return "{\"officeId\":\"office-1\",\"projectId\":\"p-bad\",\"name\":\"9\",\"units\":[" + units + "]}";
    }

    @Test
    @DisplayName("a catalogue line with a negative price answers 400 naming units[0].listPrice; nothing is catalogued")
    void negativePrice() throws Exception {
        send(PM, "/api/inventory/buildings", building(LINE.formatted("-5.00")))
                .andExpect(invalid("units[0].listPrice"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("units[0].listPrice")));
        verifyNoInteractions(cataloguing);
    }

    @Test
    @DisplayName("a net area larger than the gross area answers 400 naming units[0].netArea; an empty building 400 naming units")
    void areasAndEmptyBuilding() throws Exception {
        String larger = LINE.formatted("5.00").replace("\"netArea\":\"95.20\"", "\"netArea\":\"200.00\"");
        send(PM, "/api/inventory/buildings", building(larger)).andExpect(invalid("units[0].netArea"));
        send(PM, "/api/inventory/buildings", building("")).andExpect(invalid("units"));
        verifyNoInteractions(cataloguing);
    }

    @Test
    @DisplayName("malformed JSON answers 400 malformed-json; a number that is not one, or too big for the field, 400 naming the field")
    void malformedJson() throws Exception {
        send(PM, "/api/inventory/buildings", "{\"name\": ")
                .andExpect(problem(400))
                .andExpect(jsonPath("$.type").value("https://anchang.dev/problems/malformed-json"));
        send(PM, "/api/inventory/buildings", building(LINE.formatted("5.00").replace("\"floor\":1",
                "\"floor\":\"first\""))).andExpect(invalid("units[0].floor"));
        send(PM, "/api/inventory/buildings", building(LINE.formatted("5.00").replace("\"floor\":1",
                "\"floor\":1e400"))).andExpect(invalid("units[0].floor"));
        send(PM, "/api/inventory/buildings", building(LINE.formatted("5.00").replace("\"floor\":1",
                "\"floor\":99999999999999999999"))).andExpect(invalid("units[0].floor"));
        verifyNoInteractions(cataloguing);
    }

    @Test
    @DisplayName("identity comes from the token: a body naming the developer or the holder is refused (400 naming the field), nothing catalogued or held")
    void identityIsNotTakenFromTheBody() throws Exception {
        send(PM, "/api/inventory/buildings", "{\"developerId\":\"dev-9\","
                + building(LINE.formatted("5.00")).substring(1)).andExpect(invalid("developerId"));
        send(CONSULTANT, "/api/inventory/units/u-1/hold",
                "{\"dealId\":\"deal-F\",\"consultantId\":\"c-someone-else\",\"buyerRef\":\"王先生\"}").andExpect(invalid("consultantId"));
        verifyNoInteractions(cataloguing, holding);
    }

    @Test
    @DisplayName("a hold with an unknown field, a missing buyer or a blank deal answers 400 naming the field; nothing held")
    void badHolds() throws Exception {
        send(CONSULTANT, "/api/inventory/units/x/hold", "{\"dealId\":\"d\",\"buyerRef\":\"b\",\"price\":1}")
                .andExpect(invalid("price"));
        send(CONSULTANT, "/api/inventory/units/x/hold", "{\"dealId\":\"d\"}").andExpect(invalid("buyerRef"));
        send(CONSULTANT, "/api/inventory/units/x/hold", "{\"dealId\":\" \",\"buyerRef\":\"b\"}").andExpect(invalid("dealId"));
        verifyNoInteractions(holding);
    }

    @Test
    @DisplayName("UNIT-1: a blank reason to withhold answers 400 naming reason; nothing withheld")
    void blankReason() throws Exception {
        send(PM, "/api/inventory/units/u-1/withhold", "{\"reason\":\" \"}").andExpect(invalid("reason"));
        send(PM, "/api/inventory/units/u-1/release", "{}").andExpect(invalid("reason"));
        verifyNoInteractions(withholding);
    }

    @Test
    @DisplayName("UNIT-1: a withhold whose answer the client cannot take (Accept: application/xml) is refused 406 before it runs; nothing withheld")
    void unacceptableAnswerIsRefusedBeforeTheCommand() throws Exception {
        when(withholding.withhold(any(), anyString(), anyString())).thenReturn(unit());
        mvc.perform(post(PM, "/api/inventory/units/u-1/withhold", "{\"reason\":\"kept\"}").accept("application/xml"))
                .andExpect(status().isNotAcceptable());
        mvc.perform(post(PM, "/api/inventory/units/u-1/withhold", "{\"reason\":\"kept\"}").accept("application/xml",
                "application/json;q=0.5")).andExpect(status().isOk());
        verify(withholding, times(1)).withhold(any(), anyString(), anyString());
    }

    @Test
    @DisplayName("UNIT-4: a negative discount, an absurd figure or one with more than two decimals answers 400 naming amount; nothing asked")
    void badDiscountAmounts() throws Exception {
        for (String amount : new String[] {"-5.00", "99999999999.999", "1.005"}) {
            send(CONSULTANT, "/api/inventory/units/u-1/discount",
                    "{\"dealId\":\"deal-D3\",\"amount\":\"" + amount + "\",\"reason\":\"r\"}").andExpect(invalid("amount"));
        }
        verifyNoInteractions(discounts);
    }

    @Test
    @DisplayName("the board stream's seconds beyond a day answers 400 naming seconds, a word 400 naming seconds")
    void badSeconds() throws Exception {
        mvc.perform(get(PM, "/api/inventory/buildings/b-1/board/stream?seconds=86401"))
                .andExpect(invalid("seconds"));
        mvc.perform(get(PM, "/api/inventory/buildings/b-1/board/stream?seconds=soon")).andExpect(invalid("seconds"));
        verifyNoInteractions(viewing, boardStream);
    }

    @Test
    @DisplayName("UNIT-2: a refused hold answers 409 naming the rule")
    void refusedHold() throws Exception {
        when(holding.hold(any(), any())).thenThrow(refused(InventoryRule.UNIT_2));
        send(CONSULTANT, "/api/inventory/units/u-1/hold", "{\"dealId\":\"d\",\"buyerRef\":\"b\"}")
                .andExpect(WebSliceTest.Calls.refused("UNIT-2"));
    }

    @Test
    @DisplayName("an unknown unit answers 404 naming kind and id; a forbidden action 403 naming the action")
    void unknownAndForbidden() throws Exception {
        when(viewing.unit(any(), eq("no-such-unit"))).thenThrow(new NotFoundException("unit", "no-such-unit"));
        mvc.perform(get(CONSULTANT, "/api/inventory/units/no-such-unit"))
                .andExpect(problem(404))
                .andExpect(jsonPath("$.kind").value("unit"))
                .andExpect(jsonPath("$.id").value("no-such-unit"));
        when(withholding.withhold(any(), anyString(), anyString()))
                .thenThrow(new ForbiddenException("withhold a unit", "to withhold a unit needs PM"));
        send(CONSULTANT, "/api/inventory/units/u-1/withhold", "{\"reason\":\"mine\"}")
                .andExpect(problem(403))
                .andExpect(jsonPath("$.action").value("withhold a unit"));
    }

    @Test
    @DisplayName("a store that does not answer makes a hold 503 unavailable; no token 401")
    void unavailableAndUnauthenticated() throws Exception {
        when(holding.hold(any(), any())).thenThrow(new UnavailableException("the store did not answer"));
        send(CONSULTANT, "/api/inventory/units/u-1/hold", "{\"dealId\":\"d\",\"buyerRef\":\"b\"}")
                .andExpect(problem(503))
                .andExpect(jsonPath("$.type").value("https://anchang.dev/problems/unavailable"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/inventory/units/u-1"))
                .andExpect(problem(401));
        verifyNoInteractions(viewing);
    }

    @Test
    @DisplayName("UNIT-2: a hold is made for the caller of the token with the request's deal and buyer, and answers the unit's view")
    void holdMapsTheUnit() throws Exception {
        when(holding.hold(any(), any())).thenReturn(unit());
        send(CONSULTANT, "/api/inventory/units/bld-1-101/hold", "{\"dealId\":\"deal-1\",\"buyerRef\":\"王先生\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unitId").value("bld-1-101"))
                .andExpect(jsonPath("$.code").value("3-101"))
                .andExpect(jsonPath("$.status").value("AVAILABLE"))
                .andExpect(jsonPath("$.listPrice").value(3000000.00))
                .andExpect(jsonPath("$.pricePerSquareMetre").value(25316.46));
        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        verify(holding).hold(caller.capture(), eq(new HoldingUnit.HoldUnit("bld-1-101", "deal-1", "王先生")));
        assertThat(caller.getValue().userId()).isEqualTo("c-1");
        assertThat(caller.getValue().developerId()).isEqualTo("dev-1");
        assertThat(caller.getValue().holds("office-1", Caller.CONSULTANT)).isTrue();
    }
}
