package com.anchang.lead.adapter.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.anchang.lead.application.LinkingLead;
import com.anchang.lead.application.ListingOwnedLeads;
import com.anchang.lead.application.LoggingFollowUp;
import com.anchang.lead.application.ManagingLead;
import com.anchang.lead.application.OfficeCalendar;
import com.anchang.lead.application.ReadingLeadAudit;
import com.anchang.lead.application.RegisteringLead;
import com.anchang.lead.application.ViewingLead;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadRule;
import com.anchang.lead.domain.LeadSource;
import com.anchang.lead.domain.LeadStage;
import com.anchang.lead.domain.MobileNumber;
import com.anchang.lead.domain.Needs;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.test.TestTokens;
import com.anchang.support.test.WebSliceTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The leads API's answers to bad requests, refusals and unknown leads, the use cases mocked. */
@WebSliceTest(LeadController.class)
class LeadControllerTest {

    static final String CONSULTANT = TestTokens.staff("c-1", "dev-1").at("office-1", "CONSULTANT").token();
    static final String REGISTRATION = """
            {"officeId": "office-1", "customerName": "王先生", "mobile": "139-1234-5678", "source": "WALK_IN",
             "consent": "SIGNED_FORM", "budget": "3000000.00", "layout": "3室2厅", "area": "118.50"%s}""";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    RegisteringLead registering;
    @MockitoBean
    ViewingLead viewing;
    @MockitoBean
    ReadingLeadAudit audit;
    @MockitoBean
    LoggingFollowUp followUps;
    @MockitoBean
    ManagingLead managing;
    @MockitoBean
    LinkingLead linking;
    @MockitoBean
    OfficeCalendar calendar;
    @MockitoBean
    ListingOwnedLeads owned;

