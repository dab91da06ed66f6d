package com.anchang.transaction.domain;

/**
 * Where a deal stands in the deposit-to-mortgage pipeline (RULES, DEAL). Only the first steps exist
 * yet; later steps (subscription, down payment, contract, mortgage) are added as they are built.
 */
public enum DealStatus {
    /** Sales control confirmed the unit available when the deal was opened (UNIT-2). */
    OPENED,
    /** Sales control holds the unit for this deal (temporary deposit); the hold lapses (UNIT-3). */
    UNIT_HELD,
    /** The formal deposit was received with two people present (DEAL-1). */
    DEPOSIT_RECEIVED
}
