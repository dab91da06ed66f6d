package com.anchang.commission.domain;

/** The buyer's identity across deals (COMM-4): the mobile number normalised as lead-service does (LEAD-1). */
public final class BuyerKey {

    private BuyerKey() {
    }

    /** The digits of a mainland mobile number without the country code; null when none is given. */
    public static String of(String mobile) {
        if (mobile == null) {
            return null;
        }
        String digits = mobile.replaceAll("\\D", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }
}
