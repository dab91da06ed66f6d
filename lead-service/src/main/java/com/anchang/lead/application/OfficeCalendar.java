package com.anchang.lead.application;

import com.anchang.lead.domain.ProtectionPolicies;
import com.anchang.lead.domain.ProtectionPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** The injected clock read in an office's time zone (office policy, default Asia/Shanghai). */
public class OfficeCalendar {

    private final ProtectionPolicies policies;
    private final Clock clock;

    public OfficeCalendar(ProtectionPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    /** The office's protection policy (LEAD-3), which also names its zone. */
    public ProtectionPolicy policy(String officeId) {
        return policies.forOffice(officeId);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The office's calendar day at this instant. */
    public LocalDate day(String officeId, Instant at) {
        return LocalDate.ofInstant(at, policies.forOffice(officeId).zone());
    }

    /** Today at the office. */
    public LocalDate today(String officeId) {
        return day(officeId, clock.instant());
    }
}
