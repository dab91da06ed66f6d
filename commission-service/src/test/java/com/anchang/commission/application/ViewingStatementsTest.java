package com.anchang.commission.application;

import static com.anchang.commission.application.CreditingDealTest.CLOCK;
import static com.anchang.commission.application.CreditingDealTest.REGISTERED;
import static com.anchang.commission.application.CreditingDealTest.signed;
import static com.anchang.commission.application.PayingCommissionTest.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.LedgerEntry.Kind;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.PayoutStage;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.security.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViewingStatementsTest {

    final InMemoryStores.Credits credits = new InMemoryStores.Credits();
    final InMemoryStores.Timelines timelines = new InMemoryStores.Timelines();
    final CreditingDeal crediting = new CreditingDeal(credits, timelines, new InMemoryStores.Buyers(), new CreditRules(),
            office -> OfficeCreditPolicy.DEFAULTS, CLOCK);
    final ViewingStatements statements = new ViewingStatements(new InMemoryStores.Books(credits),
            office -> OfficeCreditPolicy.DEFAULTS, InMemoryStores.OFFICES);

    static Caller at(String userId, String developerId, String officeId, String... roles) {
        return new Caller(userId, userId, developerId, Map.of(officeId, Set.of(roles)), Set.of(), true);
    }

    static Caller headOffice(String developerId) {
        return new Caller("u-hq", "hq", developerId, Map.of(), Set.of(Caller.HEAD_OFFICE), true);
    }

    static final Caller LI = at("c-li", "dev-1", "office-1", Caller.CONSULTANT);

    /** c-li closes c-wang's customer inside the protection in November (50/50); the down payment in December, then cancelled. */
    @BeforeEach
    void november() {
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        crediting.credit(signed("deal-1", "c-li", "3200000.01", "2026-11-22T04:30:00Z"));
        crediting.collect(money("deal-1", PayoutStage.DOWN_PAYMENT_RECEIVED, "evt-dp"));
        crediting.cancel(new CreditingDeal.CancelDeal("deal-1", "dev-1", "office-1", "unit-deal-1", "lead-1",
                "the buyer withdrew", Instant.parse("2027-01-05T02:00:00Z"), "evt-cancel"));
    }

    @Test
    @DisplayName("a consultant's November statement: the deal's credit and commission lines with unit, split 0.5 and tier; December's has the payout, January's the reversal and the clawback, carried into that month")
    void monthlyStatements() {
        ViewingStatements.Statement november = statements.statement(LI, "office-1", "c-li", YearMonth.of(2026, 11));
        assertThat(november.lines()).extracting(ViewingStatements.Line::kind, ViewingStatements.Line::amount,
                ViewingStatements.Line::date).containsExactly(
                        tuple(Kind.CREDIT, new BigDecimal("1600000.00"), LocalDate.parse("2026-11-22")),
                        tuple(Kind.COMMISSION, new BigDecimal("4800.00"), LocalDate.parse("2026-11-22")));
        assertThat(november.lines()).allSatisfy(line -> {
            assertThat(line.unitId()).isEqualTo("unit-deal-1");
            assertThat(line.split()).isEqualByComparingTo("0.5");
            assertThat(line.tier()).contains("3‰");
        });
        assertThat(november.totals().credited()).isEqualByComparingTo("1600000.00");
        assertThat(november.totals().commission()).isEqualByComparingTo("4800.00");
        assertThat(november.totals().payable()).isEqualByComparingTo("0");

        ViewingStatements.Statement december = statements.statement(LI, "office-1", "c-li", YearMonth.of(2026, 12));
        assertThat(december.lines()).extracting(ViewingStatements.Line::kind).containsExactly(Kind.PAYOUT);
        assertThat(december.totals().payable()).isEqualByComparingTo("1920.00");

        ViewingStatements.Statement january = statements.statement(LI, "office-1", "c-li", YearMonth.of(2027, 1));
        assertThat(january.lines()).extracting(ViewingStatements.Line::kind)
                .containsExactly(Kind.REVERSAL, Kind.COMMISSION_REVERSAL, Kind.CLAWBACK);
        assertThat(january.totals().clawedBack()).isEqualByComparingTo("-1920.00");
        assertThat(january.totals().payable()).isEqualByComparingTo("-1920.00");
        assertThat(january.toDate().paid()).isEqualByComparingTo("0");

        assertThatThrownBy(() -> statements.statement(LI, "office-1", "c-wang", YearMonth.of(2026, 11)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    @DisplayName("head office's league table: November's offices ranked (office-2's 5,000,000 before office-1's 50/50 3,200,000.01) by credit with their consultants; another developer's head office sees none of it; a PM is refused")
    void leagueTable() {
        // office-2: c-zhou's 5,000,000 deal of a lead unknown here, all to the closer
        crediting.credit(new CreditingDeal.DealEvent(CreditingDeal.Step.SUBSCRIPTION_SIGNED, "deal-2",
                new DealCredit.DealFacts("dev-1", "office-2", "unit-deal-2", "lead-2", "c-zhou", "13900000000",
                        new BigDecimal("5000000.00"), "subscription price", Instant.parse("2026-11-25T04:30:00Z")),
                "evt-sub-deal-2"));

        ViewingStatements.League league = statements.league(headOffice("dev-1"), YearMonth.of(2026, 11));
        assertThat(league.offices()).extracting(ViewingStatements.OfficeMonth::officeId)
                .containsExactly("office-2", "office-1");
        assertThat(league.offices().getFirst().credited()).isEqualByComparingTo("5000000.00");
        assertThat(league.offices().get(1).consultants()).extracting(ViewingStatements.Standing::consultantId,
                ViewingStatements.Standing::credited).containsExactly(
                        tuple("c-wang", new BigDecimal("1600000.01")), tuple("c-li", new BigDecimal("1600000.00")));
        assertThat(league.credited()).isEqualByComparingTo("8200000.01");

        assertThat(statements.league(headOffice("dev-2"), YearMonth.of(2026, 11)).offices()).isEmpty();
        assertThatThrownBy(() -> statements.league(at("u-pm", "dev-1", "office-1", Caller.PM), YearMonth.of(2026, 11)))
                .isInstanceOf(ForbiddenException.class);
    }
}
