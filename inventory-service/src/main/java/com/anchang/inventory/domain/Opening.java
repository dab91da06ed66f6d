package com.anchang.inventory.domain;

import com.anchang.support.problem.InvalidInputException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An opening (开盘): a batch of units the PM puts on sale together at one time. Before opensAt no
 * hold on them is taken (OPEN-1); a buyer holds at most quotaPerBuyer of them at once (OPEN-2);
 * among those who come, the first to arrive wins each unit (UNIT-2).
 */
public record Opening(String id, String developerId, String officeId, String name, List<String> unitIds,
        Instant opensAt, int quotaPerBuyer, String openedBy, Instant openedAt) {

    public Opening {
        Objects.requireNonNull(id);
        unitIds = List.copyOf(unitIds);
    }

    public static Opening open(String developerId, String officeId, String name, List<String> unitIds, Instant opensAt,
            int quotaPerBuyer, String openedBy, Instant now) {
        if (new HashSet<>(unitIds).size() != unitIds.size()) {
            throw new InvalidInputException("unitIds", "names a unit twice");
        }
        if (quotaPerBuyer < 1) {
            throw new InvalidInputException("quotaPerBuyer", "must be at least 1");
        }
        return new Opening("opn-" + UUID.randomUUID().toString().substring(0, 8), developerId, officeId, name, unitIds,
                opensAt, quotaPerBuyer, openedBy, now);
    }
}
