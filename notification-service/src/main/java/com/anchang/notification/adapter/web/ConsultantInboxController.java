package com.anchang.notification.adapter.web;

import com.anchang.notification.application.RemindingConsultants;
import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/notifications/consultants")
@Tag(name = "consultants' reminders", description = "Reminders to consultants in the app (NOTE-6, LEAD-11)")
class ConsultantInboxController {

    private final RemindingConsultants reminding;
    private final ConsultantInboxStream stream;

    ConsultantInboxController(RemindingConsultants reminding, ConsultantInboxStream stream) {
        this.reminding = reminding;
        this.stream = stream;
    }

    /**
     * @param subject what it is about (the lead's id, the collision's or the claim's id)
     * @param doneAt when what waited for the PM was decided (absent while it waits)
     */
    record ConsultantReminderView(String id, String officeId, ConsultantReminder.Kind kind, String subject, String text,
            Instant at, Instant doneAt, String outcome) {
    }

    @GetMapping("/me/inbox")
    @Operation(summary = "The caller's own reminders, newest first: leads whose protection is about to lapse; for a PM "
            + "also the collisions and claims waiting for the office's PM, marked done once decided (NOTE-6)",
            description = "Every signed-in user reads their own inbox only (a PM: with their offices' PM inbox); it is "
                    + "empty for one who is no consultant or PM.")
    List<ConsultantReminderView> myInbox(Caller caller, @RequestParam(defaultValue = "100") int limit) {
        return reminding.mine(caller, limit).stream().map(ConsultantInboxController::view).toList();
    }

    @GetMapping(path = "/me/inbox/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "The caller's own inbox live: server-sent events, 'inbox' (the inbox as it is, newest first) at "
            + "once, then 'reminder' for each reminder stored for the caller afterwards (NOTE-6)",
            description = "Every signed-in user, their own inbox only.")
    SseEmitter myInboxStream(Caller caller, @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "true: only the inbox as it is, then the stream ends")
            @RequestParam(defaultValue = "false") boolean once) {
        return stream.subscribe(RemindingConsultants.addressees(caller), caller.developerId(), () -> myInbox(caller, limit),
                once);
    }

    static ConsultantReminderView view(ConsultantReminder r) {
        return new ConsultantReminderView(r.id(), r.officeId(), r.kind(), r.subject(), r.text(), r.at(), r.doneAt(),
                r.outcome());
    }
}
