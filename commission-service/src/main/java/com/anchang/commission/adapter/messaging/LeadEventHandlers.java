package com.anchang.commission.adapter.messaging;

import static com.anchang.commission.adapter.messaging.Required.field;

import com.anchang.commission.application.RememberingLeadOwnership;
import com.anchang.commission.application.RememberingLeadOwnership.RememberFact;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipFact.Kind;
import com.anchang.events.Topics;
import com.anchang.events.lead.LeadCollisionResolved;
import com.anchang.events.lead.LeadLinked;
import com.anchang.events.lead.LeadPreRegistered;
import com.anchang.events.lead.LeadProtectionExtended;
import com.anchang.events.lead.LeadReassigned;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.LeadReleased;
import com.anchang.events.lead.LeadReturningBuyerRegistered;
import com.anchang.events.lead.LeadViolationRecorded;
import com.anchang.support.messaging.EventHandler;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** lead-service's events that make a lead's ownership history, translated into commission commands here. */
@Configuration(proxyBeanMethods = false)
public class LeadEventHandlers {

    /** What one lead event says about the lead's ownership (the fields of {@link OwnershipFact} and where). */
    record Fact(String leadId, String developerId, String officeId, Instant at, String consultantId,
            LocalDate protectedUntil, String offenderConsultantId, String detail) {
    }

    /** Remembers each event of this type as an ownership fact of this kind (leadId required). */
    static <E> EventHandler<E> remember(RememberingLeadOwnership remembering, String type, int version, Class<E> payload,
            Kind kind, Function<E, Fact> read) {
        return EventHandler.of(Topics.LEAD, type, version, payload, (e, envelope) -> {
            Fact f = read.apply(e);
            remembering.remember(new RememberFact(field(f.leadId(), type, "leadId"), f.developerId(), f.officeId(),
                    new OwnershipFact(envelope.eventId(), kind, f.at(), f.consultantId(),
                            f.protectedUntil(), f.offenderConsultantId(), f.detail())));
        });
    }

    @Bean
    EventHandler<LeadRegistered> rememberLeadRegistered(RememberingLeadOwnership remembering) {
        String type = LeadRegistered.TYPE;
        return remember(remembering, type, LeadRegistered.VERSION, LeadRegistered.class, Kind.REGISTERED,
                e -> new Fact(e.leadId(), e.developerId(), field(e.officeId(), type, "officeId"),
                        field(e.registeredAt(), type, "registeredAt"),
                        field(e.ownerConsultantId(), type, "ownerConsultantId"), e.protectedUntil(), null, e.source()));
    }

    @Bean
    EventHandler<LeadProtectionExtended> rememberProtectionExtended(RememberingLeadOwnership remembering) {
        String type = LeadProtectionExtended.TYPE;
        return remember(remembering, type, LeadProtectionExtended.VERSION, LeadProtectionExtended.class,
                Kind.PROTECTION_EXTENDED, e -> new Fact(e.leadId(), e.developerId(), e.officeId(),
                        field(e.extendedAt(), type, "extendedAt"), e.ownerConsultantId(),
                        field(e.protectedUntil(), type, "protectedUntil"), null, e.followUpId()));
    }

    @Bean
    EventHandler<LeadReleased> rememberLeadReleased(RememberingLeadOwnership remembering) {
        String type = LeadReleased.TYPE;
        return remember(remembering, type, LeadReleased.VERSION, LeadReleased.class, Kind.RELEASED,
                e -> new Fact(e.leadId(), e.developerId(), e.officeId(), field(e.releasedAt(), type, "releasedAt"),
                        e.formerOwnerConsultantId(), e.protectedUntil(), null, null));
    }

    @Bean
    EventHandler<LeadReassigned> rememberLeadReassigned(RememberingLeadOwnership remembering) {
        String type = LeadReassigned.TYPE;
        return remember(remembering, type, LeadReassigned.VERSION, LeadReassigned.class, Kind.REASSIGNED,
                e -> new Fact(e.leadId(), e.developerId(), e.officeId(), field(e.ownedSince(), type, "ownedSince"),
                        field(e.ownerConsultantId(), type, "ownerConsultantId"), e.protectedUntil(), null, e.reason()));
    }

