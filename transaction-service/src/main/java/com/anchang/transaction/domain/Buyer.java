package com.anchang.transaction.domain;

import com.anchang.support.privacy.MobileMask;
import java.util.Objects;

/**
 * The buyer of a deal: name, mobile number (confidential, LEAD-10: shown masked) and how they want to be
 * reminded (NOTE-3: SMS or WeChat, falling back to the other).
 */
public record Buyer(String name, String mobile, Channel channel) {

    public enum Channel {
        SMS,
        WECHAT
    }

    public Buyer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mobile, "mobile");
        channel = channel == null ? Channel.SMS : channel;
    }

    /** A buyer reminded by SMS. */
    public Buyer(String name, String mobile) {
        this(name, mobile, Channel.SMS);
    }

    /** LEAD-10: the mobile number as others see it, e.g. 138****5678. */
    public String maskedMobile() {
        return MobileMask.mask(mobile);
    }
}
