package com.anchang.notification.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * An amount of CNY as a reminder states it (NOTE-1, as DEAL-2 states it on a receipt): in figures
 * (¥910,000.00) and in Chinese capital numerals (人民币玖拾壹万元整), exact to the fen. One 零 stands for a run
 * of zeros inside the number; a section's trailing zeros are not spoken; 整 ends an amount without fen.
 */
public final class ChineseAmount {

    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final long WAN = 10_000L;
    private static final long YI = 100_000_000L;

    private ChineseAmount() {
    }

    /** 人民币 and the amount in capital numerals, e.g. 人民币伍万元整. */
    public static String withCurrency(BigDecimal amount) {
        return "人民币" + inWords(amount);
    }

    /** The amount in capital numerals, e.g. 壹拾元零伍角整; refused when negative or finer than a fen. */
    public static String inWords(BigDecimal amount) {
        BigDecimal fenExact = fenExact(amount);
        long whole = fenExact.toBigInteger().longValueExact();
        int fraction = fenExact.subtract(new BigDecimal(whole)).movePointRight(2).intValueExact();
        int jiao = fraction / 10;
        int fen = fraction % 10;
        StringBuilder words = new StringBuilder();
        if (whole > 0) {
            words.append(upTo(whole)).append('元');
        } else if (fraction == 0) {
            return "零元整";
        }
        if (jiao > 0) {
            if (whole > 0 && whole % 10 == 0) {
                words.append('零');
            }
            words.append(DIGITS.charAt(jiao)).append('角');
        } else if (fen > 0 && whole > 0) {
            words.append('零');
        }
        if (fen > 0) {
            words.append(DIGITS.charAt(fen)).append('分');
        } else {
            words.append('整');
        }
        return words.toString();
    }

    /** The amount in figures, grouped by thousands, to the fen, after ¥: ¥910,000.00. */
    public static String inFigures(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return "¥" + format.format(fenExact(amount));
    }

    private static BigDecimal fenExact(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("an amount to state is 0 or more, was " + amount);
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException finerThanAFen) {
            throw new IllegalArgumentException("an amount is exact to the fen, was " + amount.toPlainString());
        }
    }

    /** A whole number of yuan (1 or more) in sections of 亿 and 万. */
    private static String upTo(long n) {
        if (n >= YI) {
            return joined(upTo(n / YI) + "亿", n % YI, YI / 10);
        }
        if (n >= WAN) {
            return joined(section(n / WAN) + "万", n % WAN, WAN / 10);
        }
        return section(n);
    }

    /** The higher part, then the lower (a 零 first when it starts below {@code lead}); nothing for a lower part of 0. */
    private static String joined(String higher, long lower, long lead) {
        if (lower == 0) {
            return higher;
        }
        return higher + (lower < lead ? "零" : "") + upTo(lower);
    }

    /** 1..9999: one 零 for a run of zeros inside, none for trailing zeros; 10 is 壹拾. */
    private static String section(long n) {
        StringBuilder words = new StringBuilder();
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = (int) (n / (long) Math.pow(10, place) % 10);
            if (digit == 0) {
                zero = words.length() > 0;
                continue;
            }
            if (zero) {
                words.append('零');
                zero = false;
            }
            words.append(DIGITS.charAt(digit)).append(PLACES[place]);
        }
        return words.toString();
    }
}
