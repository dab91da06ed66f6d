package com.anchang.lead.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.lead.LeadFollowUpLogged;
import com.anchang.events.lead.LeadProtectionExtended;
import com.anchang.events.lead.LeadProtectionLapsing;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.events.lead.LeadReleased;
import com.anchang.lead.domain.FollowUp;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
import com.anchang.lead.domain.ProtectionPolicy;
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
            case LeadEvent.Released released -> new LeadReleased(lead.id(), lead.developerId(), lead.officeId(),
                    lead.ownerConsultantId(), lead.registeredAt(), lead.protectedUntil(),
                    ProtectionPolicy.releasedOn(lead.protectedUntil()), released.at());
        };
    }
}
