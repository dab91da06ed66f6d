package com.anchang.notification.domain;

/** NOTE-3: how a buyer is reminded, the buyer's choice, falling back to the other. */
public enum Channel {
    SMS,
    WECHAT
}
