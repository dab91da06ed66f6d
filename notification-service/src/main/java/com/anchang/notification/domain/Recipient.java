package com.anchang.notification.domain;

import com.anchang.support.privacy.MobileMask;
import java.util.Objects;

/** The buyer to remind: name and mobile number (confidential, LEAD-10: shown masked). */
public record Recipient(String name, String mobile) {

    public Recipient {
        Objects.requireNonNull(mobile, "mobile");
    }

    /**
     * NOTE-3: the buyer's channel. Only the mobile number is known yet, so SMS; the buyer's choice of
     * WeChat (and the fallback to the other) comes with WeChat.
     */
    public Channel channel() {
        return Channel.SMS;
    }

    /** LEAD-10: the mobile number as others see it, e.g. 138****5678. */
    public String maskedMobile() {
        return MobileMask.mask(mobile);
    }
}
