package com.anchang.support.privacy;

import java.util.Objects;

/**
 * How a masked mobile number looks wherever one is shown masked (LEAD-10): the first three and the
 * last four digits of the national number, {@code 138****5678}. Who is shown the full number is each
 * service's policy; this is only the form. Separators are ignored and a mainland China country code
 * (+86 / 0086) is dropped; a number too short to keep anything hidden shows as {@code ****}.
 */
public final class MobileMask {

    private static final String HIDDEN = "****";

    private MobileMask() {
    }

    /** The masked form of {@code mobile}, as typed or normalised. */
    public static String mask(String mobile) {
        Objects.requireNonNull(mobile, "mobile");
        String digits = mobile.replaceAll("\\D", "");
        if (digits.length() == 15 && digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.length() < 8) {
            return HIDDEN;
        }
        return digits.substring(0, 3) + HIDDEN + digits.substring(digits.length() - 4);
    }
}
