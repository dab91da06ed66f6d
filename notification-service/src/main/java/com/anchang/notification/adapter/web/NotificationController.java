package com.anchang.notification.adapter.web;

import com.anchang.notification.application.ViewingReminders;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "reminders", description = "Reminders to buyers (NOTE-1, NOTE-3)")
class NotificationController {

    private final ViewingReminders viewing;

    NotificationController(ViewingReminders viewing) {
        this.viewing = viewing;
    }

    @GetMapping("/deals/{dealId}/reminders")
    @Operation(summary = "The reminders planned for a deal's buyer (NOTE-1: down payment, 5 and 2 days before by default)",
            description = "For every role of the deal's office and head office; the buyer's mobile is always masked (LEAD-10).")
    @ApiResponse(responseCode = "404", description = "No reminders for this deal (no deposit received yet), or a deal of an "
            + "office the caller has no role in")
    ReminderScheduleView reminders(Caller caller, @PathVariable String dealId) {
        return ReminderScheduleView.of(viewing.ofDeal(caller, dealId));
    }
}
