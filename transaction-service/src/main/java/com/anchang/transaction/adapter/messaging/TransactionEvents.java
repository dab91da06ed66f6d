package com.anchang.transaction.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.transaction.BuyerChanged;
import com.anchang.events.transaction.ChequeBounced;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DealOpened;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentDueDateSet;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.DownPaymentRescheduled;
import com.anchang.events.transaction.EligibilityChecked;
import com.anchang.events.transaction.EscalationRaised;
import com.anchang.events.transaction.EscalationResolved;
import com.anchang.events.transaction.HandedOver;
import com.anchang.events.transaction.InstalmentPlanSet;
import com.anchang.events.transaction.MortgageAppointmentRescheduled;
import com.anchang.events.transaction.MortgageAppointmentSet;
import com.anchang.events.transaction.MortgageCompleted;
import com.anchang.events.transaction.MortgageProgressRecorded;
import com.anchang.events.transaction.PriceChanged;
import com.anchang.events.transaction.ReceiptIssued;
import com.anchang.events.transaction.ReceiptReclaimed;
import com.anchang.events.transaction.ReceiptVoided;
import com.anchang.events.transaction.SubscriptionApproved;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.events.transaction.TemporaryDepositReceived;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxEntry;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Instalment;
import com.anchang.transaction.domain.PaymentPurpose;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.Subscription;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the domain's deal events into versioned contract events on the transaction topic, keyed by deal
 * id. Each carries what its consumers need so that they never call back: commission the deal's price,
 * closing consultant, lead and buyer; notification the buyer's name, mobile and channel, due dates,
 * places and documents.
 */
public class TransactionEvents {

    private final Outbox outbox;

    public TransactionEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public OutboxEntry toOutbox(DealEvent event) {
        Deal deal = event.deal();
        return outbox.entry(Topics.TRANSACTION, deal.id(), deal.officeId(), toContract(event));
    }

    /**
     * The outbox entries of one write's events, in order, followed by the instalment plan as it stands after
     * the write when one of them set or changed it (see {@link #instalmentPlan(List)}).
     */
    public List<OutboxEntry> toOutbox(List<DealEvent> caused) {
        List<OutboxEntry> entries = new ArrayList<>(caused.size() + 1);
        caused.forEach(event -> entries.add(toOutbox(event)));
        instalmentPlan(caused).ifPresent(plan -> entries.add(outbox.entry(Topics.TRANSACTION, plan.dealId(),
                plan.officeId(), plan)));
        return entries;
    }

    /**
     * 分期付款: {@code transaction.instalment-plan-set}, the whole plan with what is owed of each instalment,
     * when one of a write's events made it binding or changed it or what is owed of it (the subscription
     * signed, the price changed or the unit swapped, an instalment paid, its cheque bounced or its receipt
     * voided); none for a deal without instalments or a cancelled one (its cancellation tells).
     */
    public static Optional<InstalmentPlanSet> instalmentPlan(List<DealEvent> caused) {
        for (DealEvent event : caused) {
            Deal deal = event.deal();
            if (deal.instalments().isEmpty() || deal.status() == DealStatus.CANCELLED) {
                continue;
            }
            Optional<InstalmentPlanSet> plan = switch (event) {
                case DealEvent.SubscriptionSigned signed -> Optional.of(instalmentPlan(deal, "SUBSCRIPTION_SIGNED",
                        signed.subscription().signature().signedAt()));
                case DealEvent.PriceChanged changed -> Optional.of(instalmentPlan(deal, "PRICE_CHANGED", changed.at()));
                case DealEvent.UnitSwapped swapped -> Optional.of(instalmentPlan(deal, "UNIT_SWAPPED", swapped.at()));
                case DealEvent.ReceiptIssued issued when issued.receipt().purpose() == PaymentPurpose.INSTALMENT ->
                        Optional.of(instalmentPlan(deal, "INSTALMENT_PAID", issued.receipt().issuedAt()));
                case DealEvent.ChequeBounced bounced when bounced.payment().purpose() == PaymentPurpose.INSTALMENT ->
                        Optional.of(instalmentPlan(deal, "CHEQUE_BOUNCED", bounced.payment().chequeSettledAt()));
                case DealEvent.ReceiptVoided voided when voided.receipt().purpose() == PaymentPurpose.INSTALMENT ->
                        Optional.of(instalmentPlan(deal, "RECEIPT_VOIDED", voided.receipt().closedAt()));
                default -> Optional.empty();
            };
            if (plan.isPresent()) {
                return plan;
            }
        }
        return Optional.empty();
    }

    private static InstalmentPlanSet instalmentPlan(Deal deal, String reason, Instant at) {
        Buyer buyer = deal.buyer();
        List<Instalment> plan = deal.instalments();
        List<BigDecimal> owed = deal.owedOfInstalments();
        List<InstalmentPlanSet.Instalment> instalments = new ArrayList<>(plan.size());
        for (int i = 0; i < plan.size(); i++) {
            instalments.add(new InstalmentPlanSet.Instalment(i + 1, plan.get(i).dueDate(), plan.get(i).amount(),
                    owed.get(i)));
        }
        return new InstalmentPlanSet(deal.id(), deal.developerId(), deal.officeId(), deal.unitId(), deal.unitCode(),
                buyer.name(), buyer.mobile(), buyer.channel().name(), instalments, reason, at);
    }

