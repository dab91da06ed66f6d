package com.anchang.lead.domain;

/** What happened to a lead; the messaging adapter turns these into contract events. */
public sealed interface LeadEvent {

    Lead lead();

    /** LEAD-1/2: a consultant registered the customer and owns the lead, protected until lead.protectedUntil(). */
    record Registered(Lead lead) implements LeadEvent {
    }
}
