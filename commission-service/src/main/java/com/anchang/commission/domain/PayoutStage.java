package com.anchang.commission.domain;

/** The money collected (回款) that a part of a deal's commission is paid out at (office policy). */
public enum PayoutStage {
    /** the down payment (首期) was received */
    DOWN_PAYMENT_RECEIVED,
    /** every loan of the deal was disbursed */
    MORTGAGE_COMPLETED
}
