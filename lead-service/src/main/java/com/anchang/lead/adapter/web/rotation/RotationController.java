package com.anchang.lead.adapter.web.rotation;

import com.anchang.lead.application.rotation.ReadingRotation;
import com.anchang.lead.application.rotation.RotatingReception;
import com.anchang.lead.application.rotation.RotatingReception.ActingFor;
import com.anchang.lead.application.rotation.RotatingReception.Change;
import com.anchang.lead.domain.rotation.CoverKind;
import com.anchang.lead.domain.rotation.Queue;
import com.anchang.lead.domain.rotation.ReceptionDay;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reception rotation of an office's day (ROT-1..11). Who acts comes from the token: a consultant
 * acts for themself; the PM may act for any consultant of the office (naming the {@code consultant},
 * with a {@code reason}); the reception desk (a consultant on duty, sales control, the PM) gives out
 * the next visitor or call.
 */
@RestController
@RequestMapping("/api/leads/rotation/{officeId}")
@Tag(name = "rotation", description = "Who receives the next walk-in or call, and why (ROT-1..11)")
class RotationController {

    private final RotatingReception rotating;
    private final ReadingRotation reading;
    private final RotationBoardStream stream;

    RotationController(RotatingReception rotating, ReadingRotation reading, RotationBoardStream stream) {
        this.rotating = rotating;
        this.reading = reading;
        this.stream = stream;
    }

    /** For whom: absent for the caller themself; another consultant only by the PM, with a reason. */
    record ForRequest(@Size(max = 64) String consultant, @Size(max = 200) String reason) {

        ActingFor actingFor() {
            return new ActingFor(consultant == null ? null : consultant.strip(), reason);
        }
    }

    record NextRequest(@Size(max = 100) String source) {
    }

    record DeclineRequest(@NotNull Queue queue, @NotBlank @Size(max = 200) String reason,
            @Size(max = 64) String consultant) {
    }

    record UnavailableRequest(@NotBlank @Size(max = 200) String reason, @Size(max = 64) String consultant) {
    }

    record FinishRequest(@Size(max = 200) String outcome, @Size(max = 64) String consultant,
            @Size(max = 200) String reason) {
    }

    record HandOverRequest(@NotBlank @Size(max = 64) String ownerConsultantId, @Size(max = 64) String consultant,
            @Size(max = 200) String reason) {
    }

    record CoverRequest(@NotNull CoverKind kind, @Size(max = 64) String consultant, @Size(max = 200) String reason) {
    }

    @PostMapping("/check-in")
    @Operation(summary = "The calling certified consultant checks in for today and joins the end of both queues (ROT-1/2)")
    BoardView checkIn(@PathVariable String officeId, Caller caller) {
        return board(rotating.checkIn(caller, officeId));
    }

    @PostMapping("/check-out")
    @Operation(summary = "A consultant leaves duty (themself, or the PM for them with a reason); not while serving (ROT-3)")
    BoardView checkOut(@PathVariable String officeId, @Valid @RequestBody(required = false) ForRequest request,
            Caller caller) {
        return board(rotating.checkOut(caller, officeId, forWhom(request)));
    }

    @PostMapping("/walk-ins/next")
    @Operation(summary = "The next visitor goes to the head of the walk-in queue (ROT-3); for the reception desk: a "
            + "consultant on duty, sales control, the PM. Answers the assignment and why")
    AssignmentView nextWalkIn(@PathVariable String officeId, @Valid @RequestBody(required = false) NextRequest request,
            Caller caller) {
        return assignment(rotating.next(caller, officeId, Queue.WALK_IN, request == null ? null : request.source()));
    }

    @PostMapping("/calls/next")
    @Operation(summary = "A call rings: offered to the head of the phone queue alone for the office's answer window "
            + "(default 15 s), then open to anyone on duty (ROT-3, ROT-10); for the reception desk. Answers the offer")
    CallOfferView nextCall(@PathVariable String officeId, @Valid @RequestBody(required = false) NextRequest request,
            Caller caller) {
        Change change = rotating.offerCall(caller, officeId, request == null ? null : request.source());
        return CallOfferView.of(change.offer());
    }

    @PostMapping("/calls/{offerId}/take")
    @Operation(summary = "Take the ringing call: the consultant it is offered to, or anyone on duty and free once the "
            + "answer window has passed; who took it is recorded (ROT-10). Answers the assignment")
    AssignmentView takeCall(@PathVariable String officeId, @PathVariable String offerId,
            @Valid @RequestBody(required = false) ForRequest request, Caller caller) {
        return assignment(rotating.takeCall(caller, officeId, offerId, forWhom(request)));
    }

    @PostMapping("/decline")
    @Operation(summary = "Decline the turn in this round of a queue for a personal reason: skipped this round, normal "
            + "place next round (ROT-4)")
    BoardView decline(@PathVariable String officeId, @Valid @RequestBody DeclineRequest request, Caller caller) {
        return board(rotating.decline(caller, officeId, request.queue(), request.reason(),
                new ActingFor(request.consultant(), request.reason())));
    }

