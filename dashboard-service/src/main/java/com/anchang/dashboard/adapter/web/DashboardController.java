package com.anchang.dashboard.adapter.web;

import com.anchang.dashboard.application.ViewingDashboards;
import com.anchang.dashboard.application.ViewingDashboards.DeveloperDashboard;
import com.anchang.dashboard.application.ViewingDashboards.OfficeDashboard;
import com.anchang.support.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/dashboards")
@Tag(name = "dashboard", description = "Head office's and PMs' figures per office and period, from the other services' events")
class DashboardController {

    private final ViewingDashboards viewing;

    DashboardController(ViewingDashboards viewing) {
        this.viewing = viewing;
    }

    @GetMapping("/offices/{officeId}")
    @Operation(summary = "One office's funnel over a period of office days, beside the same number of days before it",
            description = "Receptions (visits and calls, ROT-11), new leads, temporary and formal deposits, subscriptions, "
                    + "contracts, each with its conversion from the step before; cancellations; net subscriptions and "
                    + "contracts (signed − cancelled); money collected, refunded and net. Days are the office's calendar "
                    + "days in its time zone. For the office's PM and head office.")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "A role of the office other than PM")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in and is not head office of")
    OfficeDashboard office(Caller caller, @PathVariable String officeId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return viewing.office(caller, officeId, from, to);
    }

    @GetMapping("/developers/{developerId}")
    @Operation(summary = "Every office of a developer on one page: each office's funnel and the developer's total, over a period and the one before",
            description = "Head office sees every office of its developer that has any figure; a PM sees the offices they are PM of.")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "Staff of the developer who are neither head office nor a PM")
    @ApiResponse(responseCode = "404", description = "Another developer")
    DeveloperDashboard developer(Caller caller, @PathVariable String developerId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return viewing.developer(caller, developerId, from, to);
    }
}