    @Bean
    EventHandler<LeadCollisionResolved> rememberCollisionResolved(RememberingLeadOwnership remembering) {
        String type = LeadCollisionResolved.TYPE;
        return remember(remembering, type, LeadCollisionResolved.VERSION, LeadCollisionResolved.class,
                Kind.COLLISION_RESOLVED, e -> new Fact(e.leadId(), e.developerId(), e.officeId(),
                        field(e.resolvedAt(), type, "resolvedAt"),
                        field(e.followerConsultantId(), type, "followerConsultantId"), null, null, e.reason()));
    }

    /**
     * LEAD-6: a person linked to the lead's customer. A fact of the lead's history that moves no ownership: the
     * lead's deals, whoever of the family signs, stay its owner's (they carry the lead), and their explanation
     * names the link (rule LEAD-6) when it was made before the closing instant. No mobile is published
     * (LEAD-10), so COMM-4 keeps weighing by the buyer's own mobile.
     */
    @Bean
    EventHandler<LeadLinked> rememberLeadLinked(RememberingLeadOwnership remembering) {
        String type = LeadLinked.TYPE;
        return remember(remembering, type, LeadLinked.VERSION, LeadLinked.class, Kind.LINKED,
                e -> new Fact(e.leadId(), e.developerId(), e.officeId(), field(e.linkedAt(), type, "linkedAt"),
                        e.ownerConsultantId(), null, null, (e.sameCustomer() ? Kind.SAME_CUSTOMER : "separate customer")
                                + ": " + field(e.relation(), type, "relation")
                                + (e.registeredTogether() ? ", registered together" : "")));
    }

    /** LEAD-7: a pre-registration (referral, proxy viewer); owned as the lead.lead-registered beside it says. */
    @Bean
    EventHandler<LeadPreRegistered> rememberPreRegistered(RememberingLeadOwnership remembering) {
        String type = LeadPreRegistered.TYPE;
        return remember(remembering, type, LeadPreRegistered.VERSION, LeadPreRegistered.class, Kind.PRE_REGISTERED,
                e -> new Fact(e.leadId(), e.developerId(), e.officeId(), field(e.registeredAt(), type, "registeredAt"),
                        e.ownerConsultantId(), e.protectedUntil(), null, field(e.kind(), type, "kind")
                                + (e.referredByLeadId() == null ? "" : ", referred by lead " + e.referredByLeadId())));
    }

    /** LEAD-7: a returning buyer registered again as a new lead; owned as the lead.lead-registered beside it says. */
    @Bean
    EventHandler<LeadReturningBuyerRegistered> rememberReturningBuyer(RememberingLeadOwnership remembering) {
        String type = LeadReturningBuyerRegistered.TYPE;
        return remember(remembering, type, LeadReturningBuyerRegistered.VERSION, LeadReturningBuyerRegistered.class,
                Kind.RETURNING_BUYER, e -> new Fact(e.leadId(), e.developerId(), e.officeId(),
                        field(e.registeredAt(), type, "registeredAt"), e.ownerConsultantId(), e.protectedUntil(), null,
                        "returning buyer of lead " + e.previousLeadId() + " (owned by " + e.previousOwnerConsultantId()
                                + ")"));
    }

    @Bean
    EventHandler<LeadViolationRecorded> rememberViolationRecorded(RememberingLeadOwnership remembering) {
        String type = LeadViolationRecorded.TYPE;
        return remember(remembering, type, LeadViolationRecorded.VERSION, LeadViolationRecorded.class,
                Kind.VIOLATION_RECORDED, e -> new Fact(e.leadId(), e.developerId(), e.officeId(),
                        field(e.recordedAt(), type, "recordedAt"),
                        field(e.rightfulOwnerConsultantId(), type, "rightfulOwnerConsultantId"), null,
                        e.offenderConsultantId(), e.kind()));
    }
}
