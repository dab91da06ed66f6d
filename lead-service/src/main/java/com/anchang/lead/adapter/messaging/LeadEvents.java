package com.anchang.lead.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.lead.LeadCollisionOpened;
import com.anchang.events.lead.LeadCollisionResolved;
import com.anchang.events.lead.LeadFollowUpDue;
import com.anchang.events.lead.LeadFollowUpLogged;
import com.anchang.events.lead.LeadLinked;
import com.anchang.events.lead.LeadPreRegistered;
import com.anchang.events.lead.LeadProtectionExtended;
import com.anchang.events.lead.LeadProtectionLapsing;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.LeadReassigned;
import com.anchang.events.lead.LeadReleased;
import com.anchang.events.lead.LeadReturningBuyerRegistered;
import com.anchang.events.lead.LeadStageChanged;
import com.anchang.events.lead.LeadViolationRecorded;
import com.anchang.lead.domain.Collision;
import com.anchang.lead.domain.CollisionEvent;
import com.anchang.lead.domain.FollowUp;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.ProtectionPolicy;
import com.anchang.lead.domain.Violation;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxEntry;

/** Turns the domain's lead events into versioned contract events on the lead topic, keyed by lead id. */
public class LeadEvents {

    private final Outbox outbox;

    public LeadEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public OutboxEntry toOutbox(LeadEvent event) {
        Lead lead = event.lead();
        return outbox.entry(Topics.LEAD, lead.id(), lead.officeId(), toContract(event));
    }

    /**
     * The contracts carry no phone number nor follow-up notes: consumers that need them ask with the
     * identity issue's rules (LEAD-10). Ownership events carry the owner and the protection window at
     * the time, which attribution of a deal needs (COMM-1/2).
     */
    public static Record toContract(LeadEvent event) {
        Lead lead = event.lead();
        return switch (event) {
            case LeadEvent.Registered registered -> new LeadRegistered(lead.id(), lead.developerId(), lead.officeId(),
                    lead.ownerConsultantId(), lead.customerName(), lead.source().name(), lead.registeredAt(),
                    lead.protectedUntil());
            case LeadEvent.FollowUpLogged logged -> {
                FollowUp f = logged.followUp();
                yield new LeadFollowUpLogged(lead.id(), lead.developerId(), lead.officeId(), f.id(), f.loggedBy(),
                        lead.ownerConsultantId(), f.channel().name(), f.effective(), f.corrects(), f.at(),
                        f.countedForProtection(), f.protectedUntil());
            }
            case LeadEvent.ProtectionExtended extended -> new LeadProtectionExtended(lead.id(), lead.developerId(),
                    lead.officeId(), lead.ownerConsultantId(), extended.followUp().id(),
                    extended.previousProtectedUntil(), extended.followUp().protectedUntil(), extended.followUp().at());
            case LeadEvent.ProtectionLapsing lapsing -> new LeadProtectionLapsing(lead.id(), lead.developerId(),
                    lead.officeId(), lead.ownerConsultantId(), lead.protectedUntil(),
                    ProtectionPolicy.releasedOn(lead.protectedUntil()), lapsing.at());
            case LeadEvent.FollowUpDue due -> new LeadFollowUpDue(lead.id(), lead.developerId(), lead.officeId(),
                    lead.ownerConsultantId(), (int) lead.ownerFollowUps(), due.minimum(), lead.lastOwnerFollowUpAt(),
                    lead.protectedUntil(), ProtectionPolicy.releasedOn(lead.protectedUntil()), due.at());
            case LeadEvent.Released released -> new LeadReleased(lead.id(), lead.developerId(), lead.officeId(),
                    released.formerOwnerConsultantId(), released.ownedSince(), released.protectedUntil(),
                    ProtectionPolicy.releasedOn(released.protectedUntil()), released.at());
            case LeadEvent.Reassigned reassigned -> new LeadReassigned(lead.id(), lead.developerId(), lead.officeId(),
                    reassigned.previousOwnerConsultantId(), lead.ownerConsultantId(), reassigned.reason().name(),
                    reassigned.by(), lead.ownedSince(), lead.protectedUntil());
            case LeadEvent.ReturningBuyerRegistered returning -> new LeadReturningBuyerRegistered(lead.id(),
                    lead.developerId(), lead.officeId(), lead.ownerConsultantId(), returning.previousLeadId(),
                    returning.previousOwnerConsultantId(), lead.registeredAt(), lead.protectedUntil());
            case LeadEvent.PreRegistered pre -> new LeadPreRegistered(lead.id(), lead.developerId(), lead.officeId(),
                    lead.ownerConsultantId(), lead.registration().kind().name(), lead.registration().referredByLeadId(),
                    lead.registeredAt(), lead.protectedUntil());
            case LeadEvent.Linked linked -> new LeadLinked(lead.id(), lead.developerId(), lead.officeId(),
                    lead.ownerConsultantId(), linked.link().id(), linked.link().relation().name(), linked.link().name(),
                    linked.link().sameCustomer(), linked.link().registeredTogether(), linked.link().linkedBy(),
                    linked.link().at());
            case LeadEvent.StageChanged changed -> new LeadStageChanged(lead.id(), lead.developerId(), lead.officeId(),
                    lead.ownerConsultantId(), changed.from().name(), changed.to().name(), changed.by(), changed.at());
        };
    }

    /** LEAD-9: keyed by the lead when there is one (in order with its events), else by the violation. */
    public OutboxEntry toOutbox(Violation v) {
        return outbox.entry(Topics.LEAD, v.leadId() != null ? v.leadId() : v.id(), v.officeId(), toContract(v));
    }

    public static LeadViolationRecorded toContract(Violation v) {
        return new LeadViolationRecorded(v.id(), v.developerId(), v.officeId(), v.leadId(), v.kind().name(),
                v.offenderConsultantId(), v.rightfulOwnerConsultantId(), v.origin(), v.reference(), v.recordedBy(),
                v.at(), v.day());
    }

    public OutboxEntry toOutbox(CollisionEvent event) {
        Collision c = event.collision();
        return outbox.entry(Topics.LEAD, c.leadId(), c.officeId(), toContract(event));
    }

    /** Collision events are keyed by the lead's id, so they stay in order with the lead's own events. */
    public static Record toContract(CollisionEvent event) {
        Collision c = event.collision();
        return switch (event) {
            case CollisionEvent.Opened opened -> new LeadCollisionOpened(c.id(), c.leadId(), c.developerId(),
                    c.officeId(), c.ownerConsultantId(), c.challengerConsultantId(), c.foundAt(), c.foundOn(),
                    c.ownerProtectedUntil(), c.decision().followerConsultantId());
            case CollisionEvent.Resolved resolved -> new LeadCollisionResolved(c.id(), c.leadId(), c.developerId(),
                    c.officeId(), c.resolution().followerConsultantId(), c.resolution().overridden(),
                    c.resolution().resolvedBy(), c.resolution().resolvedAt(), c.resolution().reason());
        };
    }
}
