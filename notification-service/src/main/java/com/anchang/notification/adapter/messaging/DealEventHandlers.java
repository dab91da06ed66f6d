package com.anchang.notification.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.transaction.DepositReceived;
import com.anchang.notification.application.PlanningDownPaymentReminders;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.PoisonEventException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** transaction-service's events that cause reminders, translated into notification commands here. */
@Configuration(proxyBeanMethods = false)
public class DealEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(DealEventHandlers.class);

    @Bean
    EventHandler<DepositReceived> planDownPaymentReminders(PlanningDownPaymentReminders planning) {
        return EventHandler.of(Topics.TRANSACTION, DepositReceived.TYPE, DepositReceived.VERSION, DepositReceived.class,
                (event, envelope) -> {
                    requireFields(event);
                    PlanningDownPaymentReminders.Outcome outcome = planning.plan(
                            new PlanningDownPaymentReminders.PlanDownPaymentReminders(event.dealId(),
                                    event.developerId(), event.officeId(), event.unitId(), event.buyerName(),
                                    event.buyerMobile(), event.downPaymentDueDate(), envelope.eventId()));
                    switch (outcome) {
                        case PLANNED -> log.info("down-payment reminders of deal {} planned (due {})", event.dealId(),
                                event.downPaymentDueDate());
                        case ALREADY_APPLIED -> log.info("deposit event {} of deal {} was applied before; skipped",
                                envelope.eventId(), event.dealId());
                        case ALREADY_SCHEDULED -> log.info("deal {} already has its reminders; deposit event {} skipped",
                                event.dealId(), envelope.eventId());
                    }
                });
    }

    /** A deposit event without what the reminders need can never be applied: dead-letter it at once. */
    private static void requireFields(DepositReceived event) {
        List<String> missing = new ArrayList<>();
        if (isBlank(event.dealId())) {
            missing.add("dealId");
        }
        if (isBlank(event.developerId())) {
            missing.add("developerId");
        }
        if (isBlank(event.officeId())) {
            missing.add("officeId");
        }
        if (isBlank(event.buyerMobile())) {
            missing.add("buyerMobile");
        }
        if (event.downPaymentDueDate() == null) {
            missing.add("downPaymentDueDate");
        }
        if (!missing.isEmpty()) {
            throw new PoisonEventException("DepositReceived without " + String.join(", ", missing));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
