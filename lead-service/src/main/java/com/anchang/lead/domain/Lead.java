package com.anchang.lead.domain;

import com.anchang.support.problem.RuleRefusedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A customer registered by a consultant at one office (LEAD-1), owned by that consultant (LEAD-2)
 * and protected until the end of {@link #protectedUntil()} (LEAD-3). The normalised mobile number
 * identifies the customer within the office: the office cannot hold two leads for one number.
 */
public final class Lead {

    private final String id;
    private final String developerId;
    private final String officeId;
    private final String ownerConsultantId;
    private final String customerName;
    private final MobileNumber mobile;
    private final LeadSource source;
    private final Needs needs;
    private final Instant registeredAt;
    private final LocalDate protectedUntil;
    private final long version;

    public Lead(String id, String developerId, String officeId, String ownerConsultantId, String customerName,
            MobileNumber mobile, LeadSource source, Needs needs, Instant registeredAt, LocalDate protectedUntil,
            long version) {
        this.id = Objects.requireNonNull(id);
        this.developerId = Objects.requireNonNull(developerId);
        this.officeId = Objects.requireNonNull(officeId);
        this.ownerConsultantId = Objects.requireNonNull(ownerConsultantId);
        this.customerName = Objects.requireNonNull(customerName);
        this.mobile = Objects.requireNonNull(mobile);
        this.source = Objects.requireNonNull(source);
        this.needs = needs == null ? Needs.NONE : needs;
        this.registeredAt = Objects.requireNonNull(registeredAt);
        this.protectedUntil = Objects.requireNonNull(protectedUntil);
        this.version = version;
    }

    /**
     * LEAD-1/2/3: registers a customer for the consultant who received them; the lead is protected
     * from now for the office's protection window.
     */
    public static LeadEvent.Registered register(String developerId, String officeId, String consultantId,
            String customerName, MobileNumber mobile, LeadSource source, Needs needs, Instant now,
            ProtectionPolicy policy) {
        Lead lead = new Lead("lead-" + UUID.randomUUID(), developerId, officeId, consultantId, customerName, mobile,
                source, needs, now, policy.protectedUntil(now), 0);
        return new LeadEvent.Registered(lead);
    }

    /**
     * LEAD-5: the refusal of a second registration of this lead's customer at this office, naming who
     * owns the lead and until when. LEAD-10: it tells the registering consultant no more than that: not
     * the customer's name nor the mobile number as the owner registered them.
     */
    public RuleRefusedException alreadyRegistered() {
        return new RuleRefusedException("LEAD-5", "customer already registered by consultant " + ownerConsultantId
                + ", protected until " + protectedUntil);
    }

    public String id() {
        return id;
    }

    public String developerId() {
        return developerId;
    }

    public String officeId() {
        return officeId;
    }

    public String ownerConsultantId() {
        return ownerConsultantId;
    }

    public String customerName() {
        return customerName;
    }

    public MobileNumber mobile() {
        return mobile;
    }

    public LeadSource source() {
        return source;
    }

    public Needs needs() {
        return needs;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    /** LEAD-3: the last day (office zone) on which the owner's claim is protected without a follow-up. */
    public LocalDate protectedUntil() {
        return protectedUntil;
    }

    /** The stored version this lead was read at. */
    public long version() {
        return version;
    }
}
