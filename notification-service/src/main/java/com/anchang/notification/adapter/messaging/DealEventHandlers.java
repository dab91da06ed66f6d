package com.anchang.notification.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.transaction.DealCancelled;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.events.transaction.DownPaymentDueDateSet;
import com.anchang.events.transaction.DownPaymentReceived;
import com.anchang.events.transaction.DownPaymentRescheduled;
import com.anchang.events.transaction.InstalmentPlanSet;
import com.anchang.events.transaction.MortgageAppointmentRescheduled;
import com.anchang.events.transaction.MortgageAppointmentSet;
import com.anchang.events.transaction.SubscriptionSigned;
import com.anchang.notification.application.PlanningReminders;
import com.anchang.notification.application.PlanningReminders.DealRef;
import com.anchang.notification.application.PlanningReminders.DownPaymentDue;
import com.anchang.notification.application.PlanningReminders.Outcome;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.Instalment;
import com.anchang.notification.domain.MortgageAppointment;
import com.anchang.notification.domain.Recipient;
import com.anchang.support.messaging.EventEnvelope;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.PoisonEventException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * transaction-service's events that plan, move and cancel a buyer's reminders (NOTE-1, NOTE-2, NOTE-4),
 * translated into notification commands here; the contract types go no further. An event without what
 * its reminders need can never be applied: it is dead-lettered at once.
 */