    @PostMapping("/unavailable")
    @Operation(summary = "Unavailable for an objective reason: skipped, keeping the place in the round (ROT-5)")
    BoardView unavailable(@PathVariable String officeId, @Valid @RequestBody UnavailableRequest request,
            Caller caller) {
        return board(rotating.unavailable(caller, officeId, request.reason(),
                new ActingFor(request.consultant(), request.reason())));
    }

    @PostMapping("/back")
    @Operation(summary = "Back at the post: inserted back into the current round (ROT-5); next round in check-in order")
    BoardView back(@PathVariable String officeId, @Valid @RequestBody(required = false) ForRequest request,
            Caller caller) {
        return board(rotating.back(caller, officeId, forWhom(request)));
    }

    @PostMapping("/away")
    @Operation(summary = "Away from the post when the turn comes: the next one takes it, the absent one goes to the "
            + "end of the round (ROT-6)")
    BoardView away(@PathVariable String officeId, @Valid @RequestBody(required = false) ForRequest request,
            Caller caller) {
        return board(rotating.away(caller, officeId, forWhom(request)));
    }

    @PostMapping("/finish")
    @Operation(summary = "Finish the reception being served, with its outcome (ROT-9: it used the turn unless covered; "
            + "ROT-11 log)")
    AssignmentView finish(@PathVariable String officeId, @Valid @RequestBody(required = false) FinishRequest request,
            Caller caller) {
        FinishRequest body = request == null ? new FinishRequest(null, null, null) : request;
        return assignment(rotating.finish(caller, officeId, body.outcome(),
                new ActingFor(body.consultant(), body.reason())));
    }

    @PostMapping("/hand-over")
    @Operation(summary = "Hand the visitor being served to the consultant who already owns them; the receiver keeps "
            + "the turn (ROT-7). Answers the owner's assignment")
    AssignmentView handOver(@PathVariable String officeId, @Valid @RequestBody HandOverRequest request,
            Caller caller) {
        return assignment(rotating.handToOwner(caller, officeId, request.ownerConsultantId().strip(),
                new ActingFor(request.consultant(), request.reason())));
    }

    @PostMapping("/cover")
    @Operation(summary = "The reception being served covers for a colleague's customer or is not a buyer: it does "
            + "not use the turn (ROT-8)")
    AssignmentView cover(@PathVariable String officeId, @Valid @RequestBody CoverRequest request, Caller caller) {
        return assignment(rotating.cover(caller, officeId, request.kind(),
                new ActingFor(request.consultant(), request.reason())));
    }

    @GetMapping("/board")
    @Operation(summary = "Today's rotation board: per queue the round, who is next and the order; who is serving, "
            + "away, unavailable")
    BoardView board(@PathVariable String officeId, Caller caller) {
        return BoardView.of(reading.today(caller, officeId));
    }

    @GetMapping(path = "/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The live board: server-sent events named 'board' carrying today's board, the current one at "
            + "once and a new one after every change of the office's rotation")
    SseEmitter boardStream(@PathVariable String officeId,
            @Parameter(description = "true: only the current board, then the stream ends")
            @RequestParam(defaultValue = "false") boolean once, Caller caller) {
        return stream.subscribe(officeId, () -> BoardView.of(reading.today(caller, officeId)), once);
    }

    @GetMapping("/assignments/{assignmentId}")
    @Operation(summary = "Why did this consultant get this visitor? The rule and the queue as it stood")
    AssignmentView assignment(@PathVariable String officeId, @PathVariable String assignmentId, Caller caller) {
        ReadingRotation.AssignmentReading found = reading.assignment(caller, officeId, assignmentId);
        return AssignmentView.of(found.day(), found.assignment());
    }

    @GetMapping("/logs")
    @Operation(summary = "The visit and call logs of a business day (time, consultant, source/media, outcome) and the "
            + "day's counts per office and per consultant (ROT-11)")
    ReceptionLogView logs(@PathVariable String officeId,
            @Parameter(description = "a business day of the office (YYYY-MM-DD); today if absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Caller caller) {
        return ReceptionLogView.of(day(caller, officeId, date));
    }

    @GetMapping("/fairness")
    @Operation(summary = "The daily fairness report: per consultant the receptions, how they counted, and every skip "
            + "with its rule and reason (ROT-3..10)")
    FairnessReportView fairness(@PathVariable String officeId,
            @Parameter(description = "a business day of the office (YYYY-MM-DD); today if absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Caller caller) {
        return FairnessReportView.of(day(caller, officeId, date));
    }

    private ReceptionDay day(Caller caller, String officeId, LocalDate date) {
        return date == null ? reading.today(caller, officeId) : reading.day(caller, officeId, date);
    }

    private static ActingFor forWhom(ForRequest request) {
        return request == null ? ActingFor.SELF : request.actingFor();
    }

    private static BoardView board(Change change) {
        return BoardView.of(change.day());
    }

    private static AssignmentView assignment(Change change) {
        return AssignmentView.of(change.day(), change.assignment());
    }
}
