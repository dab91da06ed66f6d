package com.anchang.commission.domain;

/** Where a deal's credit stands. PENDING until the deal is contracted; reversal on cancellation comes later (COMM-6). */
public enum CreditStatus {
    PENDING
}
