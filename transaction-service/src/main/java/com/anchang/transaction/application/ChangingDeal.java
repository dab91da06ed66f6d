package com.anchang.transaction.application;

import com.anchang.support.problem.InvalidInputException;
import com.anchang.support.security.Caller;
import com.anchang.transaction.domain.ChangeOrder;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.PaymentMethod;
import com.anchang.transaction.domain.Receipt;
import com.anchang.transaction.domain.ReceiptRegister;
import com.anchang.transaction.domain.UnitAvailability;
import java.math.BigDecimal;
import java.util.List;

/**
 * DEAL-9: a deal's change orders — a unit swap (换房), a buyer change (更名), a price change after the
 * subscription (UNIT-4) and a forfeit (挞定) — requested by the deal's consultant or the PM, approved or
 * rejected by the PM, undone by the PM while the deal has not moved on. Each command is one
 * compare-and-set write of the deal, its events in the same write (the outbox): a swap approved is the deal
 * on its new unit and {@code transaction.unit-swapped} together, so there is no half-done swap to resume
 * here; inventory-service releases the old unit and takes the new one from that event. Sales control is
 * asked synchronously, with the caller's token, about the unit a swap moves to (or an undo moves back to)
 * before the write: a unit taken meanwhile is refused naming UNIT-2, and the deal keeps its unit.
 */
public class ChangingDeal {

    static final String[] REQUESTERS = {Caller.CONSULTANT, Caller.PM};
    static final String[] PM = {Caller.PM};

    /** What the request asks (see {@link Deal.ChangeRequest}); the new unit by its id. */
    public record Request(ChangeOrder.Kind kind, String reason, String newUnitId, BigDecimal price, String addCoBuyer,
            String removeCoBuyer) {
    }

    /** The PM's decision: a note; for a buyer change the LEAD-9 finding; for a forfeit the refund method. */
    public record Decision(String note, String claimCheckNote, PaymentMethod refundMethod) {
    }

    private final DealSteps steps;
    private final SalesControl salesControl;
    private final ReceiptRegister register;

    public ChangingDeal(DealSteps steps, SalesControl salesControl, ReceiptRegister register) {
        this.steps = steps;
        this.salesControl = salesControl;
        this.register = register;
    }

    public Deal request(Caller caller, String accessToken, String dealId, String requestId, Request request) {
        Deal seen = seen(caller, dealId, "request a change order (DEAL-9)", REQUESTERS);
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "is required: UNIT_SWAP, BUYER_CHANGE, PRICE_CHANGE or FORFEIT");
        }
        UnitAvailability newUnit = request.kind() == ChangeOrder.Kind.UNIT_SWAP && !seen.alreadyDid(requestId,
                "request-change") ? unit("newUnitId", request.newUnitId(), accessToken) : null;
        return steps.run(caller, dealId, requestId, "request-change", "request a change order (DEAL-9)", REQUESTERS,
                (deal, by, policy, now) -> {
                    deal.requestChange(new Deal.ChangeRequest(request.kind(), request.reason(), newUnit,
                            request.price(), request.addCoBuyer(), request.removeCoBuyer()), by, now);
                    return List.of();
                });
    }

    public Deal approve(Caller caller, String accessToken, String dealId, String changeOrderId, String requestId,
            Decision decision) {
        ChangeOrder order = seen(caller, dealId, "approve a change order (DEAL-9)", PM).changeOrder(changeOrderId);
        UnitAvailability newUnit = swapping(order, order.waiting(), "newUnitId", order.newUnitId(), accessToken);
        return steps.run(caller, dealId, requestId, "approve-change", "approve a change order (DEAL-9)", PM,
                (deal, by, policy, now) -> {
                    List<Receipt> untaken = deal.waiting().flatMap(waiting -> register.forPayment(waiting.id()))
                            .stream().toList();
                    return deal.approveChange(changeOrderId, decision.note(), decision.claimCheckNote(),
                            decision.refundMethod(), newUnit, untaken, by, now, policy);
                });
    }

    public Deal reject(Caller caller, String dealId, String changeOrderId, String requestId, Decision decision) {
        return steps.run(caller, dealId, requestId, "reject-change", "reject a change order (DEAL-9)", PM,
                (deal, by, policy, now) -> {
                    deal.rejectChange(changeOrderId, decision.note(), by, now);
                    return List.of();
                });
    }

    public Deal undo(Caller caller, String accessToken, String dealId, String changeOrderId, String requestId,
            Decision decision) {
        ChangeOrder order = seen(caller, dealId, "undo a change order (DEAL-9)", PM).changeOrder(changeOrderId);
        UnitAvailability previousUnit = swapping(order, order.applied(), "changeOrderId", order.previousUnitId(),
                accessToken);
        return steps.run(caller, dealId, requestId, "undo-change", "undo a change order (DEAL-9)", PM,
                (deal, by, policy, now) -> deal.undoChange(changeOrderId, decision.note(), previousUnit, by, now));
    }

    /** The deal as the caller sees it (404 otherwise), the caller's role checked (403) before sales control is asked. */
    private Deal seen(Caller caller, String dealId, String action, String[] roles) {
        Deal seen = steps.visible(caller, dealId);
        caller.mustHold(seen.officeId(), action, roles);
        return seen;
    }

    /** Sales control's answer about the unit a swap moves to (or back to), when the order is one to decide now. */
    private UnitAvailability swapping(ChangeOrder order, boolean decidable, String field, String unitId,
            String accessToken) {
        return order.kind() == ChangeOrder.Kind.UNIT_SWAP && decidable ? unit(field, unitId, accessToken) : null;
    }

    private UnitAvailability unit(String field, String unitId, String accessToken) {
        if (unitId == null || unitId.isBlank()) {
            throw new InvalidInputException(field, "is required for a unit swap");
        }
        return salesControl.availability(unitId, accessToken)
                .orElseThrow(() -> new InvalidInputException(field, "names no unit sales control knows: " + unitId));
    }
}
