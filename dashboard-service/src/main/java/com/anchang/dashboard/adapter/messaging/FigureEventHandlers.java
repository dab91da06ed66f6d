package com.anchang.dashboard.adapter.messaging;

import static com.anchang.dashboard.adapter.messaging.Needed.of;

import com.anchang.dashboard.application.Breakdowns;
import com.anchang.dashboard.application.RecordingDealFigures;
import com.anchang.dashboard.application.RecordingFigures.Occurrence;
import com.anchang.dashboard.application.RecordingFigures;
import com.anchang.dashboard.application.RecordingReminders;
import com.anchang.dashboard.application.RecordingPeople;
import com.anchang.dashboard.application.RecordingSellThrough;
import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.DealState;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.dashboard.domain.OpenEscalations;
import com.anchang.events.Topics;
import com.anchang.events.commission.CreditRecorded;
import com.anchang.events.inventory.DiscountApproved;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.lead.LeadCollisionOpened;
import com.anchang.events.lead.LeadCollisionResolved;
import com.anchang.events.lead.LeadFollowUpLogged;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.LeadViolationRecorded;
import com.anchang.events.lead.ReceptionAssigned;
import com.anchang.events.notification.ReminderProgressed;
import com.anchang.events.notification.ReminderUnanswered;
import com.anchang.events.notification.ReminderUndeliverable;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentDueDateSet;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.DownPaymentRescheduled;
import com.anchang.events.transaction.EscalationRaised;
import com.anchang.events.transaction.EscalationResolved;
import com.anchang.events.transaction.MortgageAppointmentRescheduled;
import com.anchang.events.transaction.MortgageAppointmentSet;
import com.anchang.events.transaction.MortgageCompleted;
import com.anchang.events.transaction.MortgageProgressRecorded;
import com.anchang.events.transaction.PriceChanged;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.events.transaction.TemporaryDepositReceived;
import com.anchang.events.transaction.UnitSwapped;
import com.anchang.support.messaging.EventHandler;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events of lead-, inventory-, transaction-, commission- and notification-service that the dashboards count, each translated here
 * into the figures it adds to its office's day. The contract types go no further.
 */
@Configuration(proxyBeanMethods = false)
public class FigureEventHandlers {

    /** What one event says for the dashboards: whose office, when, and the figures it adds. */
    private record Said(String developerId, String officeId, Instant at, LocalDate businessDay, Figures figures) {
    }

    private static <T> EventHandler<T> counting(RecordingFigures recording, String topic, String type, int version,
            Class<T> payload, Function<T, Said> said) {
        return EventHandler.of(topic, type, version, payload, (e, envelope) -> {
            Said s = said.apply(e);
            recording.record(new Occurrence(envelope.eventId(), of(s.developerId(), type, "developerId"),
                    of(s.officeId(), type, "officeId"), s.at(), s.businessDay(), s.figures()));
        });
    }

    /** A reception: a visit or a call on the rotation's business day, for the office and its consultant. */
    @Bean
    EventHandler<ReceptionAssigned> countReception(RecordingFigures recording, RecordingPeople people) {
        String type = ReceptionAssigned.TYPE;
        EventHandler<ReceptionAssigned> count = counting(recording, Topics.LEAD, type, ReceptionAssigned.VERSION,
                ReceptionAssigned.class, e -> new Said(e.developerId(), e.officeId(), e.assignedAt(),
                        of(e.businessDay(), type, "businessDay"), Figures.one(phone(e) ? Count.CALLS : Count.VISITS)));
        return EventHandler.of(Topics.LEAD, type, ReceptionAssigned.VERSION, ReceptionAssigned.class, (e, envelope) -> {
            count.handle(e, envelope);
            if (e.consultantId() != null) {
                people.reception(e.officeId(), e.consultantId(), e.businessDay(), envelope.eventId(), phone(e));
            }
        });
    }

    private static boolean phone(ReceptionAssigned e) {
        return "PHONE".equals(of(e.queue(), ReceptionAssigned.TYPE, "queue"));
    }

