package com.anchang.commission.application;

import static com.anchang.commission.application.CreditingDealTest.BUYER;
import static com.anchang.commission.application.CreditingDealTest.CLOCK;
import static com.anchang.commission.application.CreditingDealTest.REGISTERED;
import static com.anchang.commission.application.CreditingDealTest.amounts;
import static com.anchang.commission.application.CreditingDealTest.book;
import static com.anchang.commission.application.CreditingDealTest.event;
import static com.anchang.commission.application.CreditingDealTest.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.anchang.commission.application.CreditingDeal.CollectMoney;
import com.anchang.commission.application.CreditingDeal.Step;
import com.anchang.commission.domain.CommissionPlan;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.LedgerEntry.Book;
import com.anchang.commission.domain.LedgerEntry.Kind;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.PayoutStage;
import com.anchang.support.security.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Commission amounts, payouts as the money comes in, the holdback, tiers and clawbacks (the commission part). */
class PayingCommissionTest {

    static final CommissionPlan TIERS = new CommissionPlan(CommissionPlan.Kind.MONTHLY_TIERS, null,
            List.of(new CommissionPlan.Tier(BigDecimal.ZERO, new BigDecimal("3")),
                    new CommissionPlan.Tier(new BigDecimal("5000000"), new BigDecimal("4"))));

    final InMemoryStores.Credits credits = new InMemoryStores.Credits();
    final InMemoryStores.Timelines timelines = new InMemoryStores.Timelines();
    final InMemoryStores.Buyers buyers = new InMemoryStores.Buyers();

    CreditingDeal crediting(OfficeCreditPolicy policy) {
        return new CreditingDeal(credits, timelines, buyers, new CreditRules(), office -> policy, CLOCK);
    }

    final CreditingDeal crediting = crediting(OfficeCreditPolicy.DEFAULTS);

    DealCredit credit(String dealId) {
        return credits.find(dealId).orElseThrow();
    }

    /** The down payment on 20 December, the mortgage on 10 February, the handover ({@code stage} null) on 30 June. */
    static CollectMoney money(String dealId, PayoutStage stage, String eventId) {
        String at = stage == null ? "2027-06-30T02:00:00Z"
                : stage == PayoutStage.DOWN_PAYMENT_RECEIVED ? "2026-12-20T03:00:00Z" : "2027-02-10T06:00:00Z";
        return new CollectMoney(dealId, "dev-1", "office-1", "unit-" + dealId, stage, Instant.parse(at), eventId);
    }

    static Map<String, BigDecimal> paid(DealCredit credit) {
        return credit.nets(Book.PAYOUT);
    }

    @Test
    @DisplayName("3‰ per deal (default plan): 2,000,000 earns 6,000.00; paid 2,400.00 at the down payment and 2,400.00 at the mortgage (20% held back), the 1,200.00 held back released at the handover")
    void paidAsTheMoneyComesIn() {
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        crediting.credit(signed("deal-1", "c-wang", "2000000.00", "2026-11-22T04:30:00Z"));
        assertThat(credit("deal-1").nets(Book.COMMISSION)).isEqualTo(amounts("c-wang", "6000.00"));
        assertThat(paid(credit("deal-1"))).isEmpty();

        crediting.collect(money("deal-1", PayoutStage.DOWN_PAYMENT_RECEIVED, "evt-dp"));
        assertThat(paid(credit("deal-1"))).isEqualTo(amounts("c-wang", "2400.00"));
        assertThat(credit("deal-1").heldBack("c-wang")).isEqualByComparingTo("600.00");

        crediting.collect(money("deal-1", PayoutStage.MORTGAGE_COMPLETED, "evt-mortgage"));
        crediting.collect(money("deal-1", PayoutStage.MORTGAGE_COMPLETED, "evt-mortgage"));
        assertThat(paid(credit("deal-1"))).isEqualTo(amounts("c-wang", "4800.00"));
        assertThat(credit("deal-1").heldBack("c-wang")).isEqualByComparingTo("1200.00");

        crediting.collect(money("deal-1", null, "evt-handover"));
        DealCredit done = credit("deal-1");
        assertThat(paid(done)).isEqualTo(amounts("c-wang", "6000.00"));
        assertThat(done.heldBack("c-wang")).isEqualByComparingTo("0");
        assertThat(book(done, Book.PAYOUT)).extracting(LedgerEntry::amount, LedgerEntry::causeEventId).containsExactly(
                tuple(new BigDecimal("2400.00"), "evt-dp"), tuple(new BigDecimal("2400.00"), "evt-mortgage"),
                tuple(new BigDecimal("1200.00"), "evt-handover"));
    }

