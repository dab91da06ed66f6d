package com.anchang.notification.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.lead.LeadProtectionLapsing;
import com.anchang.notification.application.RemindingConsultants;
import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.support.messaging.EventHandler;
import com.anchang.support.messaging.PoisonEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** lead-service's events that remind consultants (NOTE-6), translated into notification commands here. */
@Configuration(proxyBeanMethods = false)
public class LeadEventHandlers {

    private static final Logger log = LoggerFactory.getLogger(LeadEventHandlers.class);

    @Bean
    EventHandler<LeadProtectionLapsing> protectionLapsing(RemindingConsultants reminding) {
        return EventHandler.of(Topics.LEAD, LeadProtectionLapsing.TYPE, LeadProtectionLapsing.VERSION,
                LeadProtectionLapsing.class, (e, envelope) -> {
                    if (e.ownerConsultantId() == null || e.leadId() == null || e.remindedAt() == null) {
                        throw new PoisonEventException("LeadProtectionLapsing without its owner, lead or time");
                    }
                    boolean added = reminding.remind(ConsultantReminder.protectionLapsing(envelope.eventId(),
                            e.ownerConsultantId(), e.developerId(), e.officeId(), e.leadId(), e.protectedUntil(),
                            e.releasedOn(), e.remindedAt()));
                    log.info("lead {}: protection lapsing, {} in {}'s inbox", e.leadId(), added ? "reminder" : "already",
                            e.ownerConsultantId());
                });
    }
}
