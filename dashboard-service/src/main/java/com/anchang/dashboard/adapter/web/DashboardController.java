package com.anchang.dashboard.adapter.web;

import com.anchang.dashboard.application.ViewingDashboards;
import com.anchang.dashboard.application.ViewingDashboards.DeveloperDashboard;
import com.anchang.dashboard.application.ViewingDashboards.OfficeDashboard;
import com.anchang.dashboard.application.ViewingDashboards.YesterdayReport;
import com.anchang.dashboard.application.ViewingDiscounts;
import com.anchang.dashboard.application.ViewingDiscounts.DiscountsByApprover;
import com.anchang.dashboard.application.ViewingLeads;
import com.anchang.dashboard.application.ViewingLeads.LeadsView;
import com.anchang.dashboard.application.ViewingMoney;
import com.anchang.dashboard.application.ViewingMoney.MortgagesView;
import com.anchang.dashboard.application.ViewingMoney.ReceivablesView;
import com.anchang.dashboard.application.ViewingPeople;
import com.anchang.dashboard.application.ViewingPeople.LeagueView;
import com.anchang.dashboard.application.ViewingSellThrough;
import com.anchang.dashboard.application.ViewingService;
import com.anchang.dashboard.application.ViewingService.ServiceView;
import com.anchang.dashboard.application.ViewingSellThrough.DeveloperSellThrough;
import com.anchang.dashboard.application.ViewingSellThrough.OfficeSellThrough;
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
    private final ViewingSellThrough sellThrough;
    private final ViewingDiscounts discounts;
    private final ViewingMoney money;
    private final ViewingPeople people;
    private final ViewingService service;
    private final ViewingLeads leads;

    DashboardController(ViewingDashboards viewing, ViewingSellThrough sellThrough, ViewingDiscounts discounts,
            ViewingMoney money, ViewingPeople people, ViewingService service, ViewingLeads leads) {
        this.viewing = viewing;
        this.sellThrough = sellThrough;
        this.discounts = discounts;
        this.money = money;
        this.people = people;
        this.service = service;
        this.leads = leads;
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

    @GetMapping("/developers/{developerId}/yesterday")
    @Operation(summary = "The morning report: each office's yesterday, beside the day before and the same weekday a week before",
            description = "Yesterday is each office's own: the office day that ended at its last midnight in its time zone "
                    + "(the daily cut-off), stated with the instant it ended. The funnel, sales and money of each office and "
                    + "the developer's total of those days. Head office sees every office of its developer; a PM the "
                    + "offices they are PM of.")
    @ApiResponse(responseCode = "403", description = "Staff of the developer who are neither head office nor a PM")
    @ApiResponse(responseCode = "404", description = "Another developer")
    YesterdayReport yesterday(Caller caller, @PathVariable String developerId) {
        return viewing.yesterday(caller, developerId);
    }

    @GetMapping("/offices/{officeId}/sell-through")
    @Operation(summary = "One office's sell-through (去化率) as of now, per project and building",
            description = "Per building: units catalogued by its price list, withheld from sale, on sale (catalogued − "
                    + "withheld), sold (reserved by a formal deposit or contracted, as inventory-service's unit statuses "
                    + "say) and contracted; sold over on sale in percent with one decimal (null when nothing is on sale). "
                    + "Summed per project and for the office; units sold whose building no event named are counted for "
                    + "the office only (unplacedSold). For the office's PM and head office.")
    @ApiResponse(responseCode = "403", description = "A role of the office other than PM")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in and is not head office of")
    OfficeSellThrough officeSellThrough(Caller caller, @PathVariable String officeId) {
        return sellThrough.office(caller, officeId);
    }

    @GetMapping("/developers/{developerId}/sell-through")
    @Operation(summary = "Sell-through (去化率) as of now of every office of a developer the caller sees, and their sum",
            description = "Head office sees every office of its developer that has any figure; a PM sees the offices they are PM of.")
    @ApiResponse(responseCode = "403", description = "Staff of the developer who are neither head office nor a PM")
    @ApiResponse(responseCode = "404", description = "Another developer")
    DeveloperSellThrough developerSellThrough(Caller caller, @PathVariable String developerId) {
        return sellThrough.developer(caller, developerId);
    }

    @GetMapping("/offices/{officeId}/discounts")
    @Operation(summary = "The special discounts approved at an office over a period of office days, by approver (UNIT-4)",
            description = "Per approver (the PM or head office who approved): how many discounts and their total, counted "
                    + "on the office day of the approval. For the office's PM and head office.")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "A role of the office other than PM")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in and is not head office of")
    DiscountsByApprover officeDiscounts(Caller caller, @PathVariable String officeId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return discounts.office(caller, officeId, from, to);
    }

    @GetMapping("/developers/{developerId}/discounts")
    @Operation(summary = "The special discounts approved across a developer's offices the caller sees, by approver",
            description = "An approver of several offices is one row. Head office sees every office of its developer; a PM the offices they are PM of.")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "Staff of the developer who are neither head office nor a PM")
    @ApiResponse(responseCode = "404", description = "Another developer")
    DiscountsByApprover developerDiscounts(Caller caller, @PathVariable String developerId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return discounts.developer(caller, developerId, from, to);
    }

    @GetMapping("/offices/{officeId}/receivables")
    @Operation(summary = "Down payments still due at an office, aged as of an office day, with the deals behind each bucket",
            description = "Buckets: overdue over 90, 61–90, 31–60, 1–30 days; due within 7 days (the day asked included), "
                    + "in 8–30 days, later; each with the number of deals and what they still owe (the down payment the "
                    + "subscription or a price change states, less what is paid). The deals are listed most overdue first. "
                    + "For the office's PM and head office.")
    @ApiResponse(responseCode = "400", description = "asOf not a date (yyyy-MM-dd)")
    @ApiResponse(responseCode = "403", description = "A role of the office other than PM")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in and is not head office of")
    ReceivablesView officeReceivables(Caller caller, @PathVariable String officeId,
            @Parameter(description = "the office day to age by, yyyy-MM-dd; today in the office's zone when absent") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return money.officeReceivables(caller, officeId, asOf);
    }

    @GetMapping("/developers/{developerId}/receivables")
    @Operation(summary = "Down payments still due across a developer's offices the caller sees, aged as of a day, with the deals (and their office)",
            description = "Head office sees every office of its developer; a PM the offices they are PM of.")
    @ApiResponse(responseCode = "400", description = "asOf not a date (yyyy-MM-dd)")
    @ApiResponse(responseCode = "403", description = "Staff of the developer who are neither head office nor a PM")
    @ApiResponse(responseCode = "404", description = "Another developer")
    ReceivablesView developerReceivables(Caller caller, @PathVariable String developerId,
            @Parameter(description = "the day to age by, yyyy-MM-dd; today in the offices' zone when absent") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return money.developerReceivables(caller, developerId, asOf);
    }

    @GetMapping("/offices/{officeId}/mortgages")
    @Operation(summary = "An office's mortgages by loan kind: in progress now (awaiting the bank appointment, at the bank) and disbursed over a period",
            description = "No event states the bank's approval: it happens while the deal is at the bank. For the office's PM and head office.")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "A role of the office other than PM")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in and is not head office of")
    MortgagesView officeMortgages(Caller caller, @PathVariable String officeId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return money.officeMortgages(caller, officeId, from, to);
    }

    @GetMapping("/developers/{developerId}/mortgages")
    @Operation(summary = "Mortgages by loan kind across a developer's offices the caller sees")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "Staff of the developer who are neither head office nor a PM")
    @ApiResponse(responseCode = "404", description = "Another developer")
    MortgagesView developerMortgages(Caller caller, @PathVariable String developerId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return money.developerMortgages(caller, developerId, from, to);
    }

    @GetMapping("/offices/{officeId}/consultants")
    @Operation(summary = "An office's consultant league table over a period of office days",
            description = "Per consultant, ranked by the net amount subscribed on deals naming them closing consultant "
                    + "(subscribed − cancelled ± swapped ± repriced; commission-service publishes no credit amounts): "
                    + "receptions (ROT-11), new leads they own, subscriptions (gross and net), conversion (net "
                    + "subscriptions over new leads), contracts and their net amount, effective follow-ups, leads "
                    + "registered in the period that reached the minimum follow-ups (LEAD-12) and their share, violations "
                    + "recorded against them (LEAD-9). For the office's PM and head office.")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "A role of the office other than PM")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in and is not head office of")
    LeagueView officeConsultants(Caller caller, @PathVariable String officeId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return people.office(caller, officeId, from, to);
    }

    @GetMapping("/developers/{developerId}/consultants")
    @Operation(summary = "The consultant league table across a developer's offices the caller sees (a consultant of several offices is one row)")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "Staff of the developer who are neither head office nor a PM")
    @ApiResponse(responseCode = "404", description = "Another developer")
    LeagueView developerConsultants(Caller caller, @PathVariable String developerId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return people.developer(caller, developerId, from, to);
    }

    @GetMapping("/offices/{officeId}/service")
    @Operation(summary = "An office's service over a period: collisions per week and how decided, reminders per channel, escalations open and their age",
            description = "Collisions (LEAD-5) found per week (Monday to Sunday, cut to the period) and resolved with the "
                    + "automatic decision upheld or overridden by the PM; reminders unanswered and undeliverable per "
                    + "channel (notification-service publishes no planned, sent or delivered reminders); the "
                    + "escalations still open now, oldest first, with their age in hours. For the office's PM and head office.")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "A role of the office other than PM")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in and is not head office of")
    ServiceView officeService(Caller caller, @PathVariable String officeId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return service.office(caller, officeId, from, to);
    }

    @GetMapping("/developers/{developerId}/service")
    @Operation(summary = "Service across a developer's offices the caller sees: collisions per week, reminders per channel, escalations open")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "Staff of the developer who are neither head office nor a PM")
    @ApiResponse(responseCode = "404", description = "Another developer")
    ServiceView developerService(Caller caller, @PathVariable String developerId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return service.developer(caller, developerId, from, to);
    }

    @GetMapping("/offices/{officeId}/leads")
    @Operation(summary = "The leads behind an office's new-leads figure over a period (drill-down), the customer's name masked (LEAD-10)",
            description = "Per lead: its office day of registration, owner, source and the customer's name as others than "
                    + "the owner see it (first character, then stars); no contact details. For the office's PM and head office.")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "A role of the office other than PM")
    @ApiResponse(responseCode = "404", description = "An office the caller has no role in and is not head office of")
    LeadsView officeLeads(Caller caller, @PathVariable String officeId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return leads.office(caller, officeId, from, to);
    }

    @GetMapping("/developers/{developerId}/leads")
    @Operation(summary = "The leads behind a developer's new-leads figure across the offices the caller sees, names masked (LEAD-10)")
    @ApiResponse(responseCode = "400", description = "from or to missing or not a date (yyyy-MM-dd), to before from, or a longer period than allowed")
    @ApiResponse(responseCode = "403", description = "Staff of the developer who are neither head office nor a PM")
    @ApiResponse(responseCode = "404", description = "Another developer")
    LeadsView developerLeads(Caller caller, @PathVariable String developerId,
            @Parameter(description = "first office day, yyyy-MM-dd") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last office day, included") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return leads.developer(caller, developerId, from, to);
    }
}