    ResultActions send(String path, String json) throws Exception {
        return mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + CONSULTANT)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions read(String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + CONSULTANT));
    }

    static String registration(String more) {
        return REGISTRATION.formatted(more);
    }

    static String without(String field) {
        return REGISTRATION.formatted("").replaceFirst("\"" + field + "\": \"[^\"]*\",? ?", "")
                .replace(", }", "}").replace(",}", "}");
    }

    static Lead lead(LeadStage stage) {
        return Lead.restore("lead-1", "dev-1", "office-1", "c-1", "王先生", MobileNumber.parse("13912345678"),
                LeadSource.WALK_IN, Needs.NONE, Instant.parse("2026-11-20T02:15:00Z"), null, LocalDate.of(2026, 11, 27),
                List.of(), null, null, stage, List.of(), null, false, 0);
    }

    @Test
    @DisplayName("my customers: without officeId, or with a search longer than 50 characters, 400 naming the field and no use case reached")
    void ownedNeedsAnOffice() throws Exception {
        read("/api/leads/owned").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("officeId"));
        read("/api/leads/owned?officeId=office-1&q=" + "王".repeat(51))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("q"));
        verifyNoInteractions(owned);
    }

    @Test
    @DisplayName("LEAD-1: a body that is not JSON answers 400 and reaches no use case")
    void malformed() throws Exception {
        send("/api/leads", "{\"officeId\": ").andExpect(status().isBadRequest());
        verifyNoInteractions(registering);
    }

    @ParameterizedTest
    @ValueSource(strings = {"developerId", "consultantId", "vip"})
    @DisplayName("LEAD-1/2: identity fields in the body (developerId, consultantId) and other unknown fields answer 400 naming the field: who registers comes from the token")
    void unknownFields(String field) throws Exception {
        send("/api/leads", registration(", \"" + field + "\": \"c-someone-else\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").value(field + " is not a known field"));
        verifyNoInteractions(registering);
    }

    @ParameterizedTest
    @ValueSource(strings = {"customerName", "officeId", "mobile", "consent"})
    @DisplayName("LEAD-1: a registration without name, office, mobile or the customer's consent answers 400 naming the field")
    void missing(String field) throws Exception {
        send("/api/leads", without(field))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
        verifyNoInteractions(registering);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"source, \"TELEPATHY\"", "budget, \"-1.00\"", "area, \"0\"", "kind, \"COUSIN\"", "consent, \"NODDED\""})
    @DisplayName("LEAD-1/7: an unknown source, kind or consent, a negative budget, a zero area answer 400 naming the field")
    void badValues(String field, String value) throws Exception {
        String body = REGISTRATION.formatted("").replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": " + value);
        if (!body.contains("\"" + field + "\"")) {
            body = registration(", \"" + field + "\": " + value);
        }
        send("/api/leads", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value(field));
        verifyNoInteractions(registering);
    }

    @Test
    @DisplayName("LEAD-7: a plain registration names its source (400 naming source) and no referrer (400 naming referredByLeadId)")
    void sourceAndReferrer() throws Exception {
        send("/api/leads", without("source"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("source"));
        send("/api/leads", registration(", \"referredByLeadId\": \"lead-old\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("referredByLeadId"));
        verifyNoInteractions(registering);
    }

    @Test
    @DisplayName("LEAD-2: the reception a registration names reaches the use case; a pre-registration naming one answers 400 naming receptionId")
    void reception() throws Exception {
        given(registering.register(any(), any())).willThrow(new RuleRefusedException(LeadRule.LEAD_2,
                "no reception 2026-11-23-r9 is logged at the office: no log, no claim"));

        send("/api/leads", registration(", \"receptionId\": \" 2026-11-23-r9 \""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("LEAD-2"));
        then(registering).should().register(any(), argThat(c -> "2026-11-23-r9".equals(
                c.registration().receptionId())));

        send("/api/leads", registration(", \"kind\": \"PROXY_VIEWER\", \"receptionId\": \"2026-11-23-r1\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("receptionId"));
    }

    @Test
    @DisplayName("LEAD-5: a registration the rule refuses answers 409 naming the rule, with its reason")
    void refusedByRule() throws Exception {
        given(registering.register(any(), any())).willThrow(lead(LeadStage.NEW).alreadyYours());

        send("/api/leads", registration(""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("LEAD-5"))
                .andExpect(jsonPath("$.detail").value("customer already registered by you, protected until 2026-11-27"));
    }

    @Test
    @DisplayName("LEAD-11: a stage move the rule refuses answers 409 naming LEAD-11; an unknown stage 400 naming the field")
    void stage() throws Exception {
        Lead contracted = lead(LeadStage.NEW);
        given(managing.changeStage(any(), any()))
                .willAnswer(call -> contracted.moveTo(LeadStage.CONTRACTED, "c-1", Instant.now()));

        send("/api/leads/lead-1/stage", "{\"stage\": \"CONTRACTED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.rule").value("LEAD-11"));
        send("/api/leads/lead-1/stage", "{\"stage\": \"FLYING\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("stage"));
    }

    @Test
    @DisplayName("LEAD-10: an unknown lead answers 404 naming it; without a token 401")
    void notFound() throws Exception {
        given(viewing.lead(any(), any())).willThrow(new NotFoundException("lead", "lead-unknown"));

        read("/api/leads/lead-unknown")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.kind").value("lead"))
                .andExpect(jsonPath("$.id").value("lead-unknown"));
        mvc.perform(get("/api/leads/lead-unknown")).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("LEAD-4: a follow-up the caller may not log answers 403 naming the action; bad input 400 naming the field")
    void followUps() throws Exception {
        given(followUps.log(any(), any())).willThrow(new ForbiddenException("log a follow-up", "not the owner"));

        send("/api/leads/lead-1/follow-ups", "{\"channel\": \"PHONE\", \"effective\": true}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.action").value("log a follow-up"));
        send("/api/leads/lead-1/follow-ups", "{\"channel\": \"PIGEON\", \"effective\": true}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("channel"));
        send("/api/leads/lead-1/follow-ups", "{\"channel\": \"PHONE\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("effective"));
    }

    @Test
    @DisplayName("LEAD-8/LEAD-6: a reassignment without a reason, a link without a relation answer 400 naming the field")
    void reassignAndLink() throws Exception {
        send("/api/leads/lead-1/reassignment", "{\"toConsultantId\": \"c-2\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
        send("/api/leads/lead-1/links", "{\"name\": \"李女士\", \"mobile\": \"13900001111\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("relation"));
        verifyNoInteractions(managing, linking);
    }

    @Test
    @DisplayName("LEAD-10: the audit of a day takes an ISO date; a bad date answers 400 naming date, a missing office 400 naming officeId")
    void auditDate() throws Exception {
        given(audit.read(any(), any())).willReturn(List.of());

        read("/api/leads/audit?officeId=office-1&date=2026-11-20").andExpect(status().isOk());
        then(audit).should().read(any(), org.mockito.ArgumentMatchers.eq(
                new ReadingLeadAudit.ReadAudit("office-1", LocalDate.of(2026, 11, 20))));
        read("/api/leads/audit?officeId=office-1").andExpect(status().isOk());
        then(audit).should().read(any(), org.mockito.ArgumentMatchers.eq(new ReadingLeadAudit.ReadAudit("office-1", null)));

        read("/api/leads/audit?officeId=office-1&date=2026-13-45")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("date"));
        read("/api/leads/audit?officeId=office-1&date=20.11.2026")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("date"));
        read("/api/leads/audit?date=2026-11-20")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("officeId"));
    }
}
