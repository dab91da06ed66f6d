package com.anchang.lead.domain;

import com.anchang.support.privacy.MobileMask;
import com.anchang.support.problem.InvalidInputException;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Objects;

/**
 * LEAD-1: a customer's mainland China mobile number, normalised to its 11 national digits
 * ({@code 13812345678}). The normalised number is the identity that detects the same customer, so
 * "+86 138 1234 5678", "13812345678" and "138-1234-5678" are one number. Landlines, numbers of other
 * regions and anything unparseable are refused.
 */
public record MobileNumber(String digits) {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final String REGION = "CN";

    public MobileNumber {
        Objects.requireNonNull(digits, "digits");
        if (!digits.matches("1\\d{10}")) {
            throw new IllegalArgumentException("not a normalised mainland China mobile number: " + digits);
        }
    }

    /**
     * Parses what a consultant typed.
     *
     * @throws InvalidInputException naming {@code mobile} when it is not a mainland China mobile number
     */
    public static MobileNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("mobile", "is required");
        }
        PhoneNumber number;
        try {
            number = PHONES.parse(raw, REGION);
        } catch (NumberParseException e) {
            throw new InvalidInputException("mobile", "is not a phone number");
        }
        if (!PHONES.isValidNumberForRegion(number, REGION)) {
            throw new InvalidInputException("mobile", "is not a valid mainland China phone number");
        }
        if (PHONES.getNumberType(number) != PhoneNumberType.MOBILE) {
            throw new InvalidInputException("mobile", "is not a mobile number (landlines cannot identify a customer)");
        }
        return new MobileNumber(PHONES.getNationalSignificantNumber(number));
    }

    /** LEAD-10: what someone who may not see the customer's contact details sees: 138****5678. */
    public String masked() {
        return MobileMask.mask(digits);
    }

    @Override
    public String toString() {
        return masked();
    }
}
