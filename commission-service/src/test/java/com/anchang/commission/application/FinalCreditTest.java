package com.anchang.commission.application;

import static com.anchang.commission.application.ClaimingCreditTest.PM;
import static com.anchang.commission.application.ClaimingCreditTest.ZHAO;
import static com.anchang.commission.application.CreditingDealTest.REGISTERED;
import static com.anchang.commission.application.CreditingDealTest.amounts;
import static com.anchang.commission.application.CreditingDealTest.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.commission.application.ClaimingCredit.DecideClaim;
import com.anchang.commission.application.ClaimingCredit.RaiseClaim;
import com.anchang.commission.application.RememberingLeadOwnership.RememberFact;
import com.anchang.commission.domain.CommissionRule;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.test.MovingClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * COMM-1 "a credit can move until it is final": recognised, it is open to claims, PM decisions and LEAD-9
 * violations until the end of the COMM-3 window (day 7 after the closing day, in the office's zone), or until the
 * last claim raised in it is decided; final after that.
 */
class FinalCreditTest {

    /** ClaimingCreditTest's closing (12:30 on 22 November in Shanghai): final from 30 November 00:00 there. */
    static final String CLOSED = ClaimingCreditTest.CLOSED;
    static final Instant FINAL = Instant.parse("2026-11-29T16:00:00Z");

    final InMemoryStores.Credits credits = new InMemoryStores.Credits();
    final InMemoryStores.Timelines timelines = new InMemoryStores.Timelines();
    final MovingClock clock = new MovingClock(Instant.parse(CLOSED));
    final CreditingDeal crediting = new CreditingDeal(credits, timelines, new InMemoryStores.Buyers(), new CreditRules(),
            office -> OfficeCreditPolicy.DEFAULTS, clock);
    final RememberingLeadOwnership remembering = new RememberingLeadOwnership(timelines, crediting);
    final ClaimingCredit claiming = new ClaimingCredit(credits, crediting, new CreditRules(),
            office -> OfficeCreditPolicy.DEFAULTS, clock, InMemoryStores.OFFICES);
    final ViewingCredits viewing = new ViewingCredits(credits, new InMemoryStores.Books(credits), timelines,
            office -> OfficeCreditPolicy.DEFAULTS, clock, InMemoryStores.OFFICES);

    @BeforeEach
    void closedByAColleague() {
        // c-wang's customer, closed by c-li inside c-wang's protection: 50/50
        remembering.remember(new RememberFact("lead-1", "dev-1", "office-1", REGISTERED));
        crediting.credit(signed("deal-1", "c-li", "2000000.00", CLOSED));
    }

    DealCredit.Finality finality() {
        return viewing.finalityOf(credits.find("deal-1").orElseThrow());
    }

    OwnershipFact grabbing(String at) {
        return new OwnershipFact("evt-violation-" + at, OwnershipFact.Kind.VIOLATION_RECORDED, Instant.parse(at), "c-wang",
                null, "c-li", "GRABBING");
    }

    @Test
    @DisplayName("COMM-1, COMM-3: provisional before the subscription; recognised it is OPEN until 00:00 on day 8 in Shanghai (2026-11-29T16:00Z), FINAL from that instant, shown with when")
    void finalAtTheEndOfTheClaimWindow() {
        crediting.credit(CreditingDealTest.event(CreditingDeal.Step.DEPOSIT_RECEIVED, "deal-2", "c-li",
                CreditingDealTest.BUYER, "50000.00", CLOSED, "evt-dep-2"));
        assertThat(viewing.finalityOf(credits.find("deal-2").orElseThrow()).state()).isEqualTo("PROVISIONAL");

        clock.set(FINAL.minusSeconds(1));
        assertThat(finality().state()).isEqualTo("OPEN");
        assertThat(finality().until()).isEqualTo(FINAL);
        assertThat(finality().isFinal()).isFalse();

        clock.set(FINAL);
        assertThat(finality().state()).isEqualTo("FINAL");
        assertThat(finality().since()).isEqualTo(FINAL);
        assertThat(viewing.ofDeal(PM, "deal-1").finality().isFinal()).isTrue();
    }

    @Test
    @DisplayName("LEAD-9 until final: c-li registered c-wang's customer and closed; a grabbing recorded at 00:00 on day 8 in Shanghai finds the credit final and leaves it with c-li; one recorded on day 7 at 23:59 moves it all to c-wang")
    void violationMovesUntilFinal() {
        remembering.remember(new RememberFact("lead-2", "dev-1", "office-1", new OwnershipFact("evt-reg-2",
                OwnershipFact.Kind.REGISTERED, Instant.parse("2026-11-20T02:15:00Z"), "c-li",
                java.time.LocalDate.parse("2026-11-27"), null, "WALK_IN")));
        crediting.credit(new CreditingDeal.DealEvent(CreditingDeal.Step.SUBSCRIPTION_SIGNED, "deal-2",
                new DealCredit.DealFacts("dev-1", "office-1", "unit-2", "lead-2", "c-li", "13900000002",
                        new java.math.BigDecimal("2000000.00"), "price", Instant.parse(CLOSED)), "evt-sub-2"));

        remembering.remember(new RememberFact("lead-2", "dev-1", "office-1", grabbing("2026-11-29T16:00:00Z")));
        assertThat(credits.find("deal-2").orElseThrow().nets()).isEqualTo(amounts("c-li", "2000000.00"));

        remembering.remember(new RememberFact("lead-2", "dev-1", "office-1", grabbing("2026-11-29T15:59:00Z")));
        assertThat(credits.find("deal-2").orElseThrow().nets()).isEqualTo(amounts("c-wang", "2000000.00"));
        assertThat(credits.find("deal-2").orElseThrow().allocation().ruleIds()).contains("LEAD-9");
    }

    @Test
    @DisplayName("COMM-3, COMM-5: a cover recorded by the PM once the credit is final is refused naming COMM-3; the credit does not move")
    void coverAfterFinalRefused() {
        clock.set(FINAL);
        assertThatThrownBy(() -> claiming.cover(PM, new ClaimingCredit.RecordCover("deal-1", "c-wang",
                ClaimingCredit.CoverKind.COVERED_FOR_COLLEAGUE, "c-li received for c-wang")))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(CommissionRule.COMM_3);
                    assertThat(e.getMessage()).contains("final since 2026-11-29T16:00:00Z");
                });
        assertThat(credits.find("deal-1").orElseThrow().nets())
                .isEqualTo(amounts("c-wang", "1000000.00", "c-li", "1000000.00"));
    }

    @Test
    @DisplayName("COMM-3: a claim raised on day 7 keeps the credit CLAIMED past the window; the PM's decision on day 10 moves it and it is FINAL from the decision")
    void openClaimDelaysFinality() {
        clock.set(Instant.parse("2026-11-29T15:59:00Z"));
        String claimId = claiming.raise(ZHAO, new RaiseClaim("deal-1", "visit log of 18 November")).claim().claimId();

        clock.set(Instant.parse("2026-12-02T02:00:00Z"));
        assertThat(finality().state()).isEqualTo("CLAIMED");

        claiming.decide(PM, new DecideClaim("deal-1", claimId, true, List.of(), "c-zhao received the buyer first"));

        assertThat(credits.find("deal-1").orElseThrow().nets()).isEqualTo(amounts("c-zhao", "2000000.00"));
        assertThat(finality().state()).isEqualTo("FINAL");
        assertThat(finality().since()).isEqualTo(Instant.parse("2026-12-02T02:00:00Z"));
    }
}
