package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

/**
 * What sales control answered about a unit when asked (UNIT-2): its code, the office that sells it,
 * its status as sales control names it (AVAILABLE, WITHHELD, HELD, RESERVED, CONTRACTED; any other
 * name is simply "not available") and its list price (null when sales control did not say).
 */
public record UnitAvailability(String unitId, String code, String officeId, String status, BigDecimal listPrice) {

    public static final String AVAILABLE = "AVAILABLE";

    public UnitAvailability {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(status, "status");
        code = code == null ? unitId : code;
    }

    public UnitAvailability(String unitId, String code, String officeId, String status) {
        this(unitId, code, officeId, status, null);
    }

    public boolean available() {
        return AVAILABLE.equals(status);
    }

    /** The status as words, e.g. "held". */
    public String describedStatus() {
        return status.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
