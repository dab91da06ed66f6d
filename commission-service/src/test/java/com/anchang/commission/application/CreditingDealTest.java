package com.anchang.commission.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.application.CreditingDeal.DealEvent;
import com.anchang.commission.application.CreditingDeal.Step;
import com.anchang.commission.application.RememberingLeadOwnership.RememberFact;
import com.anchang.commission.domain.CreditRules;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCredit.DealFacts;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipFact.Kind;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CreditingDealTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    static final String BUYER = "13812345678";
    /** c-wang registered lead-1 on 2026-11-20; protected to 2026-11-27 (an office day in Shanghai). */
    static final OwnershipFact REGISTERED = new OwnershipFact("lead-evt-1", Kind.REGISTERED,
            Instant.parse("2026-11-20T02:15:00Z"), "c-wang", LocalDate.parse("2026-11-27"), null, "WALK_IN");

    final InMemoryStores.Credits credits = new InMemoryStores.Credits();
    final InMemoryStores.Timelines timelines = new InMemoryStores.Timelines();
    final InMemoryStores.Buyers buyers = new InMemoryStores.Buyers();

    CreditingDeal crediting(OfficeCreditPolicy policy) {
        return new CreditingDeal(credits, timelines, buyers, new CreditRules(), office -> policy, CLOCK);
    }

    static OfficeCreditPolicy policy(OfficeCreditPolicy.Recognition recognition, OfficeCreditPolicy.Split split) {
        return OfficeCreditPolicy.DEFAULTS.withCrediting(recognition, split);
    }

    final CreditingDeal crediting = crediting(OfficeCreditPolicy.DEFAULTS);
    final RememberingLeadOwnership remembering = new RememberingLeadOwnership(timelines, crediting);

    void registered(OwnershipFact fact) {
        remembering.remember(new RememberFact("lead-1", "dev-1", "office-1", fact));
    }

    static DealEvent event(Step step, String dealId, String closer, String mobile, String amount, String at, String eventId) {
        return new DealEvent(step, dealId, new DealFacts("dev-1", "office-1", "unit-" + dealId, "lead-1", closer, mobile,
                new BigDecimal(amount), step.name(), Instant.parse(at)), eventId);
    }

    static DealEvent signed(String dealId, String closer, String price, String at) {
        return event(Step.SUBSCRIPTION_SIGNED, dealId, closer, BUYER, price, at, "evt-sub-" + dealId);
    }

    DealCredit credit(String dealId) {
        return credits.find(dealId).orElseThrow();
    }

    /** The deal's entries of one book (credit, commission, payout), in order. */
    static List<LedgerEntry> book(DealCredit credit, LedgerEntry.Book book) {
        return credit.entries().stream().filter(e -> e.in(book)).toList();
    }

    static Map<String, BigDecimal> amounts(Object... pairs) {
        Map<String, BigDecimal> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], new BigDecimal((String) pairs[i + 1]));
        }
        return map;
    }

    @Test
    @DisplayName("COMM-1: provisional at the deposit (no ledger entry), credited to the owner who closed at the subscription (office default)")
    void provisionalThenRecognised() {
        registered(REGISTERED);
        crediting.credit(event(Step.DEPOSIT_RECEIVED, "deal-1", "c-wang", BUYER, "2800000.00", "2026-11-21T03:30:00Z",
                "evt-dep"));

        DealCredit provisional = credit("deal-1");
        assertThat(provisional.stage()).isEqualTo(DealCredit.Stage.PROVISIONAL);
        assertThat(provisional.entries()).isEmpty();
        assertThat(provisional.allocation().shares()).singleElement()
                .satisfies(s -> assertThat(s.consultantId()).isEqualTo("c-wang"));

        crediting.credit(signed("deal-1", "c-wang", "2800000.00", "2026-11-22T04:30:00Z"));

        DealCredit recognised = credit("deal-1");
        assertThat(recognised.stage()).isEqualTo(DealCredit.Stage.RECOGNISED);
        assertThat(recognised.nets()).isEqualTo(amounts("c-wang", "2800000.00"));
        assertThat(recognised.allocation().ruleIds()).containsExactly("COMM-1");
        assertThat(book(recognised, LedgerEntry.Book.CREDIT)).singleElement()
                .satisfies(e -> assertThat(e.causeEventId()).isEqualTo("evt-sub-deal-1"));
    }

    @Test
    @DisplayName("COMM-1: with the office policy 'credit at the contract', the subscription leaves it provisional and the contract recognises it")
    void recognisedAtTheContract() {
        CreditingDeal atContract = crediting(policy(OfficeCreditPolicy.Recognition.CONTRACT,
                OfficeCreditPolicy.Split.HALF_HALF));
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);

        atContract.credit(signed("deal-1", "c-wang", "2800000.00", "2026-11-22T04:30:00Z"));
        assertThat(credit("deal-1").stage()).isEqualTo(DealCredit.Stage.PROVISIONAL);
        assertThat(credit("deal-1").entries()).isEmpty();

        atContract.credit(event(Step.CONTRACT_SIGNED, "deal-1", "c-wang", BUYER, "2800000.00", "2026-12-21T07:00:00Z",
                "evt-contract"));
        assertThat(credit("deal-1").stage()).isEqualTo(DealCredit.Stage.RECOGNISED);
        assertThat(credit("deal-1").nets()).isEqualTo(amounts("c-wang", "2800000.00"));
    }

    @Test
    @DisplayName("COMM-2: closed by c-li inside c-wang's protection, 3,200,000.01 is split 50/50 to the fen (the odd fen to the owner)")
    void splitInsideProtection() {
        registered(REGISTERED);
        crediting.credit(signed("deal-1", "c-li", "3200000.01", "2026-11-27T15:59:00Z")); // 23:59 on the 27th in Shanghai

        DealCredit credit = credit("deal-1");
        assertThat(credit.nets()).isEqualTo(amounts("c-wang", "1600000.01", "c-li", "1600000.00"));
        assertThat(credit.allocation().ruleIds()).containsExactly("COMM-1", "COMM-2");
        assertThat(credit.allocation().protectionValid()).isTrue();
    }

    @Test
    @DisplayName("COMM-2: closed by c-li the day after c-wang's protection ended (LEAD-3), all of it goes to the closer")
    void noSplitOutsideProtection() {
        registered(REGISTERED);
        crediting.credit(signed("deal-1", "c-li", "3200000.01", "2026-11-27T16:00:00Z")); // 00:00 on the 28th

        DealCredit credit = credit("deal-1");
        assertThat(credit.nets()).isEqualTo(amounts("c-li", "3200000.01"));
        assertThat(credit.allocation().ruleIds()).containsExactly("COMM-1", "LEAD-3");
    }

    @Test
    @DisplayName("COMM-2: under the office policy 'all to the first receiver', a deal closed inside the protection goes wholly to the owner")
    void allToTheFirstReceiver() {
        CreditingDeal firstReceiver = crediting(policy(OfficeCreditPolicy.Recognition.SUBSCRIPTION,
                OfficeCreditPolicy.Split.ALL_TO_FIRST_RECEIVER));
        timelines.record("lead-1", "dev-1", "office-1", REGISTERED);

        firstReceiver.credit(signed("deal-1", "c-li", "3200000.01", "2026-11-22T04:30:00Z"));

        assertThat(credit("deal-1").nets()).isEqualTo(amounts("c-wang", "3200000.01"));
        assertThat(credit("deal-1").allocation().ruleIds()).containsExactly("COMM-1", "COMM-2");
    }

    @Test
    @DisplayName("COMM-4: one buyer's two deals, 3,000,000 then 4,000,000: the second counts 2,000,000 in full and 2,000,000 at 50%, so 3,000,000")
    void cumulativeTieringAcrossTwoDeals() {
        registered(REGISTERED);
        crediting.credit(signed("deal-1", "c-wang", "3000000.00", "2026-11-22T04:30:00Z"));
        // the same buyer, the mobile written differently
        crediting.credit(event(Step.SUBSCRIPTION_SIGNED, "deal-2", "c-wang", "+86 138-1234-5678", "4000000.00",
                "2026-11-25T04:30:00Z", "evt-sub-deal-2"));

        assertThat(credit("deal-1").nets()).isEqualTo(amounts("c-wang", "3000000.00"));
        assertThat(credit("deal-1").allocation().ruleIds()).doesNotContain("COMM-4");
        DealCredit second = credit("deal-2");
        assertThat(second.allocation().tiering().cumulativeBefore()).isEqualByComparingTo("3000000.00");
        assertThat(second.allocation().tiering().fullPart()).isEqualByComparingTo("2000000.00");
        assertThat(second.allocation().tiering().abovePart()).isEqualByComparingTo("2000000.00");
        assertThat(second.nets()).isEqualTo(amounts("c-wang", "3000000.00"));
        assertThat(second.allocation().ruleIds()).containsExactly("COMM-1", "COMM-4");
    }

    @Test
    @DisplayName("COMM-6: a cancelled deal's 50/50 credit is reversed by entries of their own, the credits left in place; the buyer's cumulative no longer counts it")
    void cancellationReverses() {
        registered(REGISTERED);
        crediting.credit(signed("deal-1", "c-li", "3200000.01", "2026-11-22T04:30:00Z"));

        crediting.cancel(new CreditingDeal.CancelDeal("deal-1", "dev-1", "office-1", "unit-deal-1", "lead-1",
                "the buyer withdrew", Instant.parse("2026-11-23T02:00:00Z"), "evt-cancel"));
        crediting.cancel(new CreditingDeal.CancelDeal("deal-1", "dev-1", "office-1", "unit-deal-1", "lead-1",
                "the buyer withdrew", Instant.parse("2026-11-23T02:00:00Z"), "evt-cancel"));

        DealCredit cancelled = credit("deal-1");
        assertThat(cancelled.stage()).isEqualTo(DealCredit.Stage.REVERSED);
        List<LedgerEntry> creditBook = book(cancelled, LedgerEntry.Book.CREDIT);
        assertThat(creditBook).extracting(LedgerEntry::kind, LedgerEntry::consultantId, LedgerEntry::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.CREDIT, "c-wang", new BigDecimal("1600000.01")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.CREDIT, "c-li", new BigDecimal("1600000.00")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.REVERSAL, "c-wang", new BigDecimal("-1600000.01")),
                        org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.REVERSAL, "c-li", new BigDecimal("-1600000.00")));
        assertThat(creditBook.subList(2, 4)).allSatisfy(e -> assertThat(e.causeEventId()).isEqualTo("evt-cancel"));
        assertThat(cancelled.nets()).isEmpty();
        assertThat(cancelled.nets(LedgerEntry.Book.COMMISSION)).isEmpty();

        crediting.credit(signed("deal-2", "c-wang", "6000000.00", "2026-11-25T04:30:00Z"));
        assertThat(credit("deal-2").allocation().tiering().cumulativeBefore()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("redelivery: the same subscription event twice makes one set of entries")
    void redeliveredEventCountsOnce() {
        registered(REGISTERED);
        DealEvent event = signed("deal-1", "c-li", "3200000.01", "2026-11-22T04:30:00Z");

        assertThat(crediting.credit(event)).isTrue();
        assertThat(crediting.credit(event)).isFalse();

        assertThat(book(credit("deal-1"), LedgerEntry.Book.CREDIT)).hasSize(2);
        assertThat(book(credit("deal-1"), LedgerEntry.Book.COMMISSION)).hasSize(2);
        assertThat(buyers.stored.get("dev-1|" + BUYER)).hasSize(1);
    }

    @Test
    @DisplayName("out of order: a deal recognised before its lead's registration arrived is credited to its closer, then moved to the 50/50 of COMM-2 by reversal and new credits caused by the registration")
    void lateRegistrationMovesTheCredit() {
        crediting.credit(signed("deal-1", "c-li", "3200000.01", "2026-11-22T04:30:00Z"));
        assertThat(credit("deal-1").nets()).isEqualTo(amounts("c-li", "3200000.01"));

        registered(REGISTERED);
        registered(REGISTERED);

        DealCredit moved = credit("deal-1");
        assertThat(moved.nets()).isEqualTo(amounts("c-li", "1600000.00", "c-wang", "1600000.01"));
        List<LedgerEntry> creditBook = book(moved, LedgerEntry.Book.CREDIT);
        assertThat(creditBook).hasSize(4);
        assertThat(creditBook.subList(1, 4)).allSatisfy(e -> assertThat(e.causeEventId()).isEqualTo("lead-evt-1"));
        assertThat(creditBook.get(1).kind()).isEqualTo(LedgerEntry.Kind.REVERSAL);
        // the commission follows the credit (3‰ by default), by entries of the same cause
        assertThat(moved.nets(LedgerEntry.Book.COMMISSION)).isEqualTo(amounts("c-li", "4800.00", "c-wang", "4800.00"));
    }

    @Test
    @DisplayName("LEAD-9: a grabbing recorded after the deal moves the grabber's credit to the rightful owner, with no split for the grabber")
    void violationMovesTheCredit() {
        registered(new OwnershipFact("lead-evt-g", Kind.REGISTERED, Instant.parse("2026-11-20T02:15:00Z"), "c-li",
                LocalDate.parse("2026-11-27"), null, "WALK_IN"));
        crediting.credit(signed("deal-1", "c-li", "3200000.01", "2026-11-22T04:30:00Z"));

        // recorded on day 6 after the closing, before the credit is final (FinalCreditTest)
        registered(new OwnershipFact("lead-evt-v", Kind.VIOLATION_RECORDED, Instant.parse("2026-11-28T05:00:00Z"),
                "c-wang", null, "c-li", "GRABBING"));

        DealCredit moved = credit("deal-1");
        assertThat(moved.nets()).isEqualTo(amounts("c-wang", "3200000.01"));
        assertThat(moved.allocation().ruleIds()).containsExactly("COMM-1", "LEAD-9");
    }
}
