package com.anchang.commission;

import static com.anchang.support.test.AuthorizationMatrix.HOME_DEVELOPER;
import static com.anchang.support.test.AuthorizationMatrix.HOME_OFFICE;
import static com.anchang.support.test.AuthorizationMatrix.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.test.AuthorizationMatrix;
import com.anchang.support.test.AuthorizationMatrix.Request;
import com.anchang.support.test.AuthorizationMatrix.Who;
import com.anchang.support.test.ServiceIntegrationTest;
import com.anchang.support.test.TestEvents;
import com.anchang.support.test.TestHttp;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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

    /**
     * The fixture, as the other services' events make it: u-owner's lead at the home office, its
     * subscription signed by u-owner, so credited to u-owner alone (COMM-1).
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
                        new BigDecimal("2240000.00"), "BUYER", Instant.parse("2026-11-21T04:30:00Z")));
        await().atMost(Duration.ofSeconds(30)).until(() -> credits.find(dealId).filter(DealCredit::recognised).isPresent());
        assertThat(credits.find(dealId).orElseThrow().nets()).containsOnlyKeys(OWNER);
        return dealId;
    }

    @Test
    @DisplayName("authorization matrix (COMM-1 credits and ledger, office isolation): the credited consultant, PM, finance and head office read a credit and a ledger; colleagues 403; other offices and developers 404")
    void everyOperationAsEveryone() {
        String dealId = creditedDeal();
        String ownersCredits = "/api/commissions/consultants/" + OWNER + "/credits?officeId=" + HOME_OFFICE;
        String ownersLedger = "/api/commissions/consultants/" + OWNER + "/ledger?officeId=" + HOME_OFFICE;

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
                    // OTHER_DEVELOPER is head office of its own developer, and head office may name any office:
                    // the listing is always of the caller's developer, so an office that is not yours reads as
                    // empty (200 []) and nothing of the home developer leaks
                    .expects(Who.OTHER_DEVELOPER, 200, answer -> assertThat(answer.list()).isEmpty())
                .and()
                .row("GET /api/commissions/consultants/{consultantId}/ledger", who -> Request.get(ownersLedger))
                    .allows(200, Who.OWNER_CONSULTANT, Who.FINANCE, Who.PM, Who.HEAD_OFFICE)
                    .expects(Who.OWNER_CONSULTANT, 200,
                            answer -> assertThat(new BigDecimal(answer.map().get("balance").toString())).isEqualByComparingTo("3200000.00"))
                    .expects(Who.COLLEAGUE_CONSULTANT, 403,
                            answer -> assertThat(answer.text("action")).isEqualTo("read another consultant's credits"))
                    // as for the credits: always of the caller's developer, so nothing of the home developer
                    .expects(Who.OTHER_DEVELOPER, 200, answer -> assertThat(new BigDecimal(answer.map().get("balance").toString())).isZero())
                .and()
                .verify();

        assertThat(cells).isEqualTo(3 * Who.values().length);
    }
}
