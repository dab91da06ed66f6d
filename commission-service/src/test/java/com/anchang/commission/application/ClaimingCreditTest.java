package com.anchang.commission.application;

import static com.anchang.commission.application.CreditingDealTest.REGISTERED;
import static com.anchang.commission.application.CreditingDealTest.amounts;
import static com.anchang.commission.application.CreditingDealTest.book;
import static com.anchang.commission.application.CreditingDealTest.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.commission.application.ClaimingCredit.ClaimOnDeal;
import com.anchang.commission.application.ClaimingCredit.DecideClaim;
import com.anchang.commission.application.ClaimingCredit.RaiseClaim;
import com.anchang.commission.domain.Claim;
import com.anchang.commission.domain.ClaimEvent;
import com.anchang.commission.domain.CommissionRule;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.security.Caller;
import com.anchang.support.test.MovingClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ClaimingCreditTest {

    /** Closed at 12:30 on 22 November in Shanghai: day 7 of the window is 29 November there. */
    static final String CLOSED = "2026-11-22T04:30:00Z";

    final InMemoryStores.Credits credits = new InMemoryStores.Credits();
    final InMemoryStores.Timelines timelines = new InMemoryStores.Timelines();
    final MovingClock clock = new MovingClock(Instant.parse(CLOSED));
    final CreditingDeal crediting = new CreditingDeal(credits, timelines, new InMemoryStores.Buyers(), new CreditRules(),
            office -> OfficeCreditPolicy.DEFAULTS, clock);
    final ClaimingCredit claiming = new ClaimingCredit(credits, crediting, new CreditRules(),
            office -> OfficeCreditPolicy.DEFAULTS, clock, InMemoryStores.OFFICES);

    static Caller at(String userId, String... roles) {
        return new Caller(userId, userId, "dev-1", Map.of("office-1", Set.of(roles)), Set.of(), true);
    }

    static final Caller PM = at("u-pm", Caller.PM);
    static final Caller ZHAO = at("c-zhao", Caller.CONSULTANT);

    @BeforeEach
    void aDealClosedByItsOwner() {
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        crediting.credit(signed("deal-1", "c-wang", "2000000.00", CLOSED));
    }

    DealCredit credit() {
        return credits.find("deal-1").orElseThrow();
    }

    @Test
    @DisplayName("COMM-3: a claim raised on day 7 after the closing (23:59 on 29 November in Shanghai) is accepted; one at 00:00 on day 8 is refused naming COMM-3")
    void claimWindow() {
        clock.set(Instant.parse("2026-11-29T15:59:00Z"));
        ClaimOnDeal raised = claiming.raise(ZHAO, new RaiseClaim("deal-1", "visit log of 18 November, page 12"));
        assertThat(raised.claim().state()).isEqualTo(Claim.State.OPEN);

        clock.set(Instant.parse("2026-11-29T16:00:00Z"));
        assertThatThrownBy(() -> claiming.raise(at("c-qian", Caller.CONSULTANT), new RaiseClaim("deal-1", "my call log")))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.rule()).isEqualTo(CommissionRule.COMM_3);
                    assertThat(e.getMessage()).contains("2026-11-29", "forfeited");
                });
        assertThat(credit().claims()).singleElement().satisfies(c -> assertThat(c.claimantId()).isEqualTo("c-zhao"));
    }

    @Test
    @DisplayName("COMM-3, COMM-6: the PM accepts a claim with a reason: the credit and commission move to the claimant by entries caused by the decision; the claimant sees the claim ACCEPTED with who and why")
    void acceptedClaimMovesTheCredit() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        ClaimOnDeal raised = claiming.raise(ZHAO, new RaiseClaim("deal-1", "visit log of 18 November, page 12"));

        DealCredit decided = claiming.decide(PM, new DecideClaim("deal-1", raised.claim().claimId(), true, List.of(),
                "the visit log shows c-zhao received the buyer first"));

        assertThat(decided.nets()).isEqualTo(amounts("c-zhao", "2000000.00"));
        assertThat(decided.nets(LedgerEntry.Book.COMMISSION)).isEqualTo(amounts("c-zhao", "6000.00"));
        assertThat(decided.allocation().ruleIds()).contains("COMM-3", "COMM-6");
        assertThat(decided.allocation().reason()).contains("u-pm", "visit log");
        String cause = decided.adjudication().decisionId();
        assertThat(book(decided, LedgerEntry.Book.CREDIT).subList(1, 3)).allSatisfy(e -> assertThat(e.causeEventId()).isEqualTo(cause));

        assertThat(claiming.mine(ZHAO, "office-1")).singleElement().satisfies(c -> {
            assertThat(c.claim().state()).isEqualTo(Claim.State.ACCEPTED);
            assertThat(c.claim().decidedBy()).isEqualTo("u-pm");
            assertThat(c.claim().reason()).contains("visit log");
        });
        assertThatThrownBy(() -> claiming.decide(PM, new DecideClaim("deal-1", raised.claim().claimId(), false, List.of(),
                "second thoughts"))).isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.rule()).isEqualTo(CommissionRule.COMM_6));
    }

    @Test
    @DisplayName("COMM-6: a rejected claim moves nothing and records the PM's reason; only the PM decides, and only with a reason")
    void rejectedClaim() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        ClaimOnDeal raised = claiming.raise(ZHAO, new RaiseClaim("deal-1", "I think I saw them"));
        String claimId = raised.claim().claimId();

        assertThatThrownBy(() -> claiming.decide(ZHAO, new DecideClaim("deal-1", claimId, true, List.of(), "mine")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> claiming.decide(PM, new DecideClaim("deal-1", claimId, false, List.of(), " ")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(claiming.ofOffice(PM, "office-1")).singleElement()
                .satisfies(c -> assertThat(c.claim().open()).isTrue());

        DealCredit decided = claiming.decide(PM, new DecideClaim("deal-1", claimId, false, List.of(), "no log of a visit"));

        assertThat(decided.nets()).isEqualTo(amounts("c-wang", "2000000.00"));
        assertThat(decided.claims()).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo(Claim.State.REJECTED);
            assertThat(c.reason()).isEqualTo("no log of a visit");
        });
    }

    @Test
    @DisplayName("COMM-5: c-li covered for c-wang's customer (ROT-8) and closed inside the protection: the 50/50 becomes all to c-wang when the PM records the cover, by entries caused by that decision")
    void coverEarnsNoCredit() {
        crediting.credit(signed("deal-2", "c-li", "3000000.00", "2026-11-23T04:30:00Z"));
        assertThat(credits.find("deal-2").orElseThrow().nets()).isEqualTo(amounts("c-wang", "1500000.00", "c-li", "1500000.00"));

        DealCredit covered = claiming.cover(PM, new ClaimingCredit.RecordCover("deal-2", "c-wang",
                ClaimingCredit.CoverKind.COVERED_FOR_COLLEAGUE, "c-wang was on leave; c-li received for them"));

        assertThat(covered.nets()).isEqualTo(amounts("c-wang", "3000000.00"));
        assertThat(covered.nets(LedgerEntry.Book.COMMISSION)).isEqualTo(amounts("c-wang", "9000.00"));
        assertThat(covered.allocation().ruleIds()).contains("COMM-5");
        assertThat(covered.entries()).filteredOn(e -> e.consultantId().equals("c-li") && e.amount().signum() < 0)
                .allSatisfy(e -> assertThat(e.causeEventId()).isEqualTo(covered.adjudication().decisionId()));
    }

    @Test
    @DisplayName("COMM-3: a claim accepted for the PM's adjudication is announced once (commission.claim-raised, with the deal's office and unit); the same claim sent again is the same claim, announced no second time; a forfeited one announces nothing")
    void claimRaisedAnnouncedOnce() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        ClaimOnDeal raised = claiming.raise(ZHAO, new RaiseClaim("deal-1", "visit log of 18 November, page 12"));
        ClaimOnDeal again = claiming.raise(ZHAO, new RaiseClaim("deal-1", "visit log of 18 November, page 12"));

        assertThat(again.claim()).isEqualTo(raised.claim());
        assertThat(credit().claims()).hasSize(1);
        assertThat(credits.published).singleElement().isInstanceOfSatisfying(ClaimEvent.Raised.class, e -> {
            assertThat(e.claim()).isEqualTo(raised.claim());
            assertThat(e.deal().officeId()).isEqualTo("office-1");
            assertThat(e.deal().unitId()).isEqualTo(credit().unitId());
        });

        clock.set(Instant.parse("2026-11-29T16:00:00Z"));
        assertThatThrownBy(() -> claiming.raise(at("c-qian", Caller.CONSULTANT), new RaiseClaim("deal-1", "my call log")))
                .isInstanceOf(RuleRefusedException.class);
        assertThat(credits.published).hasSize(1);
    }

    @Test
    @DisplayName("COMM-3, COMM-6: the PM's decision is announced once (commission.claim-decided ACCEPTED, by whom and why); the same decision sent again answers the decided deal and announces nothing more")
    void claimDecidedAnnouncedOnce() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        String claimId = claiming.raise(ZHAO, new RaiseClaim("deal-1", "visit log of 18 November, page 12")).claim().claimId();
        DecideClaim decision = new DecideClaim("deal-1", claimId, true, List.of(), "the visit log shows c-zhao first");

        DealCredit decided = claiming.decide(PM, decision);
        DealCredit retried = claiming.decide(PM, decision);

        assertThat(retried).isEqualTo(decided);
        assertThat(credits.published).hasSize(2).last().isInstanceOfSatisfying(ClaimEvent.Decided.class, e -> {
            assertThat(e.claim().claimId()).isEqualTo(claimId);
            assertThat(e.claim().state()).isEqualTo(Claim.State.ACCEPTED);
            assertThat(e.claim().decidedBy()).isEqualTo("u-pm");
            assertThat(e.claim().reason()).isEqualTo("the visit log shows c-zhao first");
            assertThat(e.deal().nets()).isEqualTo(amounts("c-zhao", "2000000.00"));
        });
    }

    @Test
    @DisplayName("COMM-3: a claim whose write lost its compare-and-set to a concurrent write is decided again on the deal as it is now and announced once")
    void claimRetriedAfterLostWriteAnnouncedOnce() {
        clock.set(Instant.parse("2026-11-24T02:00:00Z"));
        InMemoryStores.Credits racing = new InMemoryStores.Credits() {
            boolean raced;

            @Override
            public boolean save(DealCredit credit, DealCredit read, List<ClaimEvent> caused) {
                if (!raced && !caused.isEmpty()) {
                    raced = true;
                    DealCredit now = stored.get(credit.dealId());
                    stored.put(credit.dealId(), now.atRevision(now.revision() + 1));
                }
                return super.save(credit, read, caused);
            }
        };
        racing.stored.putAll(credits.stored);
        CreditingDeal racingCrediting = new CreditingDeal(racing, timelines, new InMemoryStores.Buyers(), new CreditRules(),
                office -> OfficeCreditPolicy.DEFAULTS, clock);
        ClaimingCredit racingClaims = new ClaimingCredit(racing, racingCrediting, new CreditRules(),
                office -> OfficeCreditPolicy.DEFAULTS, clock, InMemoryStores.OFFICES);

        racingClaims.raise(ZHAO, new RaiseClaim("deal-1", "visit log of 18 November, page 12"));

        assertThat(racing.published).singleElement().isInstanceOf(ClaimEvent.Raised.class);
        assertThat(racing.stored.get("deal-1").claims()).hasSize(1);
    }
}
