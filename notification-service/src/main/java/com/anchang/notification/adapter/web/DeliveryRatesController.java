package com.anchang.notification.adapter.web;

import com.anchang.notification.application.ViewingDeliveryRates;
import com.anchang.notification.domain.Channel;
import com.anchang.notification.domain.DeliveryRates;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "delivery rates", description = "Reminders sent, delivered and failed per office, channel and day (NOTE-3)")
class DeliveryRatesController {

    private final ViewingDeliveryRates viewing;

    DeliveryRatesController(ViewingDeliveryRates viewing) {
        this.viewing = viewing;
    }

    /** One office's reminders of one channel sent on one day (the office's), and what became of them. */
    record Rate(String officeId, LocalDate day, Channel channel, long sent, long delivered, long failed) {

        static Rate of(DeliveryRates.Counts c) {
            return new Rate(c.officeId(), c.day(), c.channel(), c.sent(), c.delivered(), c.failed());
        }
    }

    @GetMapping("/developers/{developerId}/delivery-rates")
    @Operation(summary = "Reminders sent, delivered and failed per office, channel and day of the send, for head office",
            description = "For head office of the developer; from .. to at most notification.delivery-rates.max-days (92) days.")
    @ApiResponse(responseCode = "403", description = "Staff of the developer's offices (head office only)")
    @ApiResponse(responseCode = "404", description = "Another developer")
    List<Rate> ofDeveloper(Caller caller, @PathVariable String developerId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return viewing.ofDeveloper(caller, developerId, from, to).stream().map(Rate::of).toList();
    }

    @GetMapping("/offices/{officeId}/delivery-rates")
    @Operation(summary = "The office's reminders sent, delivered and failed per channel and day of the send",
            description = "For the office's PM and head office of its developer.")
    @ApiResponse(responseCode = "403", description = "Another role of the office")
    @ApiResponse(responseCode = "404", description = "An office the caller holds no role in (head office: of another developer)")
    List<Rate> ofOffice(Caller caller, @PathVariable String officeId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return viewing.ofOffice(caller, officeId, from, to).stream().map(Rate::of).toList();
    }
}