    public static Record toContract(DealEvent event) {
        Deal deal = event.deal();
        Buyer buyer = deal.buyer();
        String channel = buyer.channel().name();
        return switch (event) {
            case DealEvent.Opened opened -> new DealOpened(deal.id(), deal.developerId(), deal.officeId(),
                    deal.unitId(), deal.consultantId(), deal.leadId(), deal.openedAt());
            case DealEvent.TemporaryDepositReceived received -> new TemporaryDepositReceived(deal.id(),
                    deal.developerId(), deal.officeId(), deal.unitId(), deal.unitCode(), deal.consultantId(),
                    deal.leadId(), buyer.name(), received.receipt().number(), received.receipt().amount(),
                    received.receipt().issuedAt());
            case DealEvent.DepositReceived received -> new DepositReceived(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), deal.consultantId(), deal.leadId(), buyer.name(), buyer.mobile(),
                    received.receipt().amount(), received.receipt().issuedAt(), deal.downPaymentDueDate(),
                    deal.unitCode(), received.receipt().number(), deal.price(), channel);
            case DealEvent.DownPaymentDueDateSet set -> new DownPaymentDueDateSet(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), deal.unitCode(), buyer.name(), buyer.mobile(), channel,
                    set.dueDate(), set.setBy(), set.setAt());
            case DealEvent.DownPaymentRescheduled moved -> new DownPaymentRescheduled(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), deal.unitCode(), buyer.name(), buyer.mobile(), channel,
                    moved.previousDueDate(), moved.dueDate(), moved.reason(), moved.rescheduledBy(),
                    moved.rescheduledAt());
            case DealEvent.SubscriptionApproved approved -> new SubscriptionApproved(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), approved.subscription().price(),
                    approved.subscription().downPaymentAmount(), approved.subscription().financing().name(),
                    approved.subscription().approvedBy(), approved.subscription().approvedAt());
            case DealEvent.SubscriptionSigned signed -> subscriptionSigned(deal, signed.subscription());
            case DealEvent.DownPaymentReceived received -> new DownPaymentReceived(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), deal.consultantId(), deal.leadId(), received.receipt().number(),
                    received.receipt().received(), received.receipt().amount(), received.receipt().issuedAt());
            case DealEvent.EligibilityChecked checked -> new EligibilityChecked(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), checked.check().passed(), checked.check().basis(),
                    checked.check().checkedBy(), checked.check().checkedAt());
            case DealEvent.ContractSigned signed -> new ContractSigned(deal.id(), deal.developerId(), deal.officeId(),
                    deal.unitId(), signed.contract().signedAt(), signed.contract().contractNumber(),
                    deal.consultantId(), deal.leadId(), deal.price(), buyer.name(), buyer.mobile(),
                    deal.subscription().buyerIdNumber());
            case DealEvent.MortgageAppointmentSet set -> new MortgageAppointmentSet(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), deal.unitCode(), buyer.name(), buyer.mobile(), channel,
                    set.appointment().bank(), set.appointment().place(), set.appointment().at(),
                    set.appointment().documents(), set.appointment().setBy(), set.appointment().setAt());
            case DealEvent.MortgageAppointmentRescheduled moved -> new MortgageAppointmentRescheduled(deal.id(),
                    deal.developerId(), deal.officeId(), deal.unitId(), deal.unitCode(), buyer.name(), buyer.mobile(),
                    channel, moved.previous().at(), moved.appointment().bank(), moved.appointment().place(),
                    moved.appointment().at(), moved.appointment().documents(), moved.appointment().setBy(),
                    moved.appointment().setAt());
            case DealEvent.MortgageProgressRecorded progressed -> new MortgageProgressRecorded(deal.id(),
                    deal.developerId(), deal.officeId(), deal.unitId(), deal.subscription().financing().name(),
                    progressed.milestone().loan().name(), progressed.milestone().step().name(),
                    progressed.milestone().on(), progressed.milestone().recordedBy(), progressed.milestone().recordedAt());
            case DealEvent.MortgageCompleted completed -> new MortgageCompleted(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), deal.subscription().financing().name(),
                    deal.subscription().loanAmount(), completed.mortgage().completedAt());
            case DealEvent.HandedOver handed -> new HandedOver(deal.id(), deal.developerId(), deal.officeId(),
                    deal.unitId(), deal.consultantId(), handed.handover().recordedBy(), handed.handover().handedOverAt());
            case DealEvent.ReceiptIssued issued -> receiptIssued(issued.receipt());
            case DealEvent.ReceiptReclaimed reclaimed -> new ReceiptReclaimed(reclaimed.receipt().number(), deal.id(),
                    deal.developerId(), deal.officeId(), reclaimed.receipt().purpose().name(),
                    reclaimed.receipt().amount(), reclaimed.receipt().closedBy(), reclaimed.receipt().closedAt(),
                    reclaimed.receipt().closedBecause());
            case DealEvent.ReceiptVoided voided -> new ReceiptVoided(voided.receipt().number(), deal.id(),
                    deal.developerId(), deal.officeId(), voided.receipt().purpose().name(), voided.receipt().amount(),
                    voided.receipt().closedBy(), voided.receipt().closedAt(), voided.receipt().closedBecause());
            case DealEvent.ChequeBounced bounced -> new ChequeBounced(deal.id(), deal.developerId(), deal.officeId(),
                    deal.unitId(), deal.consultantId(), bounced.payment().id(), bounced.payment().purpose().name(),
                    bounced.payment().amount(), bounced.payment().details().chequeNumber(), bounced.voided().number(),
                    bounced.payment().chequeSettledBy(), bounced.payment().chequeSettledAt(),
                    bounced.payment().chequeNote());
            case DealEvent.Cancelled cancelled -> new DealCancelled(deal.id(), deal.developerId(), deal.officeId(),
                    deal.unitId(), cancelled.cancellation().reason(), cancelled.cancellation().cancelledBy(),
                    cancelled.cancellation().cancelledAt(), deal.consultantId(), deal.leadId(),
                    cancelled.cancellation().cancelledAtStatus().name(), cancelled.cancellation().voidedReceipts(),
                    cancelled.cancellation().refunds().stream().map(refund -> new DealCancelled.Refund(
                            refund.receiptNumber(), refund.purpose().name(), refund.paid(), refund.refunded(),
                            refund.forfeited(), refund.method() == null ? null : refund.method().name())).toList(),
                    cancelled.cancellation().forfeit());
            case DealEvent.EscalationRaised raised -> new EscalationRaised(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), deal.unitCode(), deal.consultantId(), buyer.name(),
                    raised.escalation().id(), raised.escalation().kind().name(), raised.escalation().reference(),
                    raised.escalation().detail(), raised.escalation().raisedAt());
            case DealEvent.EscalationResolved resolved -> new EscalationResolved(deal.id(), deal.developerId(),
                    deal.officeId(), deal.unitId(), resolved.escalation().id(), resolved.escalation().kind().name(),
                    resolved.escalation().resolvedBy(), resolved.escalation().resolvedAt(), resolved.escalation().note());
            case DealEvent.UnitSwapped swapped -> new UnitSwapped(deal.id(), deal.developerId(), deal.officeId(),
                    swapped.previousUnitId(), swapped.previousUnitCode(), deal.unitId(), deal.unitCode(),
                    deal.status().name(), deal.consultantId(), deal.leadId(), buyer.name(), buyer.mobile(), channel,
                    deal.listPrice(), swapped.previousPrice(), deal.price(), swapped.order().id(),
                    swapped.order().reason(), swapped.by(), swapped.at(), swapped.undo());
            case DealEvent.BuyerChanged changed -> new BuyerChanged(deal.id(), deal.developerId(), deal.officeId(),
                    deal.unitId(), deal.unitCode(), deal.consultantId(), deal.leadId(), buyer.name(), deal.coBuyers(),
                    changed.order().coBuyerAdded(), changed.order().coBuyerRemoved(), changed.order().claimCheck(),
                    changed.order().claimCheckNote(), changed.order().id(), changed.order().reason(), changed.by(),
                    changed.at(), changed.undo());
            case DealEvent.PriceChanged changed -> new PriceChanged(deal.id(), deal.developerId(), deal.officeId(),
                    deal.unitId(), deal.unitCode(), deal.consultantId(), deal.leadId(), buyer.name(), deal.listPrice(),
                    changed.previousPrice(), deal.price(),
                    deal.subscription() == null ? null : deal.subscription().downPaymentAmount(),
                    deal.subscription() == null ? null : deal.subscription().loanAmount(), changed.order().id(),
                    changed.order().reason(), changed.by(), changed.at(), changed.undo());
        };
    }

    private static SubscriptionSigned subscriptionSigned(Deal deal, Subscription s) {
        Buyer buyer = deal.buyer();
        return new SubscriptionSigned(deal.id(), deal.developerId(), deal.officeId(), deal.unitId(), deal.unitCode(),
                deal.consultantId(), deal.leadId(), buyer.name(), buyer.mobile(), buyer.channel().name(), s.price(),
                s.deposit(), s.downPaymentAmount(), deal.downPaymentDueDate(), s.financing().name(), s.loanAmount(),
                s.signature().signer().name(), s.signature().signedAt());
    }

    private static ReceiptIssued receiptIssued(Receipt r) {
        return new ReceiptIssued(r.number(), r.dealId(), r.developerId(), r.officeId(), r.unitId(), r.unitCode(),
                r.purpose().name(), r.amount(), r.received(), r.credited(), r.replaces(), r.method().name(),
                r.details().chequeNumber(), r.details().currency(), r.details().foreignAmount(),
                r.details().exchangeRate(), r.condition() != null, r.receivedBy(), r.confirmedBy(), r.issuedAt());
    }
}
