package com.anchang.lead.domain;

import java.util.List;
import java.util.Optional;

/** Port: where leads live. */
public interface LeadRepository {

    Optional<Lead> find(String leadId);

    /** The office's lead for this customer, by the normalised mobile (the identity of LEAD-1). */
    Optional<Lead> findByMobile(String officeId, MobileNumber mobile);

    /**
     * Inserts a new lead together with the events its registration caused, in one atomic write.
     * The office's (officeId, mobile) pair is unique in the store, so of two simultaneous
     * registrations of one customer exactly one is written.
     *
     * @throws MobileAlreadyRegisteredException if the office already holds a lead for the mobile
     */
    void insert(Lead lead, List<LeadEvent> events);

    /**
     * Writes the lead's changed state and the events they caused in one atomic compare-and-set on the
     * version it was read at; new follow-ups are appended, never rewritten (LEAD-4).
     *
     * @throws com.anchang.support.problem.ConcurrentChangeException if someone else wrote it since
     */
    void save(Lead lead, List<LeadEvent> events);

    /**
     * Every lead of a developer's office. This searches the leads (no unique key serves it): for the
     * office's reports (LEAD-12), never on a hot path.
     */
    List<Lead> inOffice(String developerId, String officeId);
}
