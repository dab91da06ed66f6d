package com.anchang.commission;

import static com.anchang.support.test.AuthorizationMatrix.HOME_DEVELOPER;
import static com.anchang.support.test.AuthorizationMatrix.HOME_OFFICE;
import static com.anchang.support.test.AuthorizationMatrix.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.commission.application.ClaimingCredit;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.security.Caller;
import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Request;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceIntegrationTest
class CommissionAuthorizationMatrixIT {

    /** The home office's colleague of the owner: not credited with the fixture deal. */
    static final String COLLEAGUE = "u-colleague";

    @Autowired
    TestHttp server;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    OwnershipTimelineRepository ownerships;
    @Autowired
    DealCreditRepository credits;
    @Autowired
    ClaimingCredit claiming;
    @Autowired
    Clock clock;

    /**
     * The fixture, as the other services' events make it: u-owner's lead at the home office, its
     * subscription signed by u-owner, so credited to u-owner alone (COMM-1), today on the service's
     * clock, so that the claim window (COMM-3) is open.
     */
    String creditedDeal() {
        String leadId = "lead-" + UUID.randomUUID();
        String dealId = "deal-" + UUID.randomUUID();
        TestEvents.publish(kafka, Topics.LEAD, leadId, HOME_OFFICE, UUID.randomUUID().toString(),
                new LeadRegistered(leadId, HOME_DEVELOPER, HOME_OFFICE, OWNER, "王先生", "WALK_IN",
                        Instant.parse("2026-11-20T02:15:00Z"), LocalDate.parse("2026-11-27")));
        await().atMost(Duration.ofSeconds(30)).until(() -> ownerships.find(leadId).isPresent());
        TestEvents.publish(kafka, Topics.TRANSACTION, dealId, HOME_OFFICE, UUID.randomUUID().toString(),
                new SubscriptionSigned(dealId, HOME_DEVELOPER, HOME_OFFICE, "unit-3-1802", "3-1802", OWNER, leadId,
                        "王先生", "13812345678", "SMS", new BigDecimal("3200000.00"), new BigDecimal("50000.00"),
                        new BigDecimal("910000.00"), LocalDate.parse("2026-12-21"), "COMMERCIAL_LOAN",
                        new BigDecimal("2240000.00"), "BUYER", clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).filter(DealCredit::recognised).isPresent());
        assertThat(credits.find(dealId).orElseThrow().nets()).containsOnlyKeys(OWNER);
        return dealId;
    }

