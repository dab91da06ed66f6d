package com.anchang.commission.domain;

/**
 * What a claim's step announces to the other services (COMM-3, COMM-6), written with the step in the deal's
 * own document (its outbox) and published from there: a claim accepted for the PM's adjudication, and the
 * PM's decision on it.
 */
public sealed interface ClaimEvent {

    /** The deal as written with the step. */
    DealCredit deal();

    Claim claim();

    /** A consultant's claim inside the office's window, waiting for the PM. */
    record Raised(DealCredit deal, Claim claim) implements ClaimEvent {
    }

    /** The PM accepted or rejected the claim, with who, when and why. */
    record Decided(DealCredit deal, Claim claim) implements ClaimEvent {
    }
}
