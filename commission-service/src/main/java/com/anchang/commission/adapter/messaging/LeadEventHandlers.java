package com.anchang.commission.adapter.messaging;

import static com.anchang.commission.adapter.messaging.Required.field;

import com.anchang.commission.application.RememberingLeadOwnership;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.support.messaging.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** lead-service's events that commission needs, translated into commission commands here. */
@Configuration(proxyBeanMethods = false)
public class LeadEventHandlers {

    @Bean
    EventHandler<LeadRegistered> rememberLeadOwner(RememberingLeadOwnership remembering) {
        return EventHandler.of(Topics.LEAD, LeadRegistered.TYPE, LeadRegistered.VERSION, LeadRegistered.class,
                (event, envelope) -> remembering.remember(new RememberingLeadOwnership.RememberLead(
                        field(event.leadId(), LeadRegistered.TYPE, "leadId"),
                        event.developerId(),
                        field(event.officeId(), LeadRegistered.TYPE, "officeId"),
                        field(event.ownerConsultantId(), LeadRegistered.TYPE, "ownerConsultantId"),
                        event.registeredAt(), event.protectedUntil(), envelope.eventId())));
    }
}