    @Test
    @SuppressWarnings("unchecked")
    @DisplayName("authorization matrix (COMM-1 credits, ledger and statements, COMM-3/5 claims and covers, office isolation, ADR 32): the credited consultant, PM, finance and head office read a credit, a ledger and a statement; colleagues 403; consultants claim, the PM decides; head office alone reads the league table; other offices and developers 404")
    void everyOperationAsEveryone() {
        String dealId = creditedDeal();
        String ownersCredits = "/api/commissions/consultants/" + OWNER + "/credits?officeId=" + HOME_OFFICE;
        String ownersLedger = "/api/commissions/consultants/" + OWNER + "/ledger?officeId=" + HOME_OFFICE;
        String month = YearMonth.from(clock.instant().atZone(ZoneId.of("Asia/Shanghai"))).toString();
        String ownersStatement = "/api/commissions/consultants/" + OWNER + "/statement?officeId=" + HOME_OFFICE
                + "&month=" + month;
        String ownersWorkbook = "/api/commissions/consultants/" + OWNER + "/statement.xlsx?officeId=" + HOME_OFFICE
                + "&month=" + month;

        int cells = new AuthorizationMatrix(server)
                .row("GET /api/commissions/deals/{dealId}", who -> Request.get("/api/commissions/deals/" + dealId))
                    .allows(200, Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM, Who.HEAD_OFFICE)
                    // a colleague is not credited with the deal, so 403 like sales control
                    .expects(Who.COLLEAGUE_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read a deal's commission credit"))
                    .expects(Who.OWNER_CONSULTANT, 200,
                            answer -> assertThat(answer.map().get("why")).asInstanceOf(InstanceOfAssertFactories.MAP)
                                    .containsEntry("ownerConsultantId", OWNER))
                .and()
                .row("GET /api/commissions/consultants/{consultantId}/credits", who -> Request.get(ownersCredits))
                    .allows(200, Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.OWNER_CONSULTANT, 200,
                            answer -> assertThat(answer.list()).extracting(c -> c.get("dealId")).contains(dealId))
                    .expects(Who.HEAD_OFFICE, 200,
                            answer -> assertThat(answer.list()).extracting(c -> c.get("dealId")).contains(dealId))
                    .expects(Who.COLLEAGUE_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read another consultant's credits"))
                    // another developer's head office: 404 office, the same for an active office, an idle one and
                    // an unknown id (ADR 32)
                    .officeScoped(office -> Request.get(ownersCredits.replace(HOME_OFFICE, office)))
                .and()
                .row("GET /api/commissions/consultants/{consultantId}/ledger", who -> Request.get(ownersLedger))
                    .allows(200, Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.OWNER_CONSULTANT, 200,
                            answer -> assertThat(new BigDecimal(answer.map().get("balance").toString())).isEqualByComparingTo("3200000.00"))
                    .expects(Who.COLLEAGUE_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read another consultant's credits"))
                    .officeScoped(office -> Request.get(ownersLedger.replace(HOME_OFFICE, office)))
                .and()
                .row("GET /api/commissions/consultants/{consultantId}/statement", who -> Request.get(ownersStatement))
                    .allows(200, Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.OWNER_CONSULTANT, 200, answer -> assertThat((List<?>) answer.map().get("lines"))
                            .isNotEmpty())
                    .expects(Who.COLLEAGUE_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read another consultant's credits"))
                    .officeScoped(office -> Request.get(ownersStatement.replace(HOME_OFFICE, office)))
                .and()
                .row("GET /api/commissions/consultants/{consultantId}/statement.xlsx", who -> Request.get(ownersWorkbook))
                    .allows(200, Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM, Who.HEAD_OFFICE)
                    .officeScoped(office -> Request.get(ownersWorkbook.replace(HOME_OFFICE, office)))
                .and()
                .row("GET /api/commissions/league", who -> Request.get("/api/commissions/league?month=" + month))
                    .allows(200, Who.HEAD_OFFICE)
                    .expects(Who.HEAD_OFFICE, 200, answer -> assertThat((List<Map<String, Object>>) answer.map()
                            .get("offices")).extracting(o -> o.get("officeId")).contains(HOME_OFFICE))
                    // head office of its own developer: its league, nothing of the home developer
                    .expects(Who.OTHER_DEVELOPER, 200, answer -> assertThat((List<?>) answer.map().get("offices")).isEmpty())
                    // the platform administrator is not of a developer: refused like office staff
                    .expects(Who.PLATFORM_ADMIN, 403, answer -> { })
                    .expects(Who.OTHER_OFFICE, 403, answer -> { })
                .and()
                .row("POST /api/commissions/deals/{dealId}/claims", who -> Request.post(
                        "/api/commissions/deals/" + dealId + "/claims", Map.of("evidence", "visit log, page 12")))
                    .allows(201, Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT)
                    .expects(Who.PM, 403, answer -> assertThat(answer.text("action")).isEqualTo("claim a deal's credit"))
                .and()
                .row("GET /api/commissions/claims/mine", who -> Request.get("/api/commissions/claims/mine?officeId="
                        + HOME_OFFICE))
                    .allows(200, Who.OWNER_CONSULTANT, Who.COLLEAGUE_CONSULTANT)
                    .expects(Who.COLLEAGUE_CONSULTANT, 200, answer -> assertThat(answer.list())
                            .extracting(c -> (Object) ((Map<?, ?>) c.get("claim")).get("claimantId"))
                            .containsOnly(COLLEAGUE))
                    // head office holds no role at the office: it has no claims of its own there
                    .expects(Who.HEAD_OFFICE, 404, answer -> { })
                    .officeScoped(office -> Request.get("/api/commissions/claims/mine?officeId=" + office))
                .and()
                .row("GET /api/commissions/offices/{officeId}/claims", who -> Request.get("/api/commissions/offices/"
                        + HOME_OFFICE + "/claims"))
                    .allows(200, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.PM, 200, answer -> assertThat(answer.list()).hasSizeGreaterThanOrEqualTo(2))
                    .officeScoped(office -> Request.get("/api/commissions/offices/" + office + "/claims"))
                .and()
                .row("POST /api/commissions/deals/{dealId}/claims/{claimId}/decision", who -> Request.post(
                        "/api/commissions/deals/" + dealId + "/claims/" + openClaim(dealId, who) + "/decision",
                        Map.of("accept", false, "reason", "no log of a visit")))
                    .allows(200, Who.PM)
                    .expects(Who.OWNER_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("decide on a deal's credit"))
                .and()
                .row("POST /api/commissions/deals/{dealId}/cover", who -> Request.post(
                        "/api/commissions/deals/" + dealId + "/cover", Map.of("creditedConsultantId", OWNER,
                                "kind", "COVERED_FOR_COLLEAGUE", "reason", "received for the owner on leave")))
                    .allows(200, Who.PM)
                    .expects(Who.PM, 200, answer -> assertThat((Map<String, Object>) answer.map().get("nets"))
                            .containsOnlyKeys(OWNER))
                .and()
                .verify();

        assertThat(cells).isEqualTo(11 * Who.values().length + 6 * AuthorizationMatrix.OFFICE_CELLS);
    }

    @Test
    @DisplayName("office isolation (ADR 32): another developer's head office reading an office's credits, ledger, statement or claims gets the same 404 office whether the office has credits or none, as for an office id nobody opened")
    void anotherDevelopersHeadOfficeCannotTellACreditedOfficeFromAnIdleOne() {
        creditedDeal();
        String month = YearMonth.from(clock.instant().atZone(ZoneId.of("Asia/Shanghai"))).toString();
        String rival = Who.OTHER_DEVELOPER.staff().token();
        for (String read : List.of("/api/commissions/consultants/" + OWNER + "/credits?officeId={office}",
                "/api/commissions/consultants/" + OWNER + "/ledger?officeId={office}",
                "/api/commissions/consultants/" + OWNER + "/statement?officeId={office}&month=" + month,
                "/api/commissions/offices/{office}/claims")) {
            assertThat(server.as(Who.HEAD_OFFICE.staff().token()).get(read.replace("{office}", HOME_OFFICE)).status())
                    .as("the home developer's head office: " + read).isEqualTo(200);
            TestHttp.Answer credited = server.as(rival).get(read.replace("{office}", HOME_OFFICE));
            assertThat(credited.status()).as(read).isEqualTo(404);
            assertThat(credited.map()).containsEntry("kind", "office");
            for (String other : List.of(AuthorizationMatrix.IDLE_OFFICE, AuthorizationMatrix.UNKNOWN_OFFICE)) {
                assertThat(server.as(rival).get(read.replace("{office}", other)).text().replace(other, "{office}"))
                        .as(read + " of " + other).isEqualTo(credited.text().replace(HOME_OFFICE, "{office}"));
            }
        }
    }

    /** A claim of its own for each member's cell, raised by a consultant of the home office. */
    String openClaim(String dealId, Who who) {
        Caller claimant = new Caller("u-claimant-" + who.name().toLowerCase(Locale.ROOT), "claimant", HOME_DEVELOPER,
                Map.of(HOME_OFFICE, Set.of(Caller.CONSULTANT)), Set.of(), true);
        return claiming.raise(claimant, new ClaimingCredit.RaiseClaim(dealId, "call log")).claim().claimId();
    }
}
