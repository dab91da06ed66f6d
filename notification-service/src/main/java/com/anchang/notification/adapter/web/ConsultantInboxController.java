package com.anchang.notification.adapter.web;

import com.anchang.notification.application.RemindingConsultants;
import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications/consultants")
@Tag(name = "consultants' reminders", description = "Reminders to consultants in the app (NOTE-6, LEAD-11)")
class ConsultantInboxController {

    private final RemindingConsultants reminding;

    ConsultantInboxController(RemindingConsultants reminding) {
        this.reminding = reminding;
    }

    /** @param subject what it is about (the lead's id) */
    record ConsultantReminderView(String id, String officeId, ConsultantReminder.Kind kind, String subject, String text,
            Instant at) {
    }

    @GetMapping("/me/inbox")
    @Operation(summary = "The caller's own reminders, newest first: leads whose protection is about to lapse (NOTE-6)",
            description = "Every signed-in user reads their own inbox only; it is empty for one who is no consultant.")
    List<ConsultantReminderView> myInbox(Caller caller, @RequestParam(defaultValue = "100") int limit) {
        return reminding.mine(caller, limit).stream().map(r -> new ConsultantReminderView(r.id(), r.officeId(), r.kind(),
                r.subject(), r.text(), r.at())).toList();
    }
}