    @Test
    @DisplayName("COMM-6: a 50/50 deal of 3,200,000.01 cancelled after the down payment's payout: 4,800.00 of commission each reversed and the 1,920.00 paid each clawed back by negative entries, carried into the ledger's balances")
    void cancellationAfterPayoutClawsBack() {
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        crediting.credit(signed("deal-1", "c-li", "3200000.01", "2026-11-22T04:30:00Z"));
        crediting.collect(money("deal-1", PayoutStage.DOWN_PAYMENT_RECEIVED, "evt-dp"));
        assertThat(paid(credit("deal-1"))).isEqualTo(amounts("c-wang", "1920.00", "c-li", "1920.00"));

        crediting.cancel(new CreditingDeal.CancelDeal("deal-1", "dev-1", "office-1", "unit-deal-1", "lead-1",
                "the buyer withdrew", Instant.parse("2026-12-28T02:00:00Z"), "evt-cancel"));

        DealCredit cancelled = credit("deal-1");
        assertThat(cancelled.entries()).filteredOn(e -> e.causeEventId().equals("evt-cancel"))
                .extracting(LedgerEntry::kind, LedgerEntry::consultantId, LedgerEntry::amount).containsExactlyInAnyOrder(
                        tuple(Kind.REVERSAL, "c-wang", new BigDecimal("-1600000.01")),
                        tuple(Kind.REVERSAL, "c-li", new BigDecimal("-1600000.00")),
                        tuple(Kind.COMMISSION_REVERSAL, "c-wang", new BigDecimal("-4800.00")),
                        tuple(Kind.COMMISSION_REVERSAL, "c-li", new BigDecimal("-4800.00")),
                        tuple(Kind.CLAWBACK, "c-wang", new BigDecimal("-1920.00")),
                        tuple(Kind.CLAWBACK, "c-li", new BigDecimal("-1920.00")));
        assertThat(cancelled.nets(Book.COMMISSION)).isEmpty();
        assertThat(paid(cancelled)).isEmpty();

        // the mortgage of a cancelled deal pays nothing
        crediting.collect(money("deal-1", PayoutStage.MORTGAGE_COMPLETED, "evt-mortgage"));
        assertThat(credit("deal-1").entries()).hasSameSizeAs(cancelled.entries());

        ViewingCredits.Ledger ledger = new ViewingCredits(credits, new InMemoryStores.Books(credits), timelines,
                office -> OfficeCreditPolicy.DEFAULTS, CLOCK, InMemoryStores.OFFICES)
                .ledgerOf(new Caller("c-li", "li", "dev-1", Map.of("office-1", Set.of(Caller.CONSULTANT)), Set.of(), true),
                        "office-1", "c-li");
        assertThat(ledger.entries()).filteredOn(e -> e.kind() == Kind.CLAWBACK).singleElement()
                .satisfies(e -> assertThat(e.note()).contains("clawed back"));
        assertThat(ledger.paid()).isEqualByComparingTo("0");
        assertThat(ledger.commission()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("monthly tiers: c-wang's second November deal takes the month to 5,500,000 (4‰ from 5,000,000): it earns 10,000.00 and the month's first deal is re-priced by a 3,000.00 adjustment; December starts again at 3‰")
    void tierCrossedAdjustsTheMonth() {
        CreditingDeal tiered = crediting(OfficeCreditPolicy.DEFAULTS.withPlan(TIERS));
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        tiered.credit(signed("deal-1", "c-wang", "3000000.00", "2026-11-21T04:30:00Z"));
        assertThat(credit("deal-1").nets(Book.COMMISSION)).isEqualTo(amounts("c-wang", "9000.00"));

        tiered.credit(event(Step.SUBSCRIPTION_SIGNED, "deal-2", "c-wang", "13900000000", "2500000.00",
                "2026-11-25T04:30:00Z", "evt-sub-deal-2"));
        DealCredit crossing = credit("deal-2");
        assertThat(book(crossing, Book.COMMISSION)).extracting(LedgerEntry::kind, LedgerEntry::amount).containsExactly(
                tuple(Kind.COMMISSION, new BigDecimal("10000.00")), tuple(Kind.ADJUSTMENT, new BigDecimal("3000.00")));
        assertThat(book(crossing, Book.COMMISSION)).allSatisfy(e -> assertThat(e.causeEventId()).isEqualTo("evt-sub-deal-2"));
        assertThat(crossing.commission().rateOf("c-wang").orElseThrow().perMille()).isEqualByComparingTo("4");
        assertThat(credit("deal-1").nets(Book.COMMISSION)).as("the first deal's entries are left as they were")
                .isEqualTo(amounts("c-wang", "9000.00"));

        // 2026-11-30T16:30Z is already 1 December in Shanghai: a new month, back to 3‰
        tiered.credit(event(Step.SUBSCRIPTION_SIGNED, "deal-3", "c-wang", "13700000000", "1000000.00",
                "2026-11-30T16:30:00Z", "evt-sub-deal-3"));
        assertThat(credit("deal-3").nets(Book.COMMISSION)).isEqualTo(amounts("c-wang", "3000.00"));
    }

    @Test
    @DisplayName("the rate is frozen with the deal: an office that changes its plan from 3‰ to 5‰ later pays the deal's stages at 3‰")
    void rateFrozenAtTheClose() {
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        crediting.credit(signed("deal-1", "c-wang", "2000000.00", "2026-11-22T04:30:00Z"));

        CreditingDeal afterTheChange = crediting(OfficeCreditPolicy.DEFAULTS.withPlan(
                new CommissionPlan(CommissionPlan.Kind.PER_DEAL, new BigDecimal("5"), List.of())));
        afterTheChange.collect(money("deal-1", PayoutStage.DOWN_PAYMENT_RECEIVED, "evt-dp"));

        assertThat(credit("deal-1").nets(Book.COMMISSION)).isEqualTo(amounts("c-wang", "6000.00"));
        assertThat(paid(credit("deal-1"))).isEqualTo(amounts("c-wang", "2400.00"));
    }

    @Test
    @DisplayName("credit at the contract (office policy): a down payment collected before the contract is remembered and paid out when the contract recognises the credit")
    void moneyBeforeTheRecognition() {
        CreditingDeal atContract = crediting(OfficeCreditPolicy.DEFAULTS.withCrediting(OfficeCreditPolicy.Recognition.CONTRACT,
                OfficeCreditPolicy.Split.HALF_HALF));
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        atContract.credit(signed("deal-1", "c-wang", "2000000.00", "2026-11-22T04:30:00Z"));
        atContract.collect(money("deal-1", PayoutStage.DOWN_PAYMENT_RECEIVED, "evt-dp"));
        assertThat(credit("deal-1").entries()).isEmpty();

        atContract.credit(event(Step.CONTRACT_SIGNED, "deal-1", "c-wang", BUYER, "2000000.00", "2026-12-02T04:30:00Z",
                "evt-contract"));
        assertThat(paid(credit("deal-1"))).isEqualTo(amounts("c-wang", "2400.00"));
        assertThat(book(credit("deal-1"), Book.PAYOUT)).singleElement()
                .satisfies(e -> assertThat(e.causeEventId()).isEqualTo("evt-contract"));
    }

    static CreditingDeal.CancelDeal forfeit(String dealId, String forfeited, String at, String eventId) {
        return new CreditingDeal.CancelDeal(dealId, "dev-1", "office-1", "unit-" + dealId, "lead-1",
                "the buyer walked away, the deposit kept", Instant.parse(at), eventId, true, new BigDecimal(forfeited));
    }

    /**
     * A deal of 3,200,000.01, 50/50 between c-wang and c-li, paid 1,920.00 each at the down payment (each deal
     * of its own buyer, so that COMM-4 leaves it whole).
     */
    void creditedAndPaid(CreditingDeal by, String dealId) {
        String buyer = "1390000000" + dealId.charAt(dealId.length() - 1);
        by.credit(event(Step.SUBSCRIPTION_SIGNED, dealId, "c-li", buyer, "3200000.01", "2026-11-22T04:30:00Z",
                "evt-sub-" + dealId));
        by.collect(money(dealId, PayoutStage.DOWN_PAYMENT_RECEIVED, "evt-dp-" + dealId));
    }

    static List<Object> kindsAndAmounts(DealCredit credit, String causeEventId) {
        return credit.entries().stream().filter(e -> e.causeEventId().equals(causeEventId))
                .map(e -> List.of(e.kind(), e.consultantId(), e.amount())).map(Object.class::cast).toList();
    }

    @Test
    @DisplayName("COMM-6 forfeit (挞定), office default (no forfeit commission): a 50/50 deal of 3,200,000.01 forfeited after the down payment's payout, 200,000.00 kept, posts exactly a cancellation's entries (credit and commission reversed, payouts clawed back), saying it was a forfeit")
    void forfeitByDefaultReversesAsACancellation() {
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        creditedAndPaid(crediting, "deal-1");
        creditedAndPaid(crediting, "deal-2");

        crediting.cancel(forfeit("deal-1", "200000.00", "2026-12-28T02:00:00Z", "evt-forfeit"));
        crediting.cancel(new CreditingDeal.CancelDeal("deal-2", "dev-1", "office-1", "unit-deal-2", "lead-1",
                "the buyer withdrew", Instant.parse("2026-12-28T02:00:00Z"), "evt-cancel"));

        DealCredit forfeited = credit("deal-1");
        assertThat(forfeited.stage()).isEqualTo(DealCredit.Stage.REVERSED);
        assertThat(kindsAndAmounts(forfeited, "evt-forfeit")).hasSize(6)
                .isEqualTo(kindsAndAmounts(credit("deal-2"), "evt-cancel"));
        assertThat(forfeited.entries()).filteredOn(e -> e.kind() == Kind.REVERSAL)
                .allSatisfy(e -> assertThat(e.note()).contains("COMM-6").contains("forfeit (挞定)"));
        assertThat(forfeited.nets()).isEmpty();
        assertThat(forfeited.nets(Book.COMMISSION)).isEmpty();
        assertThat(paid(forfeited)).isEmpty();
    }

    @Test
    @DisplayName("COMM-6 forfeit (挞定) at 10‰ of the amount kept (office policy): the sale's 4,800.00 each reversed, 2,000.00 earned on the 200,000.00 forfeited, 1,000.00 each by FORFEIT_COMMISSION entries caused by the event and paid at once (the 1,920.00 paid each netted to a 920.00 clawback); redelivered, nothing more")
    void forfeitCommissionByPolicy() {
        CreditingDeal forfeiting = crediting(OfficeCreditPolicy.DEFAULTS.withForfeitPerMille(new BigDecimal("10")));
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        creditedAndPaid(forfeiting, "deal-1");

        forfeiting.cancel(forfeit("deal-1", "200000.00", "2026-12-28T02:00:00Z", "evt-forfeit"));
        forfeiting.cancel(forfeit("deal-1", "200000.00", "2026-12-28T02:00:00Z", "evt-forfeit"));

        DealCredit forfeited = credit("deal-1");
        assertThat(forfeited.entries()).filteredOn(e -> e.causeEventId().equals("evt-forfeit"))
                .extracting(LedgerEntry::kind, LedgerEntry::consultantId, LedgerEntry::amount).containsExactlyInAnyOrder(
                        tuple(Kind.REVERSAL, "c-wang", new BigDecimal("-1600000.01")),
                        tuple(Kind.REVERSAL, "c-li", new BigDecimal("-1600000.00")),
                        tuple(Kind.FORFEIT_COMMISSION, "c-wang", new BigDecimal("1000.00")),
                        tuple(Kind.FORFEIT_COMMISSION, "c-li", new BigDecimal("1000.00")),
                        tuple(Kind.COMMISSION_REVERSAL, "c-wang", new BigDecimal("-4800.00")),
                        tuple(Kind.COMMISSION_REVERSAL, "c-li", new BigDecimal("-4800.00")),
                        tuple(Kind.CLAWBACK, "c-wang", new BigDecimal("-920.00")),
                        tuple(Kind.CLAWBACK, "c-li", new BigDecimal("-920.00")));
        assertThat(forfeited.entries()).filteredOn(e -> e.kind() == Kind.FORFEIT_COMMISSION)
                .allSatisfy(e -> assertThat(e.note()).contains("10‰ of 200000.00 CNY forfeited"));
        assertThat(forfeited.nets()).isEmpty();
        assertThat(forfeited.nets(Book.COMMISSION)).isEqualTo(amounts("c-wang", "1000.00", "c-li", "1000.00"));
        assertThat(paid(forfeited)).isEqualTo(amounts("c-wang", "1000.00", "c-li", "1000.00"));
        assertThat(forfeited.heldBack("c-li")).isEqualByComparingTo("0");

        // a later payment event of the forfeited deal changes nothing
        forfeiting.collect(money("deal-1", PayoutStage.MORTGAGE_COMPLETED, "evt-mortgage"));
        assertThat(credit("deal-1").entries()).hasSameSizeAs(forfeited.entries());

        ViewingCredits.Ledger ledger = new ViewingCredits(credits, new InMemoryStores.Books(credits), timelines,
                office -> OfficeCreditPolicy.DEFAULTS, CLOCK, InMemoryStores.OFFICES)
                .ledgerOf(new Caller("c-li", "li", "dev-1", Map.of("office-1", Set.of(Caller.CONSULTANT)), Set.of(), true),
                        "office-1", "c-li");
        assertThat(ledger.balance()).isEqualByComparingTo("0");
        assertThat(ledger.commission()).isEqualByComparingTo("1000.00");
        assertThat(ledger.paid()).isEqualByComparingTo("1000.00");
        assertThat(ledger.pending()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("COMM-6 forfeit (挞定) before the subscription at 10‰ (office policy): nothing was credited; the 50,000.00 deposit kept earns the provisional owner 500.00, paid at once")
    void forfeitOfAProvisionalDeal() {
        CreditingDeal forfeiting = crediting(OfficeCreditPolicy.DEFAULTS.withForfeitPerMille(new BigDecimal("10")));
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        forfeiting.credit(event(Step.DEPOSIT_RECEIVED, "deal-1", "c-wang", BUYER, "50000.00", "2026-11-22T04:30:00Z",
                "evt-deposit"));

        forfeiting.cancel(forfeit("deal-1", "50000.00", "2026-11-29T02:00:00Z", "evt-forfeit"));

        DealCredit forfeited = credit("deal-1");
        assertThat(forfeited.entries()).extracting(LedgerEntry::kind, LedgerEntry::consultantId, LedgerEntry::amount)
                .containsExactly(tuple(Kind.FORFEIT_COMMISSION, "c-wang", new BigDecimal("500.00")),
                        tuple(Kind.PAYOUT, "c-wang", new BigDecimal("500.00")));
        assertThat(forfeited.nets()).isEmpty();
    }
}
