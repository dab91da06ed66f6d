package com.anchang.transaction.domain;

import com.anchang.support.privacy.MobileMask;
import java.util.Objects;

/** The buyer of a deal: name and mobile number (confidential, LEAD-10: shown masked). */
public record Buyer(String name, String mobile) {

    public Buyer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mobile, "mobile");
    }

    /** LEAD-10: the mobile number as others see it, e.g. 138****5678. */
    public String maskedMobile() {
        return MobileMask.mask(mobile);
    }
}
