package com.anchang.transaction.adapter.web;

import com.anchang.support.security.Caller;
import com.anchang.transaction.application.OpeningDeal;
import com.anchang.transaction.application.TakingDeposit;
import com.anchang.transaction.application.ViewingDeals;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.PaymentMethod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/deals")
@Tag(name = "deals", description = "Deals from the unit check to the formal deposit (UNIT-2, UNIT-3, DEAL-1). Only the "
        + "staff of a deal's office and its head office see it; to anyone else it is unknown (404).")
class DealController {

    /** Ids travel in URLs to other services: letters, digits and . _ - only. */
    static final String ID = "[A-Za-z0-9._-]+";

    private final OpeningDeal opening;
    private final TakingDeposit taking;
    private final ViewingDeals viewing;

    DealController(OpeningDeal opening, TakingDeposit taking, ViewingDeals viewing) {
        this.opening = opening;
        this.taking = taking;
        this.viewing = viewing;
    }

    /** The developer and the consultant are the caller's; the office is one where the caller is a consultant. */
    record OpenDealRequest(
            @NotBlank @Size(max = 64) String officeId,
            @NotBlank @Size(max = 64) @Pattern(regexp = ID) String unitId,
            @NotBlank @Size(max = 64) String leadId,
            @NotBlank @Size(max = 50) String buyerName,
            @NotBlank @Pattern(regexp = "1[3-9][0-9]{9}", message = "must be an 11-digit mainland mobile number")
            String buyerMobile) {
    }

    /** The receiver is the caller (finance or the PM of the deal's office); the witness is the second person. */
    record DepositRequest(
            @NotNull @Positive @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal amount,
            @NotNull PaymentMethod method,
            @NotBlank @Size(max = 64) String witnessedBy,
            @NotNull LocalDate downPaymentDueDate) {
    }

    @PostMapping
    @Operation(summary = "Open a deal on a unit that sales control confirms available (UNIT-2)",
            description = "By a consultant of the office named (no role there: 404, another role: 403), who becomes "
                    + "the deal's consultant. Asks inventory-service synchronously with the caller's token. A unit it "
                    + "does not know or the caller may not see, or a unit of another office, is bad input: 400 naming "
                    + "unitId (the unit is named in the body, not in the URL). A unit that is not AVAILABLE: 409 "
                    + "naming UNIT-2. No answer from sales control in time: 503, nothing stored.")
    @ApiResponse(responseCode = "201", description = "Deal OPENED; DealOpened is published")
    @ApiResponse(responseCode = "400", description = "Invalid input or unknown unit, naming the field")
    @ApiResponse(responseCode = "403", description = "The caller is not a consultant of that office")
    @ApiResponse(responseCode = "404", description = "The caller has no role at that office")
    @ApiResponse(responseCode = "409", description = "The unit is not available (UNIT-2)")
    @ApiResponse(responseCode = "503", description = "Availability of the unit unknown, try again")
    ResponseEntity<DealView> open(@Valid @RequestBody OpenDealRequest request, Caller caller,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token) {
        Deal deal = opening.open(caller, token.getTokenValue(), new OpeningDeal.OpenDeal(request.officeId(),
                request.unitId(), request.leadId(), request.buyerName(), request.buyerMobile()));
        return ResponseEntity.created(URI.create("/api/deals/" + deal.id())).body(DealView.of(deal));
    }

    @GetMapping("/{dealId}")
    @Operation(summary = "One deal and where it stands")
    DealView deal(@PathVariable String dealId, Caller caller) {
        return DealView.of(viewing.deal(caller, dealId));
    }

    @PostMapping("/{dealId}/deposit")
    @Operation(summary = "Receive the formal deposit of a deal whose unit is held (UNIT-2, UNIT-3), two people present (DEAL-1)",
            description = "Received by the caller, who must be finance or the PM of the deal's office; the witness "
                    + "is someone else.")
    @ApiResponse(responseCode = "200", description = "DEPOSIT_RECEIVED; DepositReceived is published")
    @ApiResponse(responseCode = "403", description = "The caller is not finance or the PM of the deal's office")
    @ApiResponse(responseCode = "409", description = "Refused by a rule (UNIT-2, UNIT-3, DEAL-1), naming it")
    DealView deposit(@PathVariable String dealId, @Valid @RequestBody DepositRequest request, Caller caller) {
        return DealView.of(taking.take(caller, new TakingDeposit.TakeDeposit(dealId, request.amount(),
                request.method(), request.witnessedBy(), request.downPaymentDueDate())));
    }
}