    /** A new lead: for the office, and for its owner with what LEAD-12 needs to know of it. */
    @Bean
    EventHandler<LeadRegistered> countNewLead(RecordingFigures recording, RecordingPeople people) {
        String type = LeadRegistered.TYPE;
        EventHandler<LeadRegistered> count = counting(recording, Topics.LEAD, type, LeadRegistered.VERSION,
                LeadRegistered.class, e -> new Said(e.developerId(), e.officeId(), of(e.registeredAt(), type, "registeredAt"),
                        null, Figures.one(Count.NEW_LEADS)));
        return EventHandler.of(Topics.LEAD, type, LeadRegistered.VERSION, LeadRegistered.class, (e, envelope) -> {
            count.handle(e, envelope);
            people.leadRegistered(e.officeId(), of(e.leadId(), type, "leadId"),
                    of(e.ownerConsultantId(), type, "ownerConsultantId"), e.source(), e.customerName(), e.registeredAt(),
                    envelope.eventId());
        });
    }

    @Bean
    EventHandler<LeadFollowUpLogged> countFollowUp(RecordingPeople people) {
        String type = LeadFollowUpLogged.TYPE;
        return EventHandler.of(Topics.LEAD, type, LeadFollowUpLogged.VERSION, LeadFollowUpLogged.class,
                (e, envelope) -> people.followUp(of(e.officeId(), type, "officeId"), of(e.leadId(), type, "leadId"),
                        of(e.followUpId(), type, "followUpId"), e.ownerConsultantId(), e.loggedBy(), e.effective(),
                        e.corrects(), of(e.loggedAt(), type, "loggedAt"), envelope.eventId()));
    }

    @Bean
    EventHandler<LeadViolationRecorded> countViolation(RecordingPeople people, OfficeZones zones) {
        String type = LeadViolationRecorded.TYPE;
        return EventHandler.of(Topics.LEAD, type, LeadViolationRecorded.VERSION, LeadViolationRecorded.class,
                (e, envelope) -> people.violation(of(e.officeId(), type, "officeId"),
                        of(e.offenderConsultantId(), type, "offenderConsultantId"), e.businessDay() != null
                                ? e.businessDay() : zones.dayOf(e.officeId(), of(e.recordedAt(), type, "recordedAt")),
                        envelope.eventId()));
    }

    /** A hold: counted on its day, and the unit's building noted for sell-through. */
    @Bean
    EventHandler<UnitHeld> countHold(RecordingFigures recording, RecordingSellThrough sellThrough) {
        String type = UnitHeld.TYPE;
        EventHandler<UnitHeld> count = counting(recording, Topics.INVENTORY, type, UnitHeld.VERSION, UnitHeld.class,
                e -> new Said(e.developerId(), e.officeId(), of(e.heldAt(), type, "heldAt"), null, Figures.one(Count.HOLDS)));
        return EventHandler.of(Topics.INVENTORY, type, UnitHeld.VERSION, UnitHeld.class, (e, envelope) -> {
            if (e.unitId() != null && e.buildingId() != null) {
                sellThrough.unitIn(e.unitId(), e.buildingId());
            }
            count.handle(e, envelope);
        });
    }

    @Bean
    EventHandler<TemporaryDepositReceived> countTemporaryDeposit(RecordingFigures recording) {
        String type = TemporaryDepositReceived.TYPE;
        return counting(recording, Topics.TRANSACTION, type, TemporaryDepositReceived.VERSION, TemporaryDepositReceived.class,
                e -> new Said(e.developerId(), e.officeId(), of(e.receivedAt(), type, "receivedAt"), null,
                        Figures.one(Count.TEMPORARY_DEPOSITS).plus(Amount.TEMPORARY_DEPOSITS, of(e.amount(), type, "amount"))));
    }

