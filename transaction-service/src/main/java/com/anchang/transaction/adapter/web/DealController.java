package com.anchang.transaction.adapter.web;

import com.anchang.support.security.Caller;
import com.anchang.transaction.application.OpeningDeal;
import com.anchang.transaction.application.ViewingDeals;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.NextStep;
import com.anchang.transaction.domain.ReceivableSchedule;
import com.anchang.transaction.domain.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/deals")
@Tag(name = "deals", description = "Deals from the unit check to the handover (UNIT-2, UNIT-3, DEAL-1..8): opening, reads, "
        + "timeline, next steps, receipts. A consultant sees their own deals; sales control, finance and the PM their "
        + "office's; head office its developer's; to anyone else a deal is unknown (404).")
class DealController {

    /** Ids travel in URLs to other services: letters, digits and . _ - only. */
    static final String ID = "[A-Za-z0-9._-]+";

    private final OpeningDeal opening;
    private final ViewingDeals viewing;

    DealController(OpeningDeal opening, ViewingDeals viewing) {
        this.opening = opening;
        this.viewing = viewing;
    }

    /** The developer and the consultant are the caller's; the office is one where the caller is a consultant. */
    record OpenDealRequest(
            @NotBlank @Size(max = 64) String officeId,
            @NotBlank @Size(max = 64) @Pattern(regexp = ID) String unitId,
            @NotBlank @Size(max = 64) String leadId,
            @NotBlank @Size(max = 50) String buyerName,
            @NotBlank @Pattern(regexp = "1[3-9][0-9]{9}", message = "must be an 11-digit mainland mobile number")
            String buyerMobile,
            Buyer.Channel buyerChannel) {
    }

    /** One line of an office's list of deals; the buyer's mobile masked (LEAD-10). */
    record DealSummary(String dealId, String unitId, String unitCode, String consultantId, String leadId,
            String buyerName, String buyerMobile, DealStatus status, BigDecimal price, BigDecimal paid,
            LocalDate downPaymentDueDate, Instant openedAt) {

        static DealSummary of(Deal deal) {
            return new DealSummary(deal.id(), deal.unitId(), deal.unitCode(), deal.consultantId(), deal.leadId(),
                    deal.buyer().name(), deal.buyer().maskedMobile(), deal.status(), deal.price(), deal.held(),
                    deal.downPaymentDueDate(), deal.openedAt());
        }
    }

    record OfficeDeals(String officeId, List<DealSummary> deals) {
    }

    record Timeline(String dealId, DealStatus status, List<TimelineEntry> entries, List<ReceiptView> receipts,
            ScheduleView schedule) {
    }

    /** The receivable schedule with its totals: paid, owed, late fees on what is overdue. */
    record ScheduleView(String dealId, LocalDate asOf, BigDecimal lateFeePerDay, List<ReceivableSchedule.Line> lines,
            BigDecimal paid, BigDecimal owed, BigDecimal lateFees) {

        static ScheduleView of(ReceivableSchedule schedule) {
            return new ScheduleView(schedule.dealId(), schedule.asOf(), schedule.lateFeePerDay(), schedule.lines(),
                    schedule.paid(), schedule.owed(), schedule.lateFees());
        }
    }

    record NextSteps(String dealId, DealStatus status, List<NextStep> next) {
    }

    /** DEAL-1: a payment waiting for its second person, with its deal (the buyer's mobile masked, LEAD-10). */
    record WaitingPaymentView(String dealId, String unitCode, String buyerName, String buyerMobile,
            String consultantId, DealStatus status, DealView.PaymentView payment) {

        static WaitingPaymentView of(ViewingDeals.WaitingPayment waiting) {
            Deal deal = waiting.deal();
            return new WaitingPaymentView(deal.id(), deal.unitCode(), deal.buyer().name(), deal.buyer().maskedMobile(),
                    deal.consultantId(), deal.status(), DealView.PaymentView.of(waiting.payment()));
        }
    }

    record OfficeWaitingPayments(String officeId, List<WaitingPaymentView> waiting) {
    }

    @PostMapping
    @Operation(summary = "Open a deal on a unit that sales control confirms available (UNIT-2)",
            description = "By a consultant of the office named (no role there: 404, another role: 403), who becomes "
                    + "the deal's consultant. Asks inventory-service synchronously with the caller's token. A unit it "
                    + "does not know or the caller may not see, or a unit of another office, is bad input: 400 naming "
                    + "unitId (the unit is named in the body, not in the URL). A unit that is not AVAILABLE: 409 "
                    + "naming UNIT-2. No answer from sales control in time: 503, nothing stored. A retry with the same "
                    + "Idempotency-Key answers the deal the first request opened.")
    @ApiResponse(responseCode = "201", description = "Deal OPENED; DealOpened is published")
    @ApiResponse(responseCode = "400", description = "Invalid input or unknown unit, naming the field")
    @ApiResponse(responseCode = "403", description = "The caller is not a consultant of that office")
    @ApiResponse(responseCode = "404", description = "The caller has no role at that office")
    @ApiResponse(responseCode = "409", description = "The unit is not available (UNIT-2)")
    @ApiResponse(responseCode = "503", description = "Availability of the unit unknown, try again")
    ResponseEntity<DealView> open(@Valid @RequestBody OpenDealRequest request, Caller caller,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token, RequestId requestId) {
        Deal deal = opening.open(caller, token.getTokenValue(), new OpeningDeal.OpenDeal(request.officeId(),
                request.unitId(), request.leadId(), request.buyerName(), request.buyerMobile(), request.buyerChannel(),
                requestId.value()));
        return ResponseEntity.created(URI.create("/api/deals/" + deal.id())).body(DealView.of(deal));
    }

