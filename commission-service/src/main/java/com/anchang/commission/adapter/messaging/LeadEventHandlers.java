package com.anchang.commission.adapter.messaging;

import static com.anchang.commission.adapter.messaging.Required.field;

import com.anchang.commission.application.RememberingLeadOwnership;
import com.anchang.commission.application.RememberingLeadOwnership.RememberFact;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipFact.Kind;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadCollisionResolved;
import com.anchang.events.lead.LeadProtectionExtended;
import com.anchang.events.lead.LeadReassigned;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.LeadReleased;
import com.anchang.events.lead.LeadViolationRecorded;
import com.anchang.support.messaging.EventHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** lead-service's events that make a lead's ownership history, translated into commission commands here. */
@Configuration(proxyBeanMethods = false)
public class LeadEventHandlers {

    @Bean
    EventHandler<LeadRegistered> rememberLeadRegistered(RememberingLeadOwnership remembering) {
        String type = LeadRegistered.TYPE;
        return EventHandler.of(Topics.LEAD, type, LeadRegistered.VERSION, LeadRegistered.class,
                (e, envelope) -> remembering.remember(new RememberFact(field(e.leadId(), type, "leadId"),
                        e.developerId(), field(e.officeId(), type, "officeId"),
                        new OwnershipFact(envelope.eventId(), Kind.REGISTERED, field(e.registeredAt(), type, "registeredAt"),
                                field(e.ownerConsultantId(), type, "ownerConsultantId"), e.protectedUntil(), null,
                                e.source()))));
    }

    @Bean
    EventHandler<LeadProtectionExtended> rememberProtectionExtended(RememberingLeadOwnership remembering) {
        String type = LeadProtectionExtended.TYPE;
        return EventHandler.of(Topics.LEAD, type, LeadProtectionExtended.VERSION, LeadProtectionExtended.class,
                (e, envelope) -> remembering.remember(new RememberFact(field(e.leadId(), type, "leadId"),
                        e.developerId(), e.officeId(),
                        new OwnershipFact(envelope.eventId(), Kind.PROTECTION_EXTENDED,
                                field(e.extendedAt(), type, "extendedAt"), e.ownerConsultantId(),
                                field(e.protectedUntil(), type, "protectedUntil"), null, e.followUpId()))));
    }

    @Bean
    EventHandler<LeadReleased> rememberLeadReleased(RememberingLeadOwnership remembering) {
        String type = LeadReleased.TYPE;
        return EventHandler.of(Topics.LEAD, type, LeadReleased.VERSION, LeadReleased.class,
                (e, envelope) -> remembering.remember(new RememberFact(field(e.leadId(), type, "leadId"),
                        e.developerId(), e.officeId(),
                        new OwnershipFact(envelope.eventId(), Kind.RELEASED, field(e.releasedAt(), type, "releasedAt"),
                                e.formerOwnerConsultantId(), e.protectedUntil(), null, null))));
    }

    @Bean
    EventHandler<LeadReassigned> rememberLeadReassigned(RememberingLeadOwnership remembering) {
        String type = LeadReassigned.TYPE;
        return EventHandler.of(Topics.LEAD, type, LeadReassigned.VERSION, LeadReassigned.class,
                (e, envelope) -> remembering.remember(new RememberFact(field(e.leadId(), type, "leadId"),
                        e.developerId(), e.officeId(),
                        new OwnershipFact(envelope.eventId(), Kind.REASSIGNED, field(e.ownedSince(), type, "ownedSince"),
                                field(e.ownerConsultantId(), type, "ownerConsultantId"), e.protectedUntil(), null,
                                e.reason()))));
    }

    @Bean
    EventHandler<LeadCollisionResolved> rememberCollisionResolved(RememberingLeadOwnership remembering) {
        String type = LeadCollisionResolved.TYPE;
        return EventHandler.of(Topics.LEAD, type, LeadCollisionResolved.VERSION, LeadCollisionResolved.class,
                (e, envelope) -> remembering.remember(new RememberFact(field(e.leadId(), type, "leadId"),
                        e.developerId(), e.officeId(),
                        new OwnershipFact(envelope.eventId(), Kind.COLLISION_RESOLVED,
                                field(e.resolvedAt(), type, "resolvedAt"),
                                field(e.followerConsultantId(), type, "followerConsultantId"), null, null, e.reason()))));
    }

    @Bean
    EventHandler<LeadViolationRecorded> rememberViolationRecorded(RememberingLeadOwnership remembering) {
        String type = LeadViolationRecorded.TYPE;
        return EventHandler.of(Topics.LEAD, type, LeadViolationRecorded.VERSION, LeadViolationRecorded.class,
                (e, envelope) -> remembering.remember(new RememberFact(field(e.leadId(), type, "leadId"),
                        e.developerId(), e.officeId(),
                        new OwnershipFact(envelope.eventId(), Kind.VIOLATION_RECORDED,
                                field(e.recordedAt(), type, "recordedAt"),
                                field(e.rightfulOwnerConsultantId(), type, "rightfulOwnerConsultantId"), null,
                                e.offenderConsultantId(), e.kind()))));
    }
}
