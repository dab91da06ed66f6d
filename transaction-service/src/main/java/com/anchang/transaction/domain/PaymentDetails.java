package com.anchang.transaction.domain;

import com.anchang.support.problem.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the receipt states about how the money came, by method (DEAL-2): the reference of a transfer,
 * card, WeChat Pay or Alipay payment; a cheque's number (and bank); for foreign-currency notes the
 * currency, the foreign amount, the CNY rate recorded and each note's serial number. Fields that do
 * not belong to the method are refused rather than kept, so a receipt never states what did not happen.
 */
public record PaymentDetails(String reference, String chequeNumber, String chequeBank, String currency,
        BigDecimal foreignAmount, BigDecimal exchangeRate, List<String> noteSerials) {

    private static final Pattern CHEQUE_NUMBER = Pattern.compile("[A-Za-z0-9-]{4,32}");
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9]{4,24}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    public PaymentDetails {
        reference = blankToNull(reference);
        chequeNumber = blankToNull(chequeNumber);
        chequeBank = blankToNull(chequeBank);
        currency = currency == null || currency.isBlank() ? null : currency.strip().toUpperCase(Locale.ROOT);
        noteSerials = noteSerials == null ? List.of() : noteSerials.stream().map(String::strip).toList();
    }

    public static PaymentDetails none() {
        return new PaymentDetails(null, null, null, null, null, null, List.of());
    }

    /**
     * Checks the details against the method and the CNY amount received: 400 naming the field that is
     * missing, malformed or does not belong to the method.
     */
    public void check(PaymentMethod method, BigDecimal amount) {
        boolean cheque = method == PaymentMethod.CHEQUE;
        boolean foreign = method == PaymentMethod.FOREIGN_CURRENCY;
        if (!cheque) {
            absent("chequeNumber", chequeNumber, "a cheque");
            absent("chequeBank", chequeBank, "a cheque");
        }
        if (!foreign) {
            absent("currency", currency, "foreign currency");
            absent("foreignAmount", foreignAmount, "foreign currency");
            absent("exchangeRate", exchangeRate, "foreign currency");
            if (!noteSerials.isEmpty()) {
                throw new InvalidInputException("noteSerials", "is only for foreign currency");
            }
        }
        switch (method) {
            case CASH, FOREIGN_CURRENCY, CHEQUE -> absent("reference", reference,
                    "a transfer, card, WeChat Pay or Alipay payment");
            case WECHAT_PAY, ALIPAY -> {
                if (reference == null) {
                    throw new InvalidInputException("reference", "is required for " + method.printed()
                            + ": the payment's transaction reference");
                }
            }
            case TRANSFER, CARD -> {
                // the bank's reference is welcome, not required
            }
        }
        if (reference != null && reference.length() > 64) {
            throw new InvalidInputException("reference", "has more than 64 characters");
        }
        if (cheque && (chequeNumber == null || !CHEQUE_NUMBER.matcher(chequeNumber).matches())) {
            throw new InvalidInputException("chequeNumber", chequeNumber == null
                    ? "is required for a cheque: the receipt states it, valid once the cheque clears"
                    : "must be 4 to 32 letters, digits or -");
        }
        if (chequeBank != null && chequeBank.length() > 64) {
            throw new InvalidInputException("chequeBank", "has more than 64 characters");
        }
        if (foreign) {
            checkForeign(amount);
        }
    }

    private void checkForeign(BigDecimal amount) {
        if (currency == null || !CURRENCY.matcher(currency).matches() || "CNY".equals(currency)) {
            throw new InvalidInputException("currency", "must be the ISO 4217 code of a foreign currency, e.g. USD");
        }
        if (foreignAmount == null || foreignAmount.signum() <= 0 || foreignAmount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException("foreignAmount", "must be more than 0, at most 2 decimals");
        }
        if (exchangeRate == null || exchangeRate.signum() <= 0 || exchangeRate.compareTo(new BigDecimal("1000")) > 0
                || exchangeRate.stripTrailingZeros().scale() > 6) {
            throw new InvalidInputException("exchangeRate", "must be the CNY value of one " + currency
                    + ", more than 0, at most 6 decimals");
        }
        if (noteSerials.isEmpty()) {
            throw new InvalidInputException("noteSerials", "the serial number of every note is recorded (DEAL-2)");
        }
        for (String serial : noteSerials) {
            if (!SERIAL.matcher(serial).matches()) {
                throw new InvalidInputException("noteSerials", "'" + serial + "' is not a note serial number");
            }
        }
        if (new HashSet<>(noteSerials).size() != noteSerials.size()) {
            throw new InvalidInputException("noteSerials", "names one note twice");
        }
        BigDecimal value = cnyValue();
        if (amount == null || amount.compareTo(value) != 0) {
            throw new InvalidInputException("amount", "must be the CNY value of " + foreignAmount.toPlainString() + " "
                    + currency + " at " + exchangeRate.toPlainString() + ": " + value.toPlainString());
        }
    }

    /** The CNY value of foreign notes at the recorded rate, to the fen (half up). */
    public BigDecimal cnyValue() {
        return foreignAmount.multiply(exchangeRate).setScale(2, RoundingMode.HALF_UP);
    }

    private static void absent(String field, Object value, String onlyFor) {
        if (value != null) {
            throw new InvalidInputException(field, "is only for " + onlyFor);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