    @GetMapping
    @Operation(summary = "An office's deals, newest first, by status and by consultant",
            description = "A consultant lists only their own deals (naming a colleague: 403); sales control, finance and "
                    + "the PM the office's; head office any office of its developer. Paged: page (from 0) of size "
                    + "(at most 200, the default).")
    @ApiResponse(responseCode = "200", description = "The deals")
    @ApiResponse(responseCode = "404", description = "The caller has no role at that office")
    OfficeDeals office(@RequestParam @Size(max = 64) String officeId,
            @RequestParam(required = false) DealStatus status,
            @RequestParam(required = false) @Size(max = 64) String consultantId,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "200") @Min(1) @Max(ViewingDeals.PAGE) int size, Caller caller) {
        return new OfficeDeals(officeId, viewing.ofOffice(caller, officeId, status, consultantId, page, size).stream()
                .map(DealSummary::of).toList());
    }

    @GetMapping("/waiting-payments")
    @Operation(summary = "The office's payments entered and waiting for their second person (DEAL-1), longest wait first",
            description = "Read from the office's waiting list by key, not by reading each deal: finance's and the PM's "
                    + "list of money to confirm. By the office's finance and PM, and head office; consultants and "
                    + "sales control: 403; no role at the office: 404. At most 200 deals.")
    @ApiResponse(responseCode = "200", description = "The waiting payments, each with its deal")
    @ApiResponse(responseCode = "400", description = "officeId missing or too long")
    @ApiResponse(responseCode = "403", description = "The caller is not finance or the PM of that office")
    @ApiResponse(responseCode = "404", description = "The caller has no role at that office")
    OfficeWaitingPayments waitingPayments(@RequestParam @Size(max = 64) String officeId, Caller caller) {
        return new OfficeWaitingPayments(officeId, viewing.waitingOf(caller, officeId).stream()
                .map(WaitingPaymentView::of).toList());
    }

    @GetMapping("/{dealId}")
    @Operation(summary = "One deal and where it stands: its money, receipts, papers, mortgage")
    DealView deal(@PathVariable String dealId, Caller caller) {
        return DealView.of(viewing.deal(caller, dealId));
    }

    @GetMapping("/{dealId}/timeline")
    @Operation(summary = "A deal's timeline: every step, payment, receipt and refund, who and when, in order, and its "
            + "receivable schedule as of today")
    Timeline timeline(@PathVariable String dealId, Caller caller) {
        Deal deal = viewing.deal(caller, dealId);
        return new Timeline(deal.id(), deal.status(), deal.timeline(),
                deal.receipts().stream().map(r -> ReceiptView.of(r, deal.valid(r))).toList(),
                ScheduleView.of(viewing.schedule(caller, dealId)));
    }

    @GetMapping("/{dealId}/schedule")
    @Operation(summary = "A deal's receivable schedule: deposits, down payment, loan funds or balance, due dates, "
            + "the money allocated to each; paid, owed, overdue with days and the late fee (office policy, per day)")
    ScheduleView schedule(@PathVariable String dealId, Caller caller) {
        return ScheduleView.of(viewing.schedule(caller, dealId));
    }

    @GetMapping("/{dealId}/next")
    @Operation(summary = "What a deal needs next, by whom, and the rule that asks for it")
    NextSteps next(@PathVariable String dealId, Caller caller) {
        Deal deal = viewing.deal(caller, dealId);
        return new NextSteps(deal.id(), deal.status(), viewing.next(caller, dealId));
    }

    @GetMapping("/receipts/{number}")
    @Operation(summary = "A receipt by its number (DEAL-2), as issued and where it stands now",
            description = "Unknown (404) to anyone who may not see its deal.")
    @ApiResponse(responseCode = "200", description = "The receipt")
    @ApiResponse(responseCode = "404", description = "No such receipt, or not the caller's to see")
    ReceiptView receipt(@PathVariable String number, Caller caller) {
        ViewingDeals.ReceiptAnswer answer = viewing.receipt(caller, number);
        return ReceiptView.of(answer.receipt(), answer.valid());
    }
}
