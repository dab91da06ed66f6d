package com.anchang.lead.domain.rotation;

import com.anchang.lead.domain.LeadRule;
import java.time.Instant;

/**
 * A consultant passed over in a round of a queue, and why: ROT-3 (serving), ROT-4 (declined for a
 * personal reason), ROT-5 (unavailable), ROT-6 (away from the post), ROT-10 (did not answer a call
 * within the answer window).
 */
public record Skip(Queue queue, int round, String consultantId, LeadRule rule, String reason, Instant at) {
}
