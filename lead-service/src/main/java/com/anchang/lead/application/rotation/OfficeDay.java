package com.anchang.lead.application.rotation;

import com.anchang.lead.domain.rotation.RotationPolicies;
import com.anchang.lead.domain.rotation.RotationPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The injected clock read as an office's business day (the office's zone, rotation policy). */
public class OfficeDay {

    private final RotationPolicies policies;
    private final Clock clock;

    public OfficeDay(RotationPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    /** Now, to the millisecond (what the store keeps). */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public RotationPolicy policy(String officeId) {
        return policies.forOffice(officeId);
    }

    public LocalDate businessDay(String officeId, Instant at) {
        return LocalDate.ofInstant(at, policies.forOffice(officeId).zone());
    }
}
