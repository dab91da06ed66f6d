package com.anchang.inventory.domain;

/** UNIT-1: the sales-control status of a unit. Cancellation returns a unit to AVAILABLE. */
public enum UnitStatus {
    AVAILABLE,
    /** 控房: withheld from sale by the PM. */
    WITHHELD,
    /** Temporary deposit taken for a deal. */
    HELD,
    /** Formal deposit / subscription. */
    RESERVED,
    CONTRACTED
}
