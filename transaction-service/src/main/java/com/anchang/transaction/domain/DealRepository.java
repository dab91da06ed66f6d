package com.anchang.transaction.domain;

import java.util.List;
import java.util.Optional;

/** Port: where deals live. */
public interface DealRepository {

    Optional<Deal> find(String dealId);

    /**
     * Stores a new deal and the events it caused in one write.
     *
     * @return false when a deal with this id exists already (a retry of the request that opened it)
     */
    boolean insert(Deal deal, List<DealEvent> events);

    /**
     * Writes the deal's new state and the events it caused in one atomic write, only if the stored
     * version is still the one the deal was read at.
     *
     * @param appliedEventId the id of the incoming event this change applies, recorded in the same
     *     write (null for a command from a user)
     * @throws com.anchang.support.problem.ConcurrentChangeException if someone else wrote the deal in between
     */
    void save(Deal deal, List<DealEvent> events, String appliedEventId);

    /** True when the incoming event with this id was already applied to the deal. */
    boolean hasApplied(String dealId, String eventId);

    /**
     * The deals of an office, newest first, optionally only of one status and/or one consultant.
     *
     * @param limit at most this many
     */
    List<Deal> ofOffice(String officeId, DealStatus status, String consultantId, int limit);

    /** DEAL-7: the deals of an office with an open entry on the escalation list, newest first, at most {@code limit}. */
    List<Deal> escalatedOf(String officeId, int limit);

    /**
     * DEAL-7: every deal that waits for money with a deadline (the unit held without a formal deposit, or
     * the down payment owed): what the escalation sweep looks at.
     */
    List<Deal> awaitingMoney();

    /** DEAL-1: every deal with a payment waiting for its second person (what the confirmation sweep looks at). */
    List<Deal> waitingForConfirmation();
}
