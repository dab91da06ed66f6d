package com.anchang.commission.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.commission.adapter.messaging.CommissionEvents;
import com.anchang.commission.domain.Adjudication;
import com.anchang.commission.domain.Claim;
import com.anchang.commission.domain.ClaimEvent;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.events.GoldenSamples;
import com.anchang.events.commission.ClaimDecided;
import com.anchang.events.commission.ClaimRaised;
import com.anchang.events.commission.CoverRecorded;
import com.anchang.events.lead.LeadLinked;
import com.anchang.events.lead.LeadPreRegistered;
import com.anchang.events.lead.LeadReturningBuyerRegistered;
import com.anchang.events.transaction.BuyerChanged;
import com.anchang.events.commission.CreditRecorded;
import com.anchang.events.lead.LeadCollisionResolved;
import com.anchang.events.lead.LeadProtectionExtended;
import com.anchang.events.lead.LeadReassigned;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.LeadReleased;
import com.anchang.events.lead.LeadViolationRecorded;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.HandedOver;
import com.anchang.events.transaction.MortgageCompleted;
import com.anchang.events.transaction.PriceChanged;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.support.messaging.EventJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden samples: what commission-service consumes parses, with every field it uses; what it produces
 * serialises to them.
 */
class CommissionContractsTest {

    static final JsonMapper JSON = new JsonMapper();

