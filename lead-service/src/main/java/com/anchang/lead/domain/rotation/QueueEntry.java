package com.anchang.lead.domain.rotation;

/** One line of a queue snapshot: who, in which place of the round, in which state. */
public record QueueEntry(String consultantId, int place, EntryStatus status) {
}
