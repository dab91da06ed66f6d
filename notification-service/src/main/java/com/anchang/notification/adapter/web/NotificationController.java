package com.anchang.notification.adapter.web;

import com.anchang.notification.application.ChoosingChannels;
import com.anchang.notification.application.LocalInbox;
import com.anchang.notification.application.ViewingInbox;
import com.anchang.notification.application.ViewingReminders;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.ReminderSchedule;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "reminders", description = "Reminders to buyers (NOTE-1..NOTE-5)")
class NotificationController {

    private final ViewingReminders viewing;
    private final ChoosingChannels choosing;
    private final ViewingInbox inbox;

    NotificationController(ViewingReminders viewing, ChoosingChannels choosing, ViewingInbox inbox) {
        this.viewing = viewing;
        this.choosing = choosing;
        this.inbox = inbox;
    }

    @GetMapping("/deals/{dealId}/reminders")
    @Operation(summary = "The reminders of a deal's buyer and how each was delivered (NOTE-1, NOTE-3, NOTE-4)",
            description = "For every role of the deal's office and head office; the buyer's mobile is always masked (LEAD-10).")
    @ApiResponse(responseCode = "404", description = "No reminders for this deal (no deposit received yet), or a deal of an "
            + "office the caller has no role in")
    ReminderScheduleView reminders(Caller caller, @PathVariable String dealId) {
        ReminderSchedule schedule = viewing.ofDeal(caller, dealId);
        return ReminderScheduleView.of(schedule, viewing.texts(schedule));
    }

    /** One reminder of the office's day. @param recipient the buyer's mobile, masked (LEAD-10) */
    record DayReminder(String dealId, String unitId, String recipient, ReminderScheduleView.ReminderView reminder) {
    }

    @GetMapping("/offices/{officeId}/reminders")
    @Operation(summary = "The office's reminders of a day (in its zone), in time order, with their status and text",
            description = "For every role of the office and head office; buyers' mobiles masked for all (LEAD-10).")
    @ApiResponse(responseCode = "404", description = "An office the caller holds no role in (head office: of another developer)")
    List<DayReminder> officeDay(Caller caller, @PathVariable String officeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return viewing.ofOfficeDay(caller, officeId, date).stream().map(shown -> new DayReminder(
                shown.schedule().dealId(), shown.schedule().unitId(), shown.schedule().recipient().maskedMobile(),
                ReminderScheduleView.ReminderView.of(shown.reminder(), shown.text()))).toList();
    }

    /**
     * @param preferred SMS or WECHAT: tried first, the other is the fallback
     * @param wechatOpenId the buyer's open id at the office's official account (null keeps the known one)
     * @param optedOut channels the buyer does not want to be reminded by
     */
    record ChannelChoice(@NotNull Channel preferred, String wechatOpenId, Set<Channel> optedOut) {
    }

    @PutMapping("/deals/{dealId}/buyer-channels")
    @Operation(summary = "Record how the buyer wants to be reminded: SMS or WeChat first, opted-out channels (NOTE-3)",
            description = "By a consultant or the PM of the deal's office; the reminders not yet sent go by it.")
    @ApiResponse(responseCode = "403", description = "A role of the office that does not record it")
    ReminderScheduleView chooseChannels(Caller caller, @PathVariable String dealId, @Valid @RequestBody ChannelChoice choice) {
        ReminderSchedule schedule = choosing.choose(caller, dealId,
                new ChoosingChannels.Choice(choice.preferred(), choice.wechatOpenId(), choice.optedOut()));
        return ReminderScheduleView.of(schedule, viewing.texts(schedule));
    }

    /** One entry of the local inbox. @param mobile masked except for the office's PM (LEAD-10) */
    record InboxEntry(String reference, String dealId, String mobile, Channel channel, String text, String status,
            Instant at) {
    }

    @GetMapping("/inbox")
    @Operation(summary = "What the office's buyers would have received, where no provider account is configured (the "
            + "embedded default): channel, text, status, newest first",
            description = "For the office's PM, finance and consultants; buyers' mobiles are masked except for the PM (LEAD-10).")
    @ApiResponse(responseCode = "404", description = "An office the caller holds no role in")
    List<InboxEntry> inbox(Caller caller, @RequestParam String officeId, @RequestParam(defaultValue = "100") int limit) {
        return inbox.ofOffice(caller, officeId, limit).stream().map(NotificationController::entry).toList();
    }

    private static InboxEntry entry(LocalInbox.Entry e) {
        return new InboxEntry(e.reference(), e.dealId(), e.mobile(), e.channel(), e.text(), e.status(), e.at());
    }
}
