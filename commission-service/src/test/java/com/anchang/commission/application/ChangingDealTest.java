package com.anchang.commission.application;

import static com.anchang.commission.application.CreditingDealTest.BUYER;
import static com.anchang.commission.application.CreditingDealTest.REGISTERED;
import static com.anchang.commission.application.CreditingDealTest.amounts;
import static com.anchang.commission.application.CreditingDealTest.book;
import static com.anchang.commission.application.CreditingDealTest.event;
import static com.anchang.commission.application.CreditingDealTest.signed;
import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.application.CreditingDeal.ChangeOrder;
import com.anchang.commission.application.CreditingDeal.Step;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OfficeCreditPolicy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Change orders (a price change, a unit swap, their undo): the credit and commission follow the deal's price. */
class ChangingDealTest {

    final InMemoryStores.Credits credits = new InMemoryStores.Credits();
    final InMemoryStores.Timelines timelines = new InMemoryStores.Timelines();
    final InMemoryStores.Buyers buyers = new InMemoryStores.Buyers();
    final CreditingDeal crediting = new CreditingDeal(credits, timelines, buyers, new CreditRules(),
            office -> OfficeCreditPolicy.DEFAULTS, CreditingDealTest.CLOCK);

    DealCredit credit(String dealId) {
        return credits.find(dealId).orElseThrow();
    }

    static ChangeOrder priceChanged(String dealId, String price, String eventId, boolean undo) {
        return new ChangeOrder(dealId, "dev-1", "office-1", "unit-" + dealId, "lead-1", "co-1",
                undo ? "price change undone" : "price changed", new BigDecimal(price),
                Instant.parse(undo ? "2026-11-28T02:00:00Z" : "2026-11-27T02:30:00Z"), eventId);
    }

    static List<BigDecimal> amountsOf(List<LedgerEntry> entries) {
        return entries.stream().map(LedgerEntry::amount).toList();
    }

    void recognisedAt(String dealId, String price) {
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        crediting.credit(event(Step.DEPOSIT_RECEIVED, dealId, "c-wang", BUYER, price, "2026-11-21T03:30:00Z",
                "evt-dep-" + dealId));
        crediting.credit(signed(dealId, "c-wang", price, "2026-11-22T04:30:00Z"));
    }

