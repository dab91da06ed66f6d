package com.anchang.commission.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A consultant's claim on a closed deal ("that was my customer", COMM-3), with their evidence, and the
 * PM's decision on it with who and why. Each state is a step of its own: raised (OPEN), then ACCEPTED
 * or REJECTED once; a decided claim is never decided again.
 */
public record Claim(String claimId, String claimantId, String evidence, Instant raisedAt, State state,
        String decidedBy, Instant decidedAt, String reason) {

    public enum State {
        OPEN,
        ACCEPTED,
        REJECTED
    }

    public Claim {
        Objects.requireNonNull(claimId, "claimId");
        Objects.requireNonNull(claimantId, "claimantId");
        Objects.requireNonNull(state, "state");
    }

    /** A consultant's new claim, its id made here. */
    public static Claim raise(String claimantId, String evidence, Instant at) {
        return new Claim("claim-" + UUID.randomUUID(), claimantId, evidence, at, State.OPEN, null, null, null);
    }

    public boolean open() {
        return state == State.OPEN;
    }

    Claim decided(boolean accepted, String by, Instant at, String why) {
        return new Claim(claimId, claimantId, evidence, raisedAt, accepted ? State.ACCEPTED : State.REJECTED, by, at, why);
    }
}
