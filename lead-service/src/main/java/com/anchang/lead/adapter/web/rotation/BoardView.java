package com.anchang.lead.adapter.web.rotation;

import com.anchang.lead.domain.rotation.Assignment;
import com.anchang.lead.domain.rotation.AssignmentStatus;
import com.anchang.lead.domain.rotation.Duty;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The rotation board of an office's day: per queue the round, who is next and the round's order;
 * who is on duty, serving, away, unavailable; the call ringing, if any (ROT-10).
 */
public record BoardView(
        String officeId,
        LocalDate businessDay,
        List<QueueView> queues,
        List<DutyView> onDuty,
        List<ServingView> serving,
        List<String> away,
        List<UnavailableView> unavailable,
        CallOfferView ringing) {

    /** @param next who receives the next visitor or call now, null if nobody is free */
    public record QueueView(Queue queue, int round, String next, List<EntryView> order) {
    }

    public record DutyView(String consultant, int position, Instant checkedInAt) {
    }

    public record ServingView(String consultant, String assignmentId, Queue queue, Instant since, String turn) {
    }

    public record UnavailableView(String consultant, String reason) {
    }

    public static BoardView of(ReceptionDay day) {
        List<QueueView> queues = java.util.Arrays.stream(Queue.values())
                .map(q -> new QueueView(q, day.round(q), day.nextFor(q).orElse(null), EntryView.of(day.snapshot(q)))).toList();
        List<Duty> onDuty = day.duties().stream().filter(Duty::onDuty).toList();
        List<ServingView> serving = day.assignments().stream().filter(a -> a.status() == AssignmentStatus.SERVING)
                .map(BoardView::serving).toList();
        return new BoardView(day.officeId(), day.businessDay(),
                queues,
                onDuty.stream().map(d -> new DutyView(d.consultantId(), d.position(), d.checkedInAt())).toList(),
                serving,
                onDuty.stream().filter(Duty::away).map(Duty::consultantId).toList(),
                onDuty.stream().filter(Duty::unavailable)
                        .map(d -> new UnavailableView(d.consultantId(), d.unavailableReason())).toList(),
                CallOfferView.of(day.ringing().orElse(null)));
    }

    private static ServingView serving(Assignment a) {
        return new ServingView(a.consultantId(), a.id(), a.queue(), a.assignedAt(), AssignmentView.idOf(a.turn()));
    }
}
