package com.anchang.lead.adapter.messaging.rotation;

import com.anchang.events.Topics;
import com.anchang.lead.adapter.messaging.LeadEvents;
import com.anchang.events.lead.ConsultantCheckedIn;
import com.anchang.events.lead.ConsultantCheckedOut;
import com.anchang.events.lead.ReceptionAssigned;
import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.RotationEvent;
import com.anchang.support.outbox.Outbox;
import com.anchang.support.outbox.OutboxEntry;

/**
 * Turns the rotation's domain events into versioned contract events on the lead topic, keyed by the
 * office's rotation of the day ({@code officeId:businessDay}) so one day's events stay in order.
 */
public class RotationEvents {

    private final Outbox outbox;

    public RotationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public OutboxEntry toOutbox(RotationEvent event) {
        String key = switch (event) {
            case RotationEvent.CheckedIn e -> ReceptionDay.idOf(e.officeId(), e.businessDay());
            case RotationEvent.CheckedOut e -> ReceptionDay.idOf(e.officeId(), e.businessDay());
            case RotationEvent.Assigned e -> ReceptionDay.idOf(e.officeId(), e.businessDay());
            // keyed as every lead.violation-recorded without a lead: by the violation (LeadEvents)
            case RotationEvent.CallGrabbed e -> e.violation().id();
        };
        String officeId = switch (event) {
            case RotationEvent.CheckedIn e -> e.officeId();
            case RotationEvent.CheckedOut e -> e.officeId();
            case RotationEvent.Assigned e -> e.officeId();
            case RotationEvent.CallGrabbed e -> e.violation().officeId();
        };
        return outbox.entry(Topics.LEAD, key, officeId, toContract(event));
    }

    public static Record toContract(RotationEvent event) {
        return switch (event) {
            case RotationEvent.CheckedIn e -> new ConsultantCheckedIn(e.developerId(), e.officeId(), e.businessDay(),
                    e.duty().consultantId(), e.duty().position(), e.duty().checkedInAt());
            case RotationEvent.CheckedOut e -> new ConsultantCheckedOut(e.developerId(), e.officeId(), e.businessDay(),
                    e.consultantId(), e.at(), e.byUserId(), e.reason());
            case RotationEvent.Assigned e -> {
                Assignment a = e.assignment();
                yield new ReceptionAssigned(a.id(), e.developerId(), e.officeId(), e.businessDay(), a.consultantId(),
                        a.queue().name(), a.rule().id(), a.round(), a.assignedAt(), a.source());
            }
            case RotationEvent.CallGrabbed e -> LeadEvents.toContract(e.violation());
        };
    }
}