    @Test
    @DisplayName("COMM-6: 3,000,000.00 changed to 2,950,000.00: a reversal of 50,000.00 and of 150.00 commission caused by the change; the undo enters them back")
    void priceChangeAdjustsByEntriesOfTheDifference() {
        recognisedAt("deal-1", "3000000.00");

        assertThat(crediting.change(priceChanged("deal-1", "2950000.00", "evt-pc-1", false))).isTrue();

        DealCredit changed = credit("deal-1");
        assertThat(changed.amount()).isEqualTo(new BigDecimal("2950000.00"));
        assertThat(changed.nets()).isEqualTo(amounts("c-wang", "2950000.00"));
        assertThat(changed.nets(LedgerEntry.Book.COMMISSION)).isEqualTo(amounts("c-wang", "8850.00"));
        List<LedgerEntry> adjustments = changed.entries().stream().filter(e -> e.causeEventId().equals("evt-pc-1")).toList();
        assertThat(adjustments).extracting(LedgerEntry::kind)
                .containsExactly(LedgerEntry.Kind.REVERSAL, LedgerEntry.Kind.COMMISSION_REVERSAL);
        assertThat(amountsOf(adjustments)).containsExactly(new BigDecimal("-50000.00"), new BigDecimal("-150.00"));
        assertThat(adjustments.getFirst().recordedAt()).isEqualTo(Instant.parse("2026-11-27T02:30:00Z"));
        // never an edit: the recognition's entries stand as they were
        assertThat(amountsOf(book(changed, LedgerEntry.Book.CREDIT)))
                .containsExactly(new BigDecimal("3000000.00"), new BigDecimal("-50000.00"));

        crediting.change(priceChanged("deal-1", "3000000.00", "evt-pc-undo", true));

        DealCredit undone = credit("deal-1");
        assertThat(undone.nets()).isEqualTo(amounts("c-wang", "3000000.00"));
        assertThat(undone.nets(LedgerEntry.Book.COMMISSION)).isEqualTo(amounts("c-wang", "9000.00"));
        assertThat(undone.entries().stream().filter(e -> e.causeEventId().equals("evt-pc-undo")).toList())
                .extracting(LedgerEntry::kind, LedgerEntry::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.CREDIT, new BigDecimal("50000.00")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.COMMISSION, new BigDecimal("150.00")));
        assertThat(undone.amountSource()).isEqualTo("change order co-1: price change undone");
    }

    @Test
    @DisplayName("The same price change delivered twice enters one adjustment")
    void redeliveredOnce() {
        recognisedAt("deal-1", "3000000.00");
        crediting.change(priceChanged("deal-1", "2950000.00", "evt-pc-1", false));
        int entries = credit("deal-1").entries().size();

        assertThat(crediting.change(priceChanged("deal-1", "2950000.00", "evt-pc-1", false))).isFalse();

        assertThat(credit("deal-1").entries()).hasSize(entries);
        assertThat(credit("deal-1").nets()).isEqualTo(amounts("c-wang", "2950000.00"));
    }

    @Test
    @DisplayName("COMM-4: the buyer's earlier 4,000,000.00 counts; 3,000,000.00 weighs 2,000,000.00, changed to 2,950,000.01 it weighs 1,975,000.01 (-24,999.99, commission -75.00)")
    void tieringTakenAgain() {
        recognisedAt("deal-0", "4000000.00");
        recognisedAt("deal-1", "3000000.00");
        assertThat(credit("deal-1").nets()).isEqualTo(amounts("c-wang", "2000000.00"));

        crediting.change(priceChanged("deal-1", "2950000.01", "evt-pc-1", false));

        DealCredit changed = credit("deal-1");
        assertThat(changed.allocation().tiering().weighted()).isEqualTo(new BigDecimal("1975000.01"));
        assertThat(changed.allocation().ruleIds()).contains("COMM-4");
        assertThat(amountsOf(changed.entries().stream().filter(e -> e.causeEventId().equals("evt-pc-1")).toList()))
                .containsExactly(new BigDecimal("-24999.99"), new BigDecimal("-75.00"));
    }

    @Test
    @DisplayName("COMM-4: a buyer's deal changed from 4,000,000.00 to 3,000,000.00 counts 3,000,000.00 for their next deal (3,000,000.00 weighs 2,500,000.00)")
    void buyersTotalsFollowTheChange() {
        recognisedAt("deal-0", "4000000.00");
        crediting.change(priceChanged("deal-0", "3000000.00", "evt-pc-0", false));

        recognisedAt("deal-1", "3000000.00");

        assertThat(credit("deal-1").cumulativeBefore()).isEqualByComparingTo("3000000.00");
        assertThat(credit("deal-1").nets()).isEqualTo(amounts("c-wang", "2500000.00"));
    }

    @Test
    @DisplayName("A price change before the deal's own events is kept: the deposit and subscription carrying the older price recognise 2,950,000.00")
    void changeBeforeTheDepositIsNotLost() {
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);
        crediting.change(priceChanged("deal-1", "2950000.00", "evt-pc-1", false));
        crediting.credit(event(Step.DEPOSIT_RECEIVED, "deal-1", "c-wang", BUYER, "3000000.00", "2026-11-21T03:30:00Z",
                "evt-dep"));
        crediting.credit(signed("deal-1", "c-wang", "3000000.00", "2026-11-22T04:30:00Z"));

        DealCredit credit = credit("deal-1");
        assertThat(credit.amount()).isEqualTo(new BigDecimal("2950000.00"));
        assertThat(amountsOf(book(credit, LedgerEntry.Book.CREDIT))).containsExactly(new BigDecimal("2950000.00"));
        assertThat(credit.nets(LedgerEntry.Book.COMMISSION)).isEqualTo(amounts("c-wang", "8850.00"));
    }

    @Test
    @DisplayName("A unit swap: the credit names the new unit and follows its price (3,000,000.00 to 3,200,000.00: +200,000.00, commission +600.00)")
    void unitSwapped() {
        recognisedAt("deal-1", "3000000.00");

        crediting.change(new ChangeOrder("deal-1", "dev-1", "office-1", "unit-3-1802", "lead-1", "co-4",
                "unit swapped to 3-1802", new BigDecimal("3200000.00"), Instant.parse("2026-11-25T02:00:00Z"), "evt-swap"));
        crediting.collect(new CreditingDeal.CollectMoney("deal-1", "dev-1", "office-1", "unit-deal-1",
                com.anchang.commission.domain.PayoutStage.DOWN_PAYMENT_RECEIVED, Instant.parse("2026-11-20T00:00:00Z"),
                "evt-down-sent-before-the-swap"));

        DealCredit swapped = credit("deal-1");
        assertThat(swapped.unitId()).isEqualTo("unit-3-1802");
        assertThat(swapped.nets()).isEqualTo(amounts("c-wang", "3200000.00"));
        assertThat(amountsOf(swapped.entries().stream().filter(e -> e.causeEventId().equals("evt-swap")).toList()))
                .containsExactly(new BigDecimal("200000.00"), new BigDecimal("600.00"));
    }

    @Test
    @DisplayName("COMM-6: a cancelled deal's price change enters nothing")
    void cancelledDealIsNotAdjusted() {
        recognisedAt("deal-1", "3000000.00");
        crediting.cancel(new CreditingDeal.CancelDeal("deal-1", "dev-1", "office-1", "unit-deal-1", "lead-1", "refund",
                Instant.parse("2026-11-26T02:00:00Z"), "evt-cancel"));
        int entries = credit("deal-1").entries().size();

        crediting.change(priceChanged("deal-1", "2950000.00", "evt-pc-1", false));

        assertThat(credit("deal-1").entries()).hasSize(entries);
        assertThat(credit("deal-1").nets()).isEmpty();
    }

    @Test
    @DisplayName("COMM-4 across deals: one buyer's 3,000,000.00 then 4,000,000.00 (the second counts 2,000,000 + 2,000,000 × 50% = 3,000,000.00); the first lowered to 2,600,000.00 re-weighs the second on 2,600,000 before it: +200,000.00 credit and +600.00 commission on it, caused by the change; redelivered, nothing more; the first cancelled, the second counts 4,000,000.00 in full")
    void changeToAnEarlierDealReTiersTheLaterOnes() {
        recognisedAt("deal-1", "3000000.00");
        crediting.credit(event(Step.SUBSCRIPTION_SIGNED, "deal-2", "c-wang", BUYER, "4000000.00",
                "2026-11-25T04:30:00Z", "evt-sub-deal-2"));
        assertThat(credit("deal-2").nets()).isEqualTo(amounts("c-wang", "3000000.00"));

        crediting.change(priceChanged("deal-1", "2600000.00", "evt-pc-1", false));
        crediting.change(priceChanged("deal-1", "2600000.00", "evt-pc-1", false));

        DealCredit later = credit("deal-2");
        assertThat(later.cumulativeBefore()).isEqualByComparingTo("2600000.00");
        assertThat(later.allocation().tiering().fullPart()).isEqualByComparingTo("2400000.00");
        assertThat(later.allocation().tiering().abovePart()).isEqualByComparingTo("1600000.00");
        assertThat(later.nets()).isEqualTo(amounts("c-wang", "3200000.00"));
        assertThat(later.nets(LedgerEntry.Book.COMMISSION)).isEqualTo(amounts("c-wang", "9600.00"));
        List<LedgerEntry> adjustments = later.entries().stream().filter(e -> e.causeEventId().equals("evt-pc-1")).toList();
        assertThat(adjustments).extracting(LedgerEntry::kind, LedgerEntry::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.CREDIT, new BigDecimal("200000.00")),
                org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.COMMISSION, new BigDecimal("600.00")));
        assertThat(adjustments.getFirst().note()).startsWith("COMM-4: deal deal-1 of the same buyer: price changed")
                .contains("3000000.00 to 2600000.00");
        // never an edit: the recognition's entry stands
        assertThat(amountsOf(book(later, LedgerEntry.Book.CREDIT)))
                .containsExactly(new BigDecimal("3000000.00"), new BigDecimal("200000.00"));

        crediting.cancel(new CreditingDeal.CancelDeal("deal-1", "dev-1", "office-1", "unit-deal-1", "lead-1", "refund",
                Instant.parse("2026-11-29T02:00:00Z"), "evt-cancel-1"));

        DealCredit alone = credit("deal-2");
        assertThat(alone.cumulativeBefore()).isEqualByComparingTo("0");
        assertThat(alone.allocation().ruleIds()).doesNotContain("COMM-4");
        assertThat(alone.nets()).isEqualTo(amounts("c-wang", "4000000.00"));
        assertThat(alone.entries().stream().filter(e -> e.causeEventId().equals("evt-cancel-1")).toList())
                .extracting(LedgerEntry::kind, LedgerEntry::amount).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.CREDIT, new BigDecimal("800000.00")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.COMMISSION, new BigDecimal("2400.00")));
    }
}
