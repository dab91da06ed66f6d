package com.anchang.commission.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.anchang.commission.application.CreditingDeal.DealEvent;
import com.anchang.commission.application.CreditingDeal.Step;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ViewingCreditsTest {

    final InMemoryStores.Credits credits = new InMemoryStores.Credits();
    final InMemoryStores.Timelines timelines = new InMemoryStores.Timelines();
    final ViewingCredits viewing = new ViewingCredits(credits, new InMemoryStores.Books(credits), timelines,
            office -> OfficeCreditPolicy.DEFAULTS, java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T00:00:00Z"), java.time.ZoneOffset.UTC),
            InMemoryStores.OFFICES);

    /** c-owner's lead, closed by c-owner (deal-1) and, outside the protection, by c-closer (deal-2). */
    ViewingCreditsTest() {
        CreditingDeal crediting = new CreditingDeal(credits, timelines, new InMemoryStores.Buyers(), new CreditRules(),
                office -> OfficeCreditPolicy.DEFAULTS, CreditingDealTest.CLOCK);
        timelines.record("lead-1", "dev-1", "office-1", new OwnershipFact("evt-0", OwnershipFact.Kind.REGISTERED,
                Instant.parse("2026-11-20T02:15:00Z"), "c-owner", LocalDate.parse("2026-11-27"), null, null));
        crediting.credit(new DealEvent(Step.SUBSCRIPTION_SIGNED, "deal-1", new DealCredit.DealFacts("dev-1", "office-1",
                "unit-1", "lead-1", "c-owner", "13812345678", new BigDecimal("1000000.00"), "subscription price",
                Instant.parse("2026-11-21T03:30:00Z")), "evt-1"));
        crediting.credit(new DealEvent(Step.DEPOSIT_RECEIVED, "deal-2", new DealCredit.DealFacts("dev-1", "office-1",
                "unit-2", "lead-1", "c-closer", "13812345678", new BigDecimal("50000.00"), "deposit",
                Instant.parse("2026-12-01T03:30:00Z")), "evt-2"));
    }

    static Caller at(String userId, String developerId, String officeId, String... roles) {
        return new Caller(userId, userId, developerId, Map.of(officeId, Set.of(roles)), Set.of(), true);
    }

    static Caller headOffice(String userId, String developerId) {
        return new Caller(userId, userId, developerId, Map.of(), Set.of(Caller.HEAD_OFFICE), true);
    }

    @Test
    @DisplayName("COMM-1: a deal's credit, with the ownership facts that decided it, is read by the consultant it is credited to, PM, finance and head office; a colleague and sales control are refused naming the action")
    void dealCreditReaders() {
        for (Caller reader : List.of(at("c-owner", "dev-1", "office-1", Caller.CONSULTANT),
                at("u-pm", "dev-1", "office-1", Caller.PM), at("u-fin", "dev-1", "office-1", Caller.FINANCE),
                headOffice("u-hq", "dev-1"))) {
            ViewingCredits.Explained explained = viewing.ofDeal(reader, "deal-1");
            assertThat(explained.credit().nets()).as(reader.userId()).containsOnlyKeys("c-owner");
            assertThat(explained.ownership()).extracting(OwnershipFact::eventId).containsExactly("evt-0");
        }
        for (Caller colleague : List.of(at("c-closer", "dev-1", "office-1", Caller.CONSULTANT),
                at("c-owner", "dev-1", "office-1", Caller.SALES_CONTROL))) {
            assertThatThrownBy(() -> viewing.ofDeal(colleague, "deal-1"))
                    .isInstanceOfSatisfying(ForbiddenException.class,
                            e -> assertThat(e.action()).isEqualTo("read a deal's commission credit"));
        }
    }

    @Test
    @DisplayName("office isolation: a credit of another office or developer is not found, exactly like an unknown deal")
    void otherOfficesDoNotSeeIt() {
        for (Caller outsider : List.of(at("c-owner", "dev-1", "office-2", Caller.CONSULTANT, Caller.PM),
                at("c-owner", "dev-2", "office-1", Caller.PM), headOffice("u-hq", "dev-2"))) {
            assertThatThrownBy(() -> viewing.ofDeal(outsider, "deal-1"))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("credit of deal"));
        }
    }

    @Test
    @DisplayName("a consultant lists their own credits, not a colleague's (403); an office without a role, another developer's head office and an unknown office are not found; head office lists its developer's")
    void consultantCredits() {
        assertThat(viewing.ofConsultant(at("c-owner", "dev-1", "office-1", Caller.CONSULTANT), "office-1", "c-owner"))
                .extracting(DealCredit::dealId).containsExactly("deal-1");
        assertThatThrownBy(() -> viewing.ofConsultant(at("c-closer", "dev-1", "office-1", Caller.CONSULTANT), "office-1",
                "c-owner")).isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.action()).isEqualTo("read another consultant's credits"));
        assertThatThrownBy(() -> viewing.ofConsultant(at("c-owner", "dev-1", "office-2", Caller.PM), "office-1", "c-owner"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("office"));

        // another developer's head office: not found, as an office it has no role in (ADR 32)
        assertThatThrownBy(() -> viewing.ofConsultant(headOffice("u-hq-2", "dev-2"), "office-1", "c-owner"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("office"));
        assertThatThrownBy(() -> viewing.ofConsultant(headOffice("u-hq", "dev-1"), "office-unknown", "c-owner"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("office"));
        assertThat(viewing.ofConsultant(headOffice("u-hq", "dev-1"), "office-1", "c-owner")).isNotEmpty();
        assertThat(credits.listedForDevelopers).containsExactly("dev-1", "dev-1");
    }

    @Test
    @DisplayName("a consultant's ledger: the balance is the sum of the recognised entries; a provisional credit is shown beside it, not in it; a colleague's ledger is refused")
    void ledgerAndBalance() {
        ViewingCredits.Ledger owners = viewing.ledgerOf(at("c-owner", "dev-1", "office-1", Caller.CONSULTANT), "office-1",
                "c-owner");
        assertThat(owners.entries()).extracting(LedgerEntry::kind, LedgerEntry::causeEventId).containsExactly(
                tuple(LedgerEntry.Kind.CREDIT, "evt-1"), tuple(LedgerEntry.Kind.COMMISSION, "evt-1"));
        assertThat(owners.balance()).isEqualByComparingTo("1000000.00");
        assertThat(owners.commission()).isEqualByComparingTo("3000.00");
        assertThat(owners.paid()).isEqualByComparingTo("0");
        assertThat(owners.pending()).isEqualByComparingTo("3000.00");

        ViewingCredits.Ledger closers = viewing.ledgerOf(at("c-closer", "dev-1", "office-1", Caller.CONSULTANT),
                "office-1", "c-closer");
        assertThat(closers.entries()).isEmpty();
        assertThat(closers.balance()).isEqualByComparingTo("0");
        assertThat(closers.provisional()).isEqualByComparingTo("50000.00");

        assertThatThrownBy(() -> viewing.ledgerOf(at("c-closer", "dev-1", "office-1", Caller.CONSULTANT), "office-1",
                "c-owner")).isInstanceOf(ForbiddenException.class);
    }
}
