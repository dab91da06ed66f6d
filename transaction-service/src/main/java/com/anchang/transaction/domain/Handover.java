package com.anchang.transaction.domain;

import java.time.Instant;

/** The unit handed over to the buyer (交房 / 入伙): when, recorded by whom. */
public record Handover(Instant handedOverAt, String recordedBy) {
}
