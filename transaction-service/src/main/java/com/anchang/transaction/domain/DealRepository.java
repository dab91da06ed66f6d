package com.anchang.transaction.domain;

import java.time.Instant;
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
     * The deals of an office, newest first, optionally only of one status and/or one consultant: a page of
     * at most {@code limit}, after skipping {@code offset}.
     */
    List<Deal> ofOffice(String officeId, DealStatus status, String consultantId, int offset, int limit);

    /** DEAL-7: the deals of an office with an open entry on the escalation list, at most {@code limit}. */
    List<Deal> escalatedOf(String officeId, int limit);

    /**
     * DEAL-7: the deals waiting for money whose earliest escalation deadline (the hold lapsing, the down
     * payment overdue) falls before the end of the hour of {@code now}: what the escalation sweep looks at.
     */
    List<Deal> withDeadlineBy(Instant now);

    /** DEAL-7: the deals with the earliest escalation deadline still to be swept (and those in its hour). */
    List<Deal> withNextDeadline();

    /** DEAL-1: the deals of an office with a payment waiting for its second person, at most {@code limit}. */
    List<Deal> waitingOf(String officeId, int limit);

    /** DEAL-1: every deal with a payment waiting for its second person (what the confirmation sweep looks at). */
    List<Deal> waitingForConfirmation();
}