    @Bean
    EventHandler<DepositReceived> countFormalDeposit(RecordingFigures recording) {
        String type = DepositReceived.TYPE;
        return counting(recording, Topics.TRANSACTION, type, DepositReceived.VERSION, DepositReceived.class,
                e -> new Said(e.developerId(), e.officeId(), of(e.receivedAt(), type, "receivedAt"), null,
                        Figures.one(Count.FORMAL_DEPOSITS).plus(Amount.FORMAL_DEPOSITS, of(e.amount(), type, "amount"))));
    }

    /** An event of a deal whose figures depend on the deal's earlier events: through the deal's state, once per event. */
    private static <T> EventHandler<T> countingDeal(RecordingDealFigures recording, String type, int version,
            Class<T> payload, Function<T, DealSaid> said) {
        return EventHandler.of(Topics.TRANSACTION, type, version, payload, (e, envelope) -> {
            DealSaid s = said.apply(e);
            recording.record(of(s.dealId(), type, "dealId"), envelope.eventId(), of(s.developerId(), type, "developerId"),
                    of(s.officeId(), type, "officeId"), s.consultantId(), of(s.at(), type, s.atName()), s.change());
        });
    }

    /**
     * What one deal event says: whose deal and office, its closing consultant (null when the event does not name
     * one), when (and the field that says it), how the deal changes.
     */
    private record DealSaid(String dealId, String developerId, String officeId, String consultantId, Instant at,
            String atName, Function<DealState, DealState.Effect> change) {

        DealSaid(String dealId, String developerId, String officeId, Instant at, String atName,
                Function<DealState, DealState.Effect> change) {
            this(dealId, developerId, officeId, null, at, atName, change);
        }
    }

