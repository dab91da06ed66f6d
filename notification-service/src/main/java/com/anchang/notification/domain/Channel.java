package com.anchang.notification.domain;

/**
 * NOTE-3: how a buyer is reached, the buyer's choice first and the other as fallback. {@link #LOCAL}
 * stands in for both where no provider account is configured (the embedded default): it records what
 * the buyer would have received in the local inbox.
 */
public enum Channel {
    SMS,
    WECHAT,
    LOCAL
}
