package com.anchang.transaction.application;

import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.Escalation;
import java.time.Instant;

/**
 * DEAL-7: notification-service could not reach a deal's buyer with a reminder — undeliverable on every
 * channel, or sent without a delivery receipt — so the deal goes on the PM's escalation list at once.
 * Driven by notification-service's events, so it is idempotent: the event id is recorded in the same
 * write, and the same reminder reported again (another event id) is still one entry.
 */
public class NotingBuyerNotReached {

    /**
     * @param kind BUYER_UNREACHABLE or REMINDER_UNANSWERED
     * @param detail what the PM reads: the reminder, the channels tried and why they failed
     */
    public record BuyerNotReached(String dealId, Escalation.Kind kind, String reminderId, String detail,
            Instant decidedAt, String eventId) {
    }

    private final DealRepository deals;

    public NotingBuyerNotReached(DealRepository deals) {
        this.deals = deals;
    }

    public NotingUnitHeld.Outcome note(BuyerNotReached command) {
        return NotingUnitHeld.applyOnce(deals, command.dealId(), command.eventId(), deal -> deal.buyerNotReached(
                command.kind(), command.reminderId(), command.detail(), command.decidedAt()).stream().toList());
    }
}
