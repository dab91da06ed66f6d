package com.anchang.dashboard.adapter.messaging;

import static com.anchang.dashboard.adapter.messaging.Needed.of;

import com.anchang.dashboard.application.RecordingFigures;
import com.anchang.dashboard.application.RecordingFigures.Occurrence;
import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.DealStep;
import com.anchang.dashboard.domain.Figures;
import com.anchang.events.Topics;
import com.anchang.events.inventory.UnitHeld;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.ReceptionAssigned;
import com.anchang.events.transaction.ContractSigned;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.events.transaction.TemporaryDepositReceived;
import com.anchang.support.messaging.EventHandler;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events of lead-, inventory- and transaction-service that the dashboards count, each translated here
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

    @Bean
    EventHandler<ReceptionAssigned> countReception(RecordingFigures recording) {
        String type = ReceptionAssigned.TYPE;
        return counting(recording, Topics.LEAD, type, ReceptionAssigned.VERSION, ReceptionAssigned.class,
                e -> new Said(e.developerId(), e.officeId(), e.assignedAt(), of(e.businessDay(), type, "businessDay"),
                        Figures.one("PHONE".equals(of(e.queue(), type, "queue")) ? Count.CALLS : Count.VISITS)));
    }

    @Bean
    EventHandler<LeadRegistered> countNewLead(RecordingFigures recording) {
        String type = LeadRegistered.TYPE;
        return counting(recording, Topics.LEAD, type, LeadRegistered.VERSION, LeadRegistered.class,
                e -> new Said(e.developerId(), e.officeId(), of(e.registeredAt(), type, "registeredAt"), null,
                        Figures.one(Count.NEW_LEADS)));
    }

    @Bean
    EventHandler<UnitHeld> countHold(RecordingFigures recording) {
        String type = UnitHeld.TYPE;
        return counting(recording, Topics.INVENTORY, type, UnitHeld.VERSION, UnitHeld.class,
                e -> new Said(e.developerId(), e.officeId(), of(e.heldAt(), type, "heldAt"), null, Figures.one(Count.HOLDS)));
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

    @Bean
    EventHandler<SubscriptionSigned> countSubscription(RecordingFigures recording) {
        String type = SubscriptionSigned.TYPE;
        return counting(recording, Topics.TRANSACTION, type, SubscriptionSigned.VERSION, SubscriptionSigned.class,
                e -> new Said(e.developerId(), e.officeId(), of(e.signedAt(), type, "signedAt"), null,
                        Figures.one(Count.SUBSCRIPTIONS).plus(Amount.SUBSCRIBED, e.price())));
    }

    @Bean
    EventHandler<DownPaymentReceived> countDownPayment(RecordingFigures recording) {
        String type = DownPaymentReceived.TYPE;
        return counting(recording, Topics.TRANSACTION, type, DownPaymentReceived.VERSION, DownPaymentReceived.class,
                e -> new Said(e.developerId(), e.officeId(), of(e.receivedAt(), type, "receivedAt"), null,
                        Figures.one(Count.DOWN_PAYMENTS).plus(Amount.DOWN_PAYMENTS, of(e.amount(), type, "amount"))));
    }

    @Bean
    EventHandler<ContractSigned> countContract(RecordingFigures recording) {
        String type = ContractSigned.TYPE;
        return counting(recording, Topics.TRANSACTION, type, ContractSigned.VERSION, ContractSigned.class,
                e -> new Said(e.developerId(), e.officeId(), of(e.signedAt(), type, "signedAt"), null,
                        Figures.one(Count.CONTRACTS).plus(Amount.CONTRACTED, e.dealPrice())));
    }

    @Bean
    EventHandler<DealCancelled> countCancellation(RecordingFigures recording) {
        String type = DealCancelled.TYPE;
        return counting(recording, Topics.TRANSACTION, type, DealCancelled.VERSION, DealCancelled.class,
                e -> new Said(e.developerId(), e.officeId(), of(e.cancelledAt(), type, "cancelledAt"), null,
                        cancellation(e)));
    }

    /** A cancellation, and what it takes back by the step the deal had reached (DEAL-8). */
    static Figures cancellation(DealCancelled e) {
        String step = e.cancelledAtStatus();
        Figures figures = Figures.one(Count.CANCELLATIONS);
        if (DealStep.subscribed(step)) {
            figures = figures.plus(Count.CANCELLED_SUBSCRIPTIONS, 1);
        }
        if (DealStep.contracted(step)) {
            figures = figures.plus(Count.CANCELLED_CONTRACTS, 1);
        }
        BigDecimal refunded = BigDecimal.ZERO;
        if (e.refunds() != null) {
            for (DealCancelled.Refund refund : e.refunds()) {
                if (refund.refunded() != null) {
                    refunded = refunded.add(refund.refunded());
                }
            }
        }
        return figures.plus(DealStep.beforeFormalDeposit(step) ? Amount.TEMPORARY_REFUNDED : Amount.REFUNDED, refunded);
    }
}