    @Test
    @DisplayName("LeadRegistered v1 (consumed) parses from its golden sample with the owner and protection window")
    void leadRegisteredParses() {
        LeadRegistered event = EventJson.read(GoldenSamples.json(LeadRegistered.TYPE, LeadRegistered.VERSION),
                LeadRegistered.class);

        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.ownerConsultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.registeredAt()).isEqualTo(Instant.parse("2026-11-20T02:15:00Z"));
        assertThat(event.protectedUntil()).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    @DisplayName("DepositReceived v1 (consumed) parses from its golden sample, the amount fen-exact")
    void depositReceivedParses() {
        DepositReceived event = EventJson.read(GoldenSamples.json(DepositReceived.TYPE, DepositReceived.VERSION),
                DepositReceived.class);

        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.developerId()).isEqualTo("dev-huaxin");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.consultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.amount()).isEqualTo(new BigDecimal("50000.00"));
        assertThat(event.receivedAt()).isEqualTo(Instant.parse("2026-11-21T03:30:00Z"));
    }

    @Test
    @DisplayName("PriceChanged v1 (consumed) parses from its golden sample: the deal's price now, fen-exact, the change order and when")
    void priceChangedParses() {
        PriceChanged event = golden(PriceChanged.TYPE, PriceChanged.VERSION, PriceChanged.class);

        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.developerId()).isEqualTo("dev-huaxin");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.unitId()).isEqualTo("unit-3-1802");
        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.price()).isEqualTo(new BigDecimal("3200000.00"));
        assertThat(event.changeOrderId()).isEqualTo("co-1c7e5a88");
        assertThat(event.changedAt()).isEqualTo(Instant.parse("2026-11-27T02:30:00Z"));
        assertThat(event.undo()).isFalse();
    }

    @Test
    @DisplayName("UnitSwapped v1 (consumed) parses from its golden sample: the new unit and its code, the price now, the change order and when")
    void unitSwappedParses() {
        UnitSwapped event = golden(UnitSwapped.TYPE, UnitSwapped.VERSION, UnitSwapped.class);

        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.developerId()).isEqualTo("dev-huaxin");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.unitId()).isEqualTo("unit-3-1802");
        assertThat(event.unitCode()).isEqualTo("3-1802");
        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.price()).isEqualTo(new BigDecimal("3200000.00"));
        assertThat(event.changeOrderId()).isEqualTo("co-4e0a7c21");
        assertThat(event.swappedAt()).isEqualTo(Instant.parse("2026-11-25T02:00:00Z"));
        assertThat(event.undo()).isFalse();
    }

    static <T> T golden(String type, int version, Class<T> payload) {
        return EventJson.read(GoldenSamples.json(type, version), payload);
    }

    @Test
    @DisplayName("LeadProtectionExtended v1 (consumed) parses with the owner, the new last protected day and when")
    void protectionExtendedParses() {
        LeadProtectionExtended event = golden(LeadProtectionExtended.TYPE, LeadProtectionExtended.VERSION,
                LeadProtectionExtended.class);

        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.ownerConsultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.protectedUntil()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(event.extendedAt()).isEqualTo(Instant.parse("2026-11-23T03:30:00Z"));
    }

    @Test
    @DisplayName("LeadReleased v1 (consumed) parses with the former owner and the instant of release")
    void releasedParses() {
        LeadReleased event = golden(LeadReleased.TYPE, LeadReleased.VERSION, LeadReleased.class);

        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.formerOwnerConsultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.releasedAt()).isEqualTo(Instant.parse("2026-11-27T16:05:00Z"));
    }

    @Test
    @DisplayName("LeadReassigned v1 (consumed) parses with the new owner, since when, and the protection window")
    void reassignedParses() {
        LeadReassigned event = golden(LeadReassigned.TYPE, LeadReassigned.VERSION, LeadReassigned.class);

        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.ownerConsultantId()).isEqualTo("u-bj-consultant-2");
        assertThat(event.ownedSince()).isEqualTo(Instant.parse("2026-11-29T06:00:00Z"));
        assertThat(event.protectedUntil()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(event.reason()).isEqualTo("RE_REGISTERED");
    }

    @Test
    @DisplayName("LeadCollisionResolved v1 (consumed) parses with the follower and when it was resolved (LEAD-5)")
    void collisionResolvedParses() {
        LeadCollisionResolved event = golden(LeadCollisionResolved.TYPE, LeadCollisionResolved.VERSION,
                LeadCollisionResolved.class);

        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.followerConsultantId()).isEqualTo("u-bj-consultant-2");
        assertThat(event.resolvedAt()).isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
    }

    @Test
    @DisplayName("LeadViolationRecorded v1 (consumed) parses with the offender and the rightful owner (LEAD-9)")
    void violationRecordedParses() {
        LeadViolationRecorded event = golden(LeadViolationRecorded.TYPE, LeadViolationRecorded.VERSION,
                LeadViolationRecorded.class);

        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.offenderConsultantId()).isEqualTo("u-bj-consultant-2");
        assertThat(event.rightfulOwnerConsultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.kind()).isEqualTo("GRABBING");
        assertThat(event.recordedAt()).isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
    }

    @Test
    @DisplayName("SubscriptionSigned v1 (consumed) parses with the closer, the lead, the buyer's mobile (COMM-4 identity), the price and when")
    void subscriptionSignedParses() {
        SubscriptionSigned event = golden(SubscriptionSigned.TYPE, SubscriptionSigned.VERSION, SubscriptionSigned.class);

        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.developerId()).isEqualTo("dev-huaxin");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.consultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.buyerMobile()).isEqualTo("13812345678");
        assertThat(event.price()).isEqualTo(new BigDecimal("3200000.00"));
        assertThat(event.signedAt()).isEqualTo(Instant.parse("2026-11-21T04:30:00Z"));
    }

    @Test
    @DisplayName("ContractSigned v1 (consumed) parses with the closer, the lead, the buyer's mobile, the deal price and when")
    void contractSignedParses() {
        ContractSigned event = golden(ContractSigned.TYPE, ContractSigned.VERSION, ContractSigned.class);

        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.consultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.buyerMobile()).isEqualTo("13812345678");
        assertThat(event.dealPrice()).isEqualTo(new BigDecimal("3200000.00"));
        assertThat(event.signedAt()).isEqualTo(Instant.parse("2026-12-21T07:00:00Z"));
    }

    @Test
    @DisplayName("DealCancelled v1 (consumed) parses with the deal, its office and developer, the lead and the reason (COMM-6)")
    void dealCancelledParses() {
        DealCancelled event = golden(DealCancelled.TYPE, DealCancelled.VERSION, DealCancelled.class);

        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.developerId()).isEqualTo("dev-huaxin");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.reason()).isEqualTo("the buyer withdrew; deposit refunded");
    }

    @Test
    @DisplayName("DownPaymentReceived, MortgageCompleted, HandedOver v1 (consumed: the payout stages and the holdback's release) parse with the deal, its developer and office")
    void payoutStagesParse() {
        DownPaymentReceived downPayment = golden(DownPaymentReceived.TYPE, DownPaymentReceived.VERSION,
                DownPaymentReceived.class);
        MortgageCompleted mortgage = golden(MortgageCompleted.TYPE, MortgageCompleted.VERSION, MortgageCompleted.class);
        HandedOver handedOver = golden(HandedOver.TYPE, HandedOver.VERSION, HandedOver.class);

        assertThat(List.of(downPayment.dealId(), mortgage.dealId(), handedOver.dealId())).containsOnly("deal-7d0c9a1e");
        assertThat(List.of(downPayment.developerId(), mortgage.developerId(), handedOver.developerId()))
                .containsOnly("dev-huaxin");
        assertThat(List.of(downPayment.officeId(), mortgage.officeId(), handedOver.officeId()))
                .containsOnly("office-binjiang");
        assertThat(downPayment.unitId()).isEqualTo("unit-3-1802");
    }

    static final DealCredit GOLDEN_DEAL = DealCredit.open("deal-7d0c9a1e").with(new DealCredit.DealFacts("dev-huaxin",
            "office-binjiang", "unit-3-1802", "lead-5b1f2c0e", "u-bj-consultant2", "13812345678",
            new BigDecimal("3200000.00"), "subscription price", Instant.parse("2026-03-12T04:30:00Z")), "evt-1");
    static final Claim RAISED = new Claim("claim-5b1e0c7a-2f3d-4c41-9d7e-0a6f3b2c8e14", "u-bj-consultant1",
            "3月2日首次接待陈先生并登记，3月5日电话回访有记录", Instant.parse("2026-03-16T03:20:00Z"), Claim.State.OPEN,
            null, null, null);

    @Test
    @DisplayName("COMM-3: ClaimRaised v1 (produced) serialises to its golden sample: the claim accepted for the PM's adjudication, keyed by deal")
    void claimRaisedSerialises() {
        Record event = CommissionEvents.toContract(new ClaimEvent.Raised(GOLDEN_DEAL, RAISED));

        assertThat(JSON.readTree(EventJson.write(event)))
                .isEqualTo(JSON.readTree(GoldenSamples.json(ClaimRaised.TYPE, ClaimRaised.VERSION)));
    }

    @Test
    @DisplayName("COMM-3, COMM-6: ClaimDecided v1 (produced) serialises to its golden sample: ACCEPTED, by the PM, with the reason")
    void claimDecidedSerialises() {
        Claim decided = new Claim(RAISED.claimId(), RAISED.claimantId(), RAISED.evidence(), RAISED.raisedAt(),
                Claim.State.ACCEPTED, "u-bj-pm", Instant.parse("2026-03-17T02:05:00Z"), "登记与回访记录在保护期内，业绩五五分");

        Adjudication made = new Adjudication("decision-3f9a2c71-8e4b-4d2a-b6c0-5e1d7a9f0b23", "COMM-3", RAISED.claimId(),
                List.of(new Adjudication.Award("u-bj-consultant1", new BigDecimal("0.5")),
                        new Adjudication.Award("u-bj-consultant2", new BigDecimal("0.5"))),
                "u-bj-pm", decided.decidedAt(), decided.reason());

        Record event = CommissionEvents.toContract(new ClaimEvent.Decided(adjudicated(made), decided));

        assertThat(JSON.readTree(EventJson.write(event)))
                .isEqualTo(JSON.readTree(GoldenSamples.json(ClaimDecided.TYPE, ClaimDecided.VERSION)));
    }

    /** The golden deal with the PM's decision on it. */
    static DealCredit adjudicated(Adjudication decision) {
        DealCredit d = GOLDEN_DEAL;
        return new DealCredit(d.dealId(), d.developerId(), d.officeId(), d.unitId(), d.leadId(), d.closingConsultantId(),
                d.buyerKey(), d.amount(), d.amountSource(), d.closedAt(), d.stage(), d.cumulativeBefore(), d.allocation(),
                d.commission(), decision, d.claims(), d.entries(), d.appliedEventIds(), d.revision());
    }

    @Test
    @DisplayName("COMM-5: CoverRecorded v1 (produced) serialises to its golden sample: the colleague credited alone, the kind, by the PM, why, and the decision's id")
    void coverRecordedSerialises() {
        Adjudication cover = new Adjudication("decision-8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f", "COMM-5", null,
                List.of(new Adjudication.Award("u-bj-consultant-1", BigDecimal.ONE)), "u-bj-pm",
                Instant.parse("2026-03-17T02:05:00Z"), "义务接待：刘顾问当天休假，由张顾问代接待");

        Record event = CommissionEvents.toContract(new ClaimEvent.Covered(adjudicated(cover), cover,
                "COVERED_FOR_COLLEAGUE"));

        assertThat(JSON.readTree(EventJson.write(event)))
                .isEqualTo(JSON.readTree(GoldenSamples.json(CoverRecorded.TYPE, CoverRecorded.VERSION)));
    }

    @Test
    @DisplayName("ClaimRaised, ClaimDecided, CoverRecorded v1 (consumed back by commission-service to rebuild its ledger) parse with the ids, instants, awards and reasons the rebuild uses")
    void ownEventsParse() {
        ClaimRaised raised = golden(ClaimRaised.TYPE, ClaimRaised.VERSION, ClaimRaised.class);
        ClaimDecided decided = golden(ClaimDecided.TYPE, ClaimDecided.VERSION, ClaimDecided.class);
        CoverRecorded cover = golden(CoverRecorded.TYPE, CoverRecorded.VERSION, CoverRecorded.class);

        assertThat(raised.claimId()).isEqualTo(decided.claimId()).isEqualTo("claim-5b1e0c7a-2f3d-4c41-9d7e-0a6f3b2c8e14");
        assertThat(raised.raisedAt()).isEqualTo(Instant.parse("2026-03-16T03:20:00Z"));
        assertThat(decided.decision()).isEqualTo("ACCEPTED");
        assertThat(decided.decisionId()).isEqualTo("decision-3f9a2c71-8e4b-4d2a-b6c0-5e1d7a9f0b23");
        assertThat(decided.awards()).extracting(ClaimDecided.Award::consultantId, a -> a.fraction().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("u-bj-consultant1", "0.5"),
                        org.assertj.core.groups.Tuple.tuple("u-bj-consultant2", "0.5"));
        assertThat(decided.decidedAt()).isEqualTo(Instant.parse("2026-03-17T02:05:00Z"));
        assertThat(cover.decisionId()).isEqualTo("decision-8c2d4e6f-1a3b-4c5d-9e7f-0a1b2c3d4e5f");
        assertThat(cover.creditedConsultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(cover.kind()).isEqualTo("COVERED_FOR_COLLEAGUE");
        assertThat(cover.decidedAt()).isEqualTo(Instant.parse("2026-03-17T02:05:00Z"));
    }

    @Test
    @DisplayName("BuyerChanged v1 (consumed) parses with the deal, its developer, office, unit and lead, the co-buyers and the change order (COMM-4 stays with the buyer)")
    void buyerChangedParses() {
        BuyerChanged event = golden(BuyerChanged.TYPE, BuyerChanged.VERSION, BuyerChanged.class);

        assertThat(event.dealId()).isEqualTo("deal-7d0c9a1e");
        assertThat(event.developerId()).isEqualTo("dev-huaxin");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.unitId()).isEqualTo("unit-3-1802");
        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.coBuyers()).containsExactly("李女士");
        assertThat(event.changeOrderId()).isEqualTo("co-9b3d2f10");
        assertThat(event.undo()).isFalse();
    }

    @Test
    @DisplayName("LeadPreRegistered and LeadReturningBuyerRegistered v1 (consumed, LEAD-7) parse with the lead, its owner, the referral or the earlier lead and its owner, and when")
    void leadSevenParses() {
        LeadPreRegistered pre = golden(LeadPreRegistered.TYPE, LeadPreRegistered.VERSION, LeadPreRegistered.class);
        LeadReturningBuyerRegistered returning = golden(LeadReturningBuyerRegistered.TYPE,
                LeadReturningBuyerRegistered.VERSION, LeadReturningBuyerRegistered.class);

        assertThat(pre.leadId()).isEqualTo(returning.leadId()).isEqualTo("lead-8c2d4e6f");
        assertThat(pre.ownerConsultantId()).isEqualTo("u-bj-consultant-2");
        assertThat(pre.kind()).isEqualTo("REFERRAL");
        assertThat(pre.referredByLeadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(pre.registeredAt()).isEqualTo(Instant.parse("2026-11-20T02:15:00Z"));
        assertThat(returning.previousLeadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(returning.previousOwnerConsultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(returning.registeredAt()).isEqualTo(Instant.parse("2026-11-20T02:15:00Z"));
    }

    @Test
    @DisplayName("LeadLinked v1 (consumed, LEAD-6) parses with the lead, the owner, the relation, whether the person is the same customer, and when")
    void leadLinkedParses() {
        LeadLinked event = golden(LeadLinked.TYPE, LeadLinked.VERSION, LeadLinked.class);

        assertThat(event.leadId()).isEqualTo("lead-5b1f2c0e");
        assertThat(event.officeId()).isEqualTo("office-binjiang");
        assertThat(event.ownerConsultantId()).isEqualTo("u-bj-consultant-1");
        assertThat(event.relation()).isEqualTo("SPOUSE");
        assertThat(event.sameCustomer()).isTrue();
        assertThat(event.registeredTogether()).isFalse();
        assertThat(event.linkedAt()).isEqualTo(Instant.parse("2026-11-21T03:00:00Z"));
    }

    @Test
    @DisplayName("COMM-1, COMM-2: CreditRecorded v1 (produced) serialises to its golden sample: the ledger's entry id, the consultant, the signed amount")
    void creditRecordedSerialises() {
        LedgerEntry entry = new LedgerEntry("evt-8c2d|CREDIT|u-bj-consultant1", "deal-7d0c9a1e", LedgerEntry.Kind.CREDIT,
                "u-bj-consultant1", new BigDecimal("1628400.00"), "evt-8c2d", Instant.parse("2026-11-28T07:00:00Z"),
                "50% of 3,256,800.00: closed inside the registering consultant's protection (COMM-2)");

        Record event = CommissionEvents.toContract(GOLDEN_DEAL, entry);

        assertThat(JSON.readTree(EventJson.write(event)))
                .isEqualTo(JSON.readTree(GoldenSamples.json(CreditRecorded.TYPE, CreditRecorded.VERSION)));
    }
}
