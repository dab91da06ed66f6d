package com.anchang.lead.domain.rotation;

import java.time.Instant;
import java.util.List;

/**
 * One round of a queue: the order it started in (today's check-in order, ROT-2) and who joined it later.
 *
 * @param members who took part, in the round's starting order, then late arrivals
 */
public record RoundLog(Queue queue, int round, Instant startedAt, List<String> members) {

    public RoundLog {
        members = List.copyOf(members);
    }
}