    @Bean
    EventHandler<SubscriptionSigned> countSubscription(RecordingDealFigures recording) {
        return countingDeal(recording, SubscriptionSigned.TYPE, SubscriptionSigned.VERSION, SubscriptionSigned.class,
                e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.consultantId(), e.signedAt(), "signedAt",
                        deal -> deal.subscriptionSigned(e.price(), e.unitCode(), e.downPaymentAmount(),
                                e.downPaymentDueDate(), e.financing(), e.loanAmount())));
    }

    @Bean
    EventHandler<DownPaymentReceived> countDownPayment(RecordingDealFigures recording) {
        String type = DownPaymentReceived.TYPE;
        return countingDeal(recording, type, DownPaymentReceived.VERSION, DownPaymentReceived.class,
                e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.receivedAt(), "receivedAt",
                        deal -> deal.downPaymentReceived(of(e.amount(), type, "amount"), e.totalPaid())));
    }

    @Bean
    EventHandler<DownPaymentDueDateSet> trackDownPaymentDue(RecordingDealFigures recording) {
        String type = DownPaymentDueDateSet.TYPE;
        return countingDeal(recording, type, DownPaymentDueDateSet.VERSION, DownPaymentDueDateSet.class,
                e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.setAt(), "setAt",
                        deal -> deal.downPaymentDue(of(e.dueDate(), type, "dueDate"))));
    }

    @Bean
    EventHandler<DownPaymentRescheduled> trackDownPaymentRescheduled(RecordingDealFigures recording) {
        String type = DownPaymentRescheduled.TYPE;
        return countingDeal(recording, type, DownPaymentRescheduled.VERSION, DownPaymentRescheduled.class,
                e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.rescheduledAt(), "rescheduledAt",
                        deal -> deal.downPaymentDue(of(e.dueDate(), type, "dueDate"))));
    }

    @Bean
    EventHandler<MortgageAppointmentSet> trackMortgageAppointment(RecordingDealFigures recording) {
        return countingDeal(recording, MortgageAppointmentSet.TYPE, MortgageAppointmentSet.VERSION,
                MortgageAppointmentSet.class, e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.setAt(),
                        "setAt", DealState::mortgageAppointed));
    }

    @Bean
    EventHandler<MortgageAppointmentRescheduled> trackMortgageRescheduled(RecordingDealFigures recording) {
        return countingDeal(recording, MortgageAppointmentRescheduled.TYPE, MortgageAppointmentRescheduled.VERSION,
                MortgageAppointmentRescheduled.class, e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(),
                        e.rescheduledAt(), "rescheduledAt", DealState::mortgageAppointed));
    }

    /** A loan's step at the bank: the deal's mortgage stage moves; documents received and approvals counted on their day. */
    @Bean
    EventHandler<MortgageProgressRecorded> trackMortgageProgress(RecordingDealFigures recording) {
        String type = MortgageProgressRecorded.TYPE;
        return countingDeal(recording, type, MortgageProgressRecorded.VERSION, MortgageProgressRecorded.class,
                e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.recordedAt(), "recordedAt",
                        deal -> deal.mortgageProgressed(of(e.loan(), type, "loan"), of(e.step(), type, "step"))));
    }

    /** A loan disbursed: counted on its office day, and on its loan kind's share of it. */
    @Bean
    EventHandler<MortgageCompleted> countMortgageCompleted(RecordingDealFigures recording, Breakdowns breakdowns) {
        String type = MortgageCompleted.TYPE;
        EventHandler<MortgageCompleted> count = countingDeal(recording, type, MortgageCompleted.VERSION,
                MortgageCompleted.class, e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.completedAt(),
                        "completedAt", deal -> deal.mortgageCompleted(e.financing(), e.loanAmount())));
        return EventHandler.of(Topics.TRANSACTION, type, MortgageCompleted.VERSION, MortgageCompleted.class,
                (e, envelope) -> {
                    count.handle(e, envelope);
                    breakdowns.record(e.officeId(), Breakdowns.Dimension.LOAN_KIND,
                            e.financing() == null ? "UNSTATED" : e.financing(), e.completedAt(), envelope.eventId(),
                            Figures.one(Count.MORTGAGES_DISBURSED).plus(Amount.LOANS_DISBURSED, e.loanAmount()));
                });
    }

    @Bean
    EventHandler<ContractSigned> countContract(RecordingDealFigures recording) {
        return countingDeal(recording, ContractSigned.TYPE, ContractSigned.VERSION, ContractSigned.class,
                e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.consultantId(), e.signedAt(), "signedAt",
                        deal -> deal.contractSigned(e.dealPrice())));
    }

    @Bean
    EventHandler<UnitSwapped> countSwap(RecordingDealFigures recording) {
        return countingDeal(recording, UnitSwapped.TYPE, UnitSwapped.VERSION, UnitSwapped.class,
                e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.consultantId(), e.swappedAt(), "swappedAt",
                        deal -> deal.unitSwapped(e.dealStatus(), e.previousPrice(), e.price(), e.unitCode())));
    }

    @Bean
    EventHandler<PriceChanged> countPriceChange(RecordingDealFigures recording) {
        return countingDeal(recording, PriceChanged.TYPE, PriceChanged.VERSION, PriceChanged.class,
                e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.consultantId(), e.changedAt(), "changedAt",
                        deal -> deal.priceChanged(e.previousPrice(), e.price(), e.downPaymentAmount(), e.loanAmount())));
    }

    @Bean
    EventHandler<DealCancelled> countCancellation(RecordingDealFigures recording) {
        return countingDeal(recording, DealCancelled.TYPE, DealCancelled.VERSION, DealCancelled.class,
                e -> new DealSaid(e.dealId(), e.developerId(), e.officeId(), e.consultantId(), e.cancelledAt(), "cancelledAt",
                        deal -> deal.cancelled(cancellation(e))));
    }

    /** The contract's cancellation in the dashboards' terms. */
    static DealState.Cancellation cancellation(DealCancelled e) {
        List<DealState.Refund> refunds = e.refunds() == null ? List.of()
                : e.refunds().stream().map(r -> new DealState.Refund(r.refunded(), r.forfeited())).toList();
        return new DealState.Cancellation(e.cancelledAtStatus(), refunds, e.forfeit());
    }

    /** A special discount approved: counted on its office day, and on its approver's share of it. */
    @Bean
    EventHandler<DiscountApproved> countDiscount(RecordingFigures recording, Breakdowns breakdowns) {
        String type = DiscountApproved.TYPE;
        EventHandler<DiscountApproved> count = counting(recording, Topics.INVENTORY, type, DiscountApproved.VERSION,
                DiscountApproved.class, e -> new Said(e.developerId(), e.officeId(), of(e.approvedAt(), type, "approvedAt"),
                        null, discount(e)));
        return EventHandler.of(Topics.INVENTORY, type, DiscountApproved.VERSION, DiscountApproved.class, (e, envelope) -> {
            count.handle(e, envelope);
            breakdowns.record(e.officeId(), Breakdowns.Dimension.APPROVER, of(e.approvedBy(), type, "approvedBy"),
                    e.approvedAt(), envelope.eventId(), discount(e));
        });
    }

    private static Figures discount(DiscountApproved e) {
        return Figures.one(Count.DISCOUNTS_APPROVED).plus(Amount.DISCOUNTS, e.discount());
    }

    @Bean
    EventHandler<LeadCollisionOpened> countCollision(RecordingFigures recording) {
        String type = LeadCollisionOpened.TYPE;
        return counting(recording, Topics.LEAD, type, LeadCollisionOpened.VERSION, LeadCollisionOpened.class,
                e -> new Said(e.developerId(), e.officeId(), e.foundAt(), e.foundOn(),
                        Figures.one(Count.COLLISIONS)));
    }

    /** A collision resolved: the automatic decision upheld, or overridden by the PM (LEAD-5). */
    @Bean
    EventHandler<LeadCollisionResolved> countCollisionResolved(RecordingFigures recording) {
        String type = LeadCollisionResolved.TYPE;
        return counting(recording, Topics.LEAD, type, LeadCollisionResolved.VERSION, LeadCollisionResolved.class,
                e -> new Said(e.developerId(), e.officeId(), of(e.resolvedAt(), type, "resolvedAt"), null,
                        Figures.one(e.overridden() ? Count.COLLISIONS_OVERRIDDEN : Count.COLLISIONS_UPHELD)));
    }

    /** A reminder the buyer did not answer: for the office, and for its channel. */
    @Bean
    EventHandler<ReminderUnanswered> countUnanswered(RecordingFigures recording, Breakdowns breakdowns) {
        String type = ReminderUnanswered.TYPE;
        EventHandler<ReminderUnanswered> count = counting(recording, Topics.NOTIFICATION, type,
                ReminderUnanswered.VERSION, ReminderUnanswered.class, e -> new Said(e.developerId(), e.officeId(),
                        of(e.decidedAt(), type, "decidedAt"), null, Figures.one(Count.REMINDERS_UNANSWERED)));
        return EventHandler.of(Topics.NOTIFICATION, type, ReminderUnanswered.VERSION, ReminderUnanswered.class,
                (e, envelope) -> {
                    count.handle(e, envelope);
                    breakdowns.record(e.officeId(), Breakdowns.Dimension.CHANNEL,
                            e.channel() == null ? "UNSTATED" : e.channel(), e.decidedAt(), envelope.eventId(),
                            Figures.one(Count.REMINDERS_UNANSWERED));
                });
    }

    /**
     * A reminder no channel delivered: once for the office, once for each channel tried. It stays planned (it was to
     * go, and no re-plan withdraws a settled reminder), so what its planning added is no longer kept.
     */
    @Bean
    EventHandler<ReminderUndeliverable> countUndeliverable(RecordingFigures recording, Breakdowns breakdowns,
            RecordingReminders reminders) {
        String type = ReminderUndeliverable.TYPE;
        EventHandler<ReminderUndeliverable> count = counting(recording, Topics.NOTIFICATION, type,
                ReminderUndeliverable.VERSION, ReminderUndeliverable.class, e -> new Said(e.developerId(), e.officeId(),
                        of(e.decidedAt(), type, "decidedAt"), null, Figures.one(Count.REMINDERS_UNDELIVERABLE)));
        return EventHandler.of(Topics.NOTIFICATION, type, ReminderUndeliverable.VERSION, ReminderUndeliverable.class,
                (e, envelope) -> {
                    count.handle(e, envelope);
                    for (String channel : e.channelsTried() == null ? List.<String>of() : e.channelsTried()) {
                        breakdowns.record(e.officeId(), Breakdowns.Dimension.CHANNEL, channel, e.decidedAt(),
                                envelope.eventId(), Figures.one(Count.REMINDERS_UNDELIVERABLE));
                    }
                    if (e.reminderId() != null) {
                        reminders.settled(e.reminderId());
                    }
                });
    }

    /**
     * A reminder planned, sent, delivered or cancelled: for the office, and for its channel. A planned one counts on
     * the day it is to go; cancelled before it went, it is taken off that day again ({@link RecordingReminders}).
     */
    @Bean
    EventHandler<ReminderProgressed> countReminderProgress(RecordingReminders reminders) {
        String type = ReminderProgressed.TYPE;
        return EventHandler.of(Topics.NOTIFICATION, type, ReminderProgressed.VERSION, ReminderProgressed.class,
                (e, envelope) -> {
                    String status = of(e.status(), type, "status");
                    String reminderId = of(e.reminderId(), type, "reminderId");
                    switch (status) {
                        case "PLANNED" -> reminders.planned(reminderId, of(e.developerId(), type, "developerId"),
                                of(e.officeId(), type, "officeId"), e.remindAt() != null ? e.remindAt()
                                        : of(e.at(), type, "at"), e.channel());
                        case "SENT", "DELIVERED" -> reminders.progressed(reminderId, status.equals("DELIVERED"),
                                of(e.developerId(), type, "developerId"), of(e.officeId(), type, "officeId"),
                                of(e.at(), type, "at"), e.channel());
                        case "CANCELLED" -> reminders.withdrawn(reminderId);
                        default -> {
                            // a step the dashboards do not count
                        }
                    }
                });
    }

    /**
     * Performance credit entered in a deal's ledger (a reversal negative): for the office, and for its consultant's
     * league row. Counted once per ledger entry whatever the event's id.
     */
    @Bean
    EventHandler<CreditRecorded> countCredit(RecordingFigures recording, Breakdowns breakdowns) {
        String type = CreditRecorded.TYPE;
        return EventHandler.of(Topics.COMMISSION, type, CreditRecorded.VERSION, CreditRecorded.class, (e, envelope) -> {
            String id = "credit|" + of(e.entryId(), type, "entryId");
            Instant at = of(e.recordedAt(), type, "recordedAt");
            Figures credited = Figures.ZERO.plus(Amount.CREDITED, of(e.amount(), type, "amount"));
            recording.record(new Occurrence(id, of(e.developerId(), type, "developerId"), of(e.officeId(), type, "officeId"),
                    at, null, credited));
            breakdowns.record(e.officeId(), Breakdowns.Dimension.CONSULTANT, of(e.consultantId(), type, "consultantId"),
                    at, id, credited);
        });
    }

    @Bean
    EventHandler<EscalationRaised> trackEscalation(OpenEscalations escalations) {
        String type = EscalationRaised.TYPE;
        return EventHandler.of(Topics.TRANSACTION, type, EscalationRaised.VERSION, EscalationRaised.class,
                (e, envelope) -> escalations.raised(of(e.officeId(), type, "officeId"),
                        of(e.escalationId(), type, "escalationId"), new OpenEscalations.Escalation(e.kind(), e.dealId(),
                                e.unitCode(), of(e.raisedAt(), type, "raisedAt"))));
    }

    @Bean
    EventHandler<EscalationResolved> trackEscalationResolved(OpenEscalations escalations) {
        String type = EscalationResolved.TYPE;
        return EventHandler.of(Topics.TRANSACTION, type, EscalationResolved.VERSION, EscalationResolved.class,
                (e, envelope) -> escalations.resolved(of(e.officeId(), type, "officeId"),
                        of(e.escalationId(), type, "escalationId")));
    }
}
