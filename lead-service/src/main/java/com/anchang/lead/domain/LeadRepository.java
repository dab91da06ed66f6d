package com.anchang.lead.domain;

import java.util.Collection;
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
     * LEAD-7: the office's most recently retired (contracted) lead of this mobile: the customer's last
     * purchase, when no current lead holds the mobile's key. One exact unique-key read.
     */
    Optional<Lead> findBoughtBefore(String officeId, MobileNumber mobile);

    /**
     * LEAD-7: moves a contracted lead off the office's key of its mobile to the "bought before" key of
     * the mobile (an older lead there moves on to a key with its own id), so the customer's next,
     * returning-buyer lead can take the key and still find this one: one compare-and-set on the version
     * the lead was read at; the lead keeps its mobile, stage and page.
     *
     * @throws com.anchang.support.problem.ConcurrentChangeException if someone else wrote it since (e.g. a
     *     simultaneous registration of the returning buyer retired it first)
     */
    void retire(Lead contracted);

    /**
     * Every lead of a developer's office. This searches the leads (no unique key serves it): for the
     * office's reports (LEAD-12), never on a hot path.
     */
    List<Lead> inOffice(String developerId, String officeId);

    /**
     * A lead listed under a consultant as its owner, by the version of the write that gives it to them: every
     * lead a consultant owns is listed (before that write), and a listed lead may since have gone to someone
     * else, or that write may have failed. An entry whose lead reached its version and is owned by someone else
     * is stale for good; an entry newer than its lead belongs to a write that may still be under way.
     */
    record Listed(String leadId, long version) {
    }

    /** The entries listed under a consultant as owner. */
    List<Listed> listedUnder(String consultantId);

    /** The leads of these ids that exist, in no particular order (by {@code _id}, without their outbox). */
    List<Lead> findAll(Collection<String> leadIds);

    /** Takes entries found stale for good off a consultant's list. */
    void unlist(String consultantId, Collection<Listed> stale);
}
