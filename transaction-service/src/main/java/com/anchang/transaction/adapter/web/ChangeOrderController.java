package com.anchang.transaction.adapter.web;

import com.anchang.support.security.Caller;
import com.anchang.transaction.application.ChangingDeal;
import com.anchang.transaction.domain.ChangeOrder;
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
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A deal's change orders (DEAL-9): a unit swap (换房), a buyer change (更名), a price change after the
 * subscription (UNIT-4), a forfeit (挞定). Requested by the deal's consultant or the PM, approved, rejected or
 * undone by the PM, each with a note. Every command answers the deal as it is after it, its change orders
 * in {@code changeOrders}; a retry with the same {@code Idempotency-Key} has one effect. Refused by a rule:
 * 409 naming it; bad input: 400 naming the field; nothing stored either way.
 */
@RestController
@RequestMapping("/api/deals/{dealId}/change-orders")
@Tag(name = "change orders", description = "Unit swap, buyer change, price change and forfeit, decided by the PM")
class ChangeOrderController {

    private final ChangingDeal changing;

    ChangeOrderController(ChangingDeal changing) {
        this.changing = changing;
    }

    /**
     * What is asked, by kind: UNIT_SWAP names {@code newUnitId} (and optionally the {@code price} the PM
     * approves on it, at most its list price); BUYER_CHANGE names {@code addCoBuyer} and/or
     * {@code removeCoBuyer}; PRICE_CHANGE names the new {@code price}; FORFEIT asks nothing more.
     */
    record ChangeRequest(
            @NotNull ChangeOrder.Kind kind,
            @NotBlank @Size(max = 200) String reason,
            @Size(max = 64) String newUnitId,
            @Positive @DecimalMax("100000000") @Digits(integer = 9, fraction = 2) BigDecimal price,
            @Size(max = 50) String addCoBuyer,
            @Size(max = 50) String removeCoBuyer) {
    }

    /**
     * The PM's decision: a note; approving a BUYER_CHANGE also states the finding of LEAD-9's check
     * ({@code claimCheckNote}); approving a FORFEIT names how a down payment held is refunded.
     */
    record DecisionRequest(
            @NotBlank @Size(max = 200) String note,
            @Size(max = 500) String claimCheckNote,
            PaymentMethod refundMethod) {
    }

    @PostMapping
    @Operation(summary = "Request a change order (DEAL-9): unit swap, buyer change, price change or forfeit",
            description = "By the deal's consultant or the PM, with a reason; one waits at a time. A unit swap asks "
                    + "inventory-service about the new unit with the caller's token: an unknown unit is 400 naming "
                    + "newUnitId, a unit not AVAILABLE 409 naming UNIT-2, the deal's own unit 400. A swap is made "
                    + "between the formal deposit and the contract; a price change after the subscription fixed "
                    + "the price (before it, 409 naming UNIT-4: a discount is approved at sales control).")
    @ApiResponse(responseCode = "200", description = "The deal, the change order waiting for the PM")
    @ApiResponse(responseCode = "409", description = "Refused by a rule (DEAL-9, UNIT-2, UNIT-4, DEAL-8)")
    DealView request(@PathVariable String dealId, @Valid @RequestBody ChangeRequest request, Caller caller,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token, RequestId requestId) {
        return DealView.of(changing.request(caller, token.getTokenValue(), dealId, requestId.value(),
                new ChangingDeal.Request(request.kind(), request.reason(), request.newUnitId(), request.price(),
                        request.addCoBuyer(), request.removeCoBuyer())));
    }

    @PostMapping("/{changeOrderId}/approve")
    @Operation(summary = "The PM approves a waiting change order; it is applied at once",
            description = "Only the PM: others 403. A unit swap: the new unit is asked of inventory-service again; "
                    + "taken meanwhile, 409 naming UNIT-2 and the deal keeps its unit; else the deal moves to it with "
                    + "its money (publishes transaction.unit-swapped: inventory releases the old unit and takes the "
                    + "new one). A buyer change needs claimCheckNote, the PM's finding on LEAD-9 (publishes "
                    + "transaction.buyer-changed). A price change publishes transaction.price-changed. A forfeit "
                    + "ends the deal with the deposits kept (publishes transaction.deal-cancelled with forfeit true).")
    @ApiResponse(responseCode = "200", description = "The deal with the change applied")
    @ApiResponse(responseCode = "403", description = "The caller is not the PM of the deal's office")
    DealView approve(@PathVariable String dealId, @PathVariable String changeOrderId,
            @Valid @RequestBody DecisionRequest request, Caller caller,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token, RequestId requestId) {
        return DealView.of(changing.approve(caller, token.getTokenValue(), dealId, changeOrderId, requestId.value(),
                decision(request)));
    }

    @PostMapping("/{changeOrderId}/reject")
    @Operation(summary = "The PM rejects a waiting change order, with a note; the deal stays as it is",
            description = "Only the PM: others 403.")
    DealView reject(@PathVariable String dealId, @PathVariable String changeOrderId,
            @Valid @RequestBody DecisionRequest request, Caller caller, RequestId requestId) {
        return DealView.of(changing.reject(caller, dealId, changeOrderId, requestId.value(), decision(request)));
    }

    @PostMapping("/{changeOrderId}/undo")
    @Operation(summary = "The PM undoes an applied change order while the deal has not moved on",
            description = "Only the PM: others 403. Undone only while the deal is at the step it was at when the "
                    + "change was applied, no money was received since and no later change was applied (else 409 "
                    + "naming DEAL-9); a swap only while the previous unit is AVAILABLE (409 naming UNIT-2); a forfeit "
                    + "never. Publishes the change's event again with undo true.")
    DealView undo(@PathVariable String dealId, @PathVariable String changeOrderId,
            @Valid @RequestBody DecisionRequest request, Caller caller,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token, RequestId requestId) {
        return DealView.of(changing.undo(caller, token.getTokenValue(), dealId, changeOrderId, requestId.value(),
                decision(request)));
    }

    private static ChangingDeal.Decision decision(DecisionRequest request) {
        return new ChangingDeal.Decision(request.note(), request.claimCheckNote(), request.refundMethod());
    }
}