@Configuration(proxyBeanMethods = false)
public class DealEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(DealEventHandlers.class);

    @Bean
    EventHandler<DepositReceived> planDownPaymentReminders(PlanningReminders planning) {
        return EventHandler.of(Topics.TRANSACTION, DepositReceived.TYPE, DepositReceived.VERSION, DepositReceived.class,
                (e, envelope) -> {
                    DealRef deal = deal("DepositReceived", e.dealId(), e.developerId(), e.officeId(), e.unitId(),
                            e.unitCode(), e.buyerName(), e.buyerMobile(), e.buyerChannel(),
                            "downPaymentDueDate", e.downPaymentDueDate());
                    downPaymentDue(planning, envelope, deal, e.downPaymentDueDate(), null);
                });
    }

    @Bean
    EventHandler<DownPaymentDueDateSet> downPaymentDueDateSet(PlanningReminders planning) {
        return EventHandler.of(Topics.TRANSACTION, DownPaymentDueDateSet.TYPE, DownPaymentDueDateSet.VERSION,
                DownPaymentDueDateSet.class, (e, envelope) -> {
                    DealRef deal = deal("DownPaymentDueDateSet", e.dealId(), e.developerId(), e.officeId(), e.unitId(),
                            e.unitCode(), e.buyerName(), e.buyerMobile(), e.buyerChannel(), "dueDate", e.dueDate());
                    downPaymentDue(planning, envelope, deal, e.dueDate(), null);
                });
    }

    @Bean
    EventHandler<DownPaymentRescheduled> downPaymentRescheduled(PlanningReminders planning) {
        return EventHandler.of(Topics.TRANSACTION, DownPaymentRescheduled.TYPE, DownPaymentRescheduled.VERSION,
                DownPaymentRescheduled.class, (e, envelope) -> {
                    DealRef deal = deal("DownPaymentRescheduled", e.dealId(), e.developerId(), e.officeId(), e.unitId(),
                            e.unitCode(), e.buyerName(), e.buyerMobile(), e.buyerChannel(), "dueDate", e.dueDate());
                    downPaymentDue(planning, envelope, deal, e.dueDate(), null);
                });
    }

    @Bean
    EventHandler<SubscriptionSigned> subscriptionSigned(PlanningReminders planning) {
        return EventHandler.of(Topics.TRANSACTION, SubscriptionSigned.TYPE, SubscriptionSigned.VERSION,
                SubscriptionSigned.class, (e, envelope) -> {
                    DealRef deal = deal("SubscriptionSigned", e.dealId(), e.developerId(), e.officeId(), e.unitId(),
                            e.unitCode(), e.buyerName(), e.buyerMobile(), e.buyerChannel(),
                            "downPaymentDueDate", e.downPaymentDueDate());
                    downPaymentDue(planning, envelope, deal, e.downPaymentDueDate(), e.downPaymentAmount());
                });
    }

    @Bean
    EventHandler<MortgageAppointmentSet> mortgageAppointmentSet(PlanningReminders planning) {
        return EventHandler.of(Topics.TRANSACTION, MortgageAppointmentSet.TYPE, MortgageAppointmentSet.VERSION,
                MortgageAppointmentSet.class, (e, envelope) -> {
                    DealRef deal = deal("MortgageAppointmentSet", e.dealId(), e.developerId(), e.officeId(), e.unitId(),
                            e.unitCode(), e.buyerName(), e.buyerMobile(), e.buyerChannel(), "at", e.at());
                    mortgageAppointment(planning, envelope, deal,
                            new MortgageAppointment(e.bank(), e.place(), e.at(), e.documents()));
                });
    }

    @Bean
    EventHandler<MortgageAppointmentRescheduled> mortgageAppointmentRescheduled(PlanningReminders planning) {
        return EventHandler.of(Topics.TRANSACTION, MortgageAppointmentRescheduled.TYPE,
                MortgageAppointmentRescheduled.VERSION, MortgageAppointmentRescheduled.class, (e, envelope) -> {
                    DealRef deal = deal("MortgageAppointmentRescheduled", e.dealId(), e.developerId(), e.officeId(),
                            e.unitId(), e.unitCode(), e.buyerName(), e.buyerMobile(), e.buyerChannel(), "at", e.at());
                    mortgageAppointment(planning, envelope, deal,
                            new MortgageAppointment(e.bank(), e.place(), e.at(), e.documents()));
                });
    }

    @Bean
    EventHandler<InstalmentPlanSet> instalmentPlanSet(PlanningReminders planning) {
        return EventHandler.of(Topics.TRANSACTION, InstalmentPlanSet.TYPE, InstalmentPlanSet.VERSION,
                InstalmentPlanSet.class, (e, envelope) -> {
                    DealRef deal = deal("InstalmentPlanSet", e.dealId(), e.developerId(), e.officeId(), e.unitId(),
                            e.unitCode(), e.buyerName(), e.buyerMobile(), e.buyerChannel(), "instalments",
                            e.instalments() == null || e.instalments().isEmpty() ? null : e.instalments());
                    List<Instalment> plan = new ArrayList<>(e.instalments().size());
                    for (InstalmentPlanSet.Instalment i : e.instalments()) {
                        require("InstalmentPlanSet", "instalments[].dueDate", i.dueDate(), "instalments[].amount",
                                i.amount());
                        plan.add(new Instalment(i.number(), i.dueDate(), i.amount(), i.owed()));
                    }
                    logged(envelope.eventId(), e.dealId(), "instalment plan (" + e.reason() + ") of " + plan.size(),
                            planning.instalmentPlan(new PlanningReminders.InstalmentPlanSet(deal, plan,
                                    envelope.eventId())));
                });
    }

    @Bean
    EventHandler<DownPaymentReceived> downPaymentReceived(PlanningReminders planning) {
        return EventHandler.of(Topics.TRANSACTION, DownPaymentReceived.TYPE, DownPaymentReceived.VERSION,
                DownPaymentReceived.class, (e, envelope) -> {
                    require("DownPaymentReceived", "dealId", e.dealId());
                    logged(envelope.eventId(), e.dealId(), "down payment received; its reminders cancelled",
                            planning.downPaymentReceived(e.dealId(), envelope.eventId()));
                });
    }

    @Bean
    EventHandler<DealCancelled> dealCancelled(PlanningReminders planning) {
        return EventHandler.of(Topics.TRANSACTION, DealCancelled.TYPE, DealCancelled.VERSION, DealCancelled.class,
                (e, envelope) -> {
                    require("DealCancelled", "dealId", e.dealId());
                    logged(envelope.eventId(), e.dealId(), "deal cancelled; its reminders cancelled",
                            planning.dealCancelled(e.dealId(), envelope.eventId()));
                });
    }

    private static DealRef deal(String event, String dealId, String developerId, String officeId, String unitId,
            String unitCode, String buyerName, String buyerMobile, String buyerChannel, String dateName, Object date) {
        require(event, "dealId", dealId, "developerId", developerId, "officeId", officeId, "buyerMobile", buyerMobile,
                dateName, date);
        return new DealRef(dealId, developerId, officeId, unitId, unitCode,
                new Recipient(buyerName, buyerMobile, null, channel(buyerChannel), Set.of()));
    }

    private static void downPaymentDue(PlanningReminders planning, EventEnvelope envelope, DealRef deal, LocalDate dueDate,
            BigDecimal amount) {
        logged(envelope.eventId(), deal.dealId(), "down payment " + (amount == null ? "" : amount + " ") + "due " + dueDate,
                planning.downPaymentDue(new DownPaymentDue(deal, dueDate, amount, envelope.eventId())));
    }

    private static void mortgageAppointment(PlanningReminders planning, EventEnvelope envelope, DealRef deal,
            MortgageAppointment appointment) {
        logged(envelope.eventId(), deal.dealId(), "mortgage appointment at " + appointment.at(), planning
                .mortgageAppointment(new PlanningReminders.MortgageAppointmentSet(deal, appointment, envelope.eventId())));
    }

    /** The buyer's channel as the deal names it (SMS or WECHAT), SMS when not named or not known. */
    static Channel channel(String name) {
        return "WECHAT".equals(name) ? Channel.WECHAT : Channel.SMS;
    }

    /** @param namesAndValues each field's name, then its value */
    private static void require(String event, Object... namesAndValues) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null || value instanceof String s && s.isBlank()) {
                missing.add((String) namesAndValues[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new PoisonEventException(event + " without " + String.join(", ", missing));
        }
    }

    private static void logged(String eventId, String dealId, String what, Outcome outcome) {
        switch (outcome) {
            case PLANNED -> log.info("deal {}: {} (event {}); reminders planned", dealId, what, eventId);
            case ALREADY_APPLIED -> log.info("event {} of deal {} was applied before; skipped", eventId, dealId);
            case UNCHANGED -> log.info("deal {}: {} (event {}) changes no reminder", dealId, what, eventId);
            case NO_SCHEDULE -> log.info("deal {} has no reminders; event {} skipped", dealId, eventId);
        }
    }
}
