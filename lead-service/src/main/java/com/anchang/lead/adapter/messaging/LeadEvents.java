package com.anchang.lead.adapter.messaging;

import com.anchang.events.Topics;
import com.anchang.events.lead.LeadRegistered;
import com.anchang.lead.domain.Lead;
import com.anchang.lead.domain.LeadEvent;
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

    /** The contract carries no phone number: consumers that need one ask with the identity issue's rules (LEAD-10). */
    public static Record toContract(LeadEvent event) {
        Lead lead = event.lead();
        return switch (event) {
            case LeadEvent.Registered registered -> new LeadRegistered(lead.id(), lead.developerId(), lead.officeId(),
                    lead.ownerConsultantId(), lead.customerName(), lead.source().name(), lead.registeredAt(),
                    lead.protectedUntil());
        };
    }
}
