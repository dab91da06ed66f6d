package com.anchang.dashboard.domain;

import java.time.Instant;
import java.util.Map;

/**
 * The read model's store of each office's escalations still open (transaction-service's escalations of a deal to
 * the PM): set when raised, removed when resolved, by escalation id, so a redelivered event changes nothing more.
 */
public interface OpenEscalations {

    void raised(String officeId, String escalationId, Escalation escalation);

    void resolved(String officeId, String escalationId);

    /** The office's open escalations by escalation id. */
    Map<String, Escalation> of(String officeId);

    /** An open escalation: its kind, deal, unit and when it was raised. */
    record Escalation(String kind, String dealId, String unitCode, Instant raisedAt) {
    }
}
