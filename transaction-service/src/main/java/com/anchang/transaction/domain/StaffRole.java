package com.anchang.transaction.domain;

/** A role a staff member holds at one sales office (identity's office roles). */
public enum StaffRole {
    CONSULTANT,
    SALES_CONTROL,
    FINANCE,
    PM
}
