package com.anchang.commission.domain;

/**
 * What a claim's step or a PM's decision announces (COMM-3, COMM-5, COMM-6), written with the step in the deal's
 * own document (its outbox) and published from there: a claim accepted for the PM's adjudication, the PM's
 * decision on it, a cover recorded by the PM. commission-service reads them back to rebuild its ledger.
 */
public sealed interface ClaimEvent {

    /** The deal as written with the step. */
    DealCredit deal();

    /** A consultant's claim inside the office's window, waiting for the PM. */
    record Raised(DealCredit deal, Claim claim) implements ClaimEvent {
    }

    /** The PM accepted or rejected the claim, with who, when and why. */
    record Decided(DealCredit deal, Claim claim) implements ClaimEvent {
    }

    /** COMM-5: the PM recorded that the closing reception covered for a colleague (or a mutual delegation). */
    record Covered(DealCredit deal, Adjudication decision, String kind) implements ClaimEvent {
    }
}
