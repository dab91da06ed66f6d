package com.anchang.commission.application;

import static com.anchang.commission.application.CreditingDealTest.BUYER;
import static com.anchang.commission.application.CreditingDealTest.REGISTERED;
import static com.anchang.commission.application.CreditingDealTest.amounts;
import static com.anchang.commission.application.CreditingDealTest.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.application.CreditingDeal.BuyerChange;
import com.anchang.commission.application.CreditingDeal.Step;
import com.anchang.commission.application.RememberingLeadOwnership.RememberFact;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OwnershipFact;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A buyer change (更名) and a family link (LEAD-6) on the credit of a buyer's deals. */
class BuyerAndFamilyTest {

    final InMemoryStores.Credits credits = new InMemoryStores.Credits();
    final InMemoryStores.Timelines timelines = new InMemoryStores.Timelines();
    final InMemoryStores.Buyers buyers = new InMemoryStores.Buyers();
    final CreditingDeal crediting = new CreditingDeal(credits, timelines, buyers, new CreditRules(),
            office -> OfficeCreditPolicy.DEFAULTS, CreditingDealTest.CLOCK);
    final RememberingLeadOwnership remembering = new RememberingLeadOwnership(timelines, crediting);

    DealCredit credit(String dealId) {
        return credits.find(dealId).orElseThrow();
    }

    @BeforeEach
    void oneBuyersTwoDeals() {
        remembering.remember(new RememberFact("lead-1", "dev-1", "office-1", REGISTERED));
        crediting.credit(event(Step.SUBSCRIPTION_SIGNED, "deal-1", "c-wang", BUYER, "3000000.00", "2026-11-22T04:30:00Z",
                "evt-sub-deal-1"));
        crediting.credit(event(Step.SUBSCRIPTION_SIGNED, "deal-2", "c-wang", BUYER, "4000000.00", "2026-11-25T04:30:00Z",
                "evt-sub-deal-2"));
    }

    @Test
    @DisplayName("COMM-4 follows the buyer: one buyer's 3,000,000.00 then 4,000,000.00 (the second weighs 3,000,000.00); the first deal's co-buyer added (更名) keeps both deals in the buyer's cumulative: no entry, the weighing stands; delivered twice, applied once")
    void buyerChangeKeepsTheWeighing() {
        List<LedgerEntry> before1 = credit("deal-1").entries();
        List<LedgerEntry> before2 = credit("deal-2").entries();

        BuyerChange change = new BuyerChange("deal-1", "dev-1", "office-1", "unit-deal-1", "lead-1", "evt-buyer-1");
        assertThat(crediting.buyerChanged(change)).isTrue();
        assertThat(crediting.buyerChanged(change)).isFalse();

        assertThat(credit("deal-1").applied("evt-buyer-1")).isTrue();
        assertThat(credit("deal-1").entries()).isEqualTo(before1);
        assertThat(credit("deal-2").entries()).isEqualTo(before2);
        assertThat(credit("deal-2").cumulativeBefore()).isEqualByComparingTo("3000000.00");
        assertThat(credit("deal-2").nets()).isEqualTo(amounts("c-wang", "3000000.00"));
        assertThat(credit("deal-2").allocation().ruleIds()).contains("COMM-4");
    }

    @Test
    @DisplayName("COMM-4: a buyer change that arrives before the deal's own events is kept and the deal is credited as usual when they come")
    void buyerChangeBeforeTheDeal() {
        crediting.buyerChanged(new BuyerChange("deal-3", "dev-1", "office-1", "unit-deal-3", "lead-1", "evt-buyer-3"));
        crediting.credit(event(Step.SUBSCRIPTION_SIGNED, "deal-3", "c-wang", BUYER, "1000000.00", "2026-11-26T04:30:00Z",
                "evt-sub-deal-3"));

        assertThat(credit("deal-3").applied("evt-buyer-3")).isTrue();
        // 7,000,000 before it: all above the threshold, at 50%
        assertThat(credit("deal-3").nets()).isEqualTo(amounts("c-wang", "500000.00"));
    }

    @Test
    @DisplayName("LEAD-6: the buyer's spouse linked to the lead as the same customer before the closing: the deal stays its owner's, and its explanation names LEAD-6; delivered twice, recorded once; a sibling linked as a separate customer is recorded and names nothing")
    void familyLinkExplained() {
        OwnershipFact spouse = new OwnershipFact("evt-link-1", OwnershipFact.Kind.LINKED,
                Instant.parse("2026-11-21T03:00:00Z"), "c-wang", null, null, "same customer: SPOUSE");
        assertThat(remembering.remember(new RememberFact("lead-1", "dev-1", "office-1", spouse))).isTrue();
        assertThat(remembering.remember(new RememberFact("lead-1", "dev-1", "office-1", spouse))).isFalse();

        DealCredit deal = credit("deal-1");
        assertThat(deal.allocation().ruleIds()).contains("COMM-1", "LEAD-6");
        assertThat(deal.nets()).isEqualTo(amounts("c-wang", "3000000.00"));
        assertThat(deal.entries()).hasSize(2);
        assertThat(timelines.find("lead-1").orElseThrow().facts()).filteredOn(f -> f.kind() == OwnershipFact.Kind.LINKED)
                .hasSize(1);

        remembering.remember(new RememberFact("lead-2", "dev-1", "office-1", REGISTERED));
        crediting.credit(new CreditingDeal.DealEvent(Step.SUBSCRIPTION_SIGNED, "deal-9", new DealCredit.DealFacts("dev-1",
                "office-1", "unit-9", "lead-2", "c-wang", "13900000009", new java.math.BigDecimal("1000000.00"), "price",
                Instant.parse("2026-11-22T04:30:00Z")), "evt-sub-9"));
        remembering.remember(new RememberFact("lead-2", "dev-1", "office-1", new OwnershipFact("evt-link-2",
                OwnershipFact.Kind.LINKED, Instant.parse("2026-11-21T03:00:00Z"), "c-wang", null, null,
                "separate customer: SIBLING")));
        assertThat(credit("deal-9").allocation().ruleIds()).doesNotContain("LEAD-6");
    }

    @Test
    @DisplayName("LEAD-7: a returning buyer's new lead, registered by c-wang (the lead.lead-registered beside it): the deal is c-wang's, its explanation names LEAD-7 and the earlier lead; delivered twice, recorded once")
    void returningBuyerExplained() {
        OwnershipFact returning = new OwnershipFact("evt-returning-1", OwnershipFact.Kind.RETURNING_BUYER,
                REGISTERED.at(), "c-wang", REGISTERED.protectedUntil(), null, "returning buyer of lead lead-0 (owned by c-li)");
        remembering.remember(new RememberFact("lead-1", "dev-1", "office-1", returning));
        remembering.remember(new RememberFact("lead-1", "dev-1", "office-1", returning));

        assertThat(credit("deal-1").allocation().ruleIds()).contains("COMM-1", "LEAD-7");
        assertThat(credit("deal-1").nets()).isEqualTo(amounts("c-wang", "3000000.00"));
        assertThat(timelines.find("lead-1").orElseThrow().facts())
                .filteredOn(f -> f.kind() == OwnershipFact.Kind.RETURNING_BUYER).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("lead-0", "c-li"));
    }
}
