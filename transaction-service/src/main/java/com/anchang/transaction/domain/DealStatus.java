package com.anchang.transaction.domain;

/**
 * Where a deal stands in the deposit-to-handover pipeline (RULES, DEAL), in the order of its steps. A
 * cash buyer goes from CONTRACT_SIGNED to HANDED_OVER; an office that takes no temporary deposit goes
 * from OPENED to UNIT_HELD. Any status but HANDED_OVER may end in CANCELLED (DEAL-8).
 */
public enum DealStatus {
    /** Sales control confirmed the unit available when the deal was opened (UNIT-2). */
    OPENED,
    /** The temporary deposit (临定) was received and its receipt issued; sales control is to hold the unit. */
    TEMPORARY_DEPOSIT_RECEIVED,
    /** Sales control holds the unit for this deal; the hold lapses (UNIT-3). */
    UNIT_HELD,
    /** The formal deposit (正式定金) was received, two people present (DEAL-1); the down payment has a due date. */
    DEPOSIT_RECEIVED,
    /** The subscription agreement (认购书) is drafted, waiting for the PM's review (DEAL-4). */
    SUBSCRIPTION_DRAFTED,
    /** The PM approved the subscription; the buyer may sign it (DEAL-4). */
    SUBSCRIPTION_APPROVED,
    /** The buyer (or a notarised agent) signed the subscription (DEAL-4). */
    SUBSCRIPTION_SIGNED,
    /** The down payment (首期) was received; the formal-deposit receipt is reclaimed (DEAL-3). */
    DOWN_PAYMENT_RECEIVED,
    /** Purchase eligibility (购房资格) was checked and passed (DEAL-5). */
    ELIGIBILITY_CHECKED,
    /** The sales contract was signed; the subscription is reclaimed (DEAL-3). */
    CONTRACT_SIGNED,
    /** The buyer's mortgage appointment with the bank is set. */
    MORTGAGE_APPOINTED,
    /** Every loan of the deal was disbursed. */
    MORTGAGE_COMPLETED,
    /** The unit was handed over (交房): the pipeline's end. */
    HANDED_OVER,
    /** Cancelled by the PM (退定/退房, DEAL-8): the unit released, open receipts voided, refunds recorded. */
    CANCELLED
}
