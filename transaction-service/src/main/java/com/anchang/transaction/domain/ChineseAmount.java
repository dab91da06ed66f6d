package com.anchang.transaction.domain;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * An amount of CNY in Chinese capital numerals (大写), as a receipt states it (DEAL-2), computed from the
 * exact fen of a {@link BigDecimal} — never through {@code double}, never rounded.
 *
 * <p>The writing follows 《会计基础工作规范》 第五十二条 for accounting documents, and where that
 * leaves a choice, the first form that the examples of 《支付结算办法》 附一 give:
 * <ul>
 *   <li>"整" after an amount that ends at 元 or at 角 (伍万元整, 壹拾元零伍角整); none after 分
 *       (伍角伍分). The cheque rules make 整 after 角 optional; the accounting rules ask for it, and a
 *       receipt is an accounting document.</li>
 *   <li>One 零 for a run of zeros between two non-zero digits, also across the 万 and 亿 sections
 *       (壹佰万零壹元整, 壹亿零壹万元整); none for the trailing zeros of a section
 *       (壹拾万柒仟元).</li>
 *   <li>零 after 元 when yuan are present and the 角 digit is zero but 分 is not (壹元零伍分), and when
 *       the 元 digit is zero but 角 is not (壹仟陆佰捌拾元零叁角贰分, 壹拾元零伍角整) — the second is the
 *       first form 《支付结算办法》 shows; the other form leaves the 零 out.</li>
 *   <li>壹拾 also at the start (壹拾元, 壹拾万元): a receipt never writes a bare 拾.</li>
 *   <li>An amount under one yuan has no 元 (伍分, 伍角整); nothing at all is 零元整.</li>
 * </ul>
 * Amounts up to 9,999,999,999,999,999.99 (9999万亿) are written; more decimals than fen, a negative
 * amount or none at all is refused, since a receipt never rounds silently.
 */
public final class ChineseAmount {

    private static final char[] DIGITS = {'零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'};
    private static final char[] PLACES = {'\0', '拾', '佰', '仟'};
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000L);
    private static final BigInteger HUNDRED_MILLION = BigInteger.valueOf(100_000_000L);
    private static final BigInteger LIMIT_FEN = BigInteger.TEN.pow(18);
    /** The largest amount written, CNY. */
    public static final BigDecimal MAX = new BigDecimal(LIMIT_FEN.subtract(BigInteger.ONE), 2);

    private ChineseAmount() {
    }

    /** The amount in words, e.g. 50000 → 伍万元整, 0.05 → 伍分, 1000001 → 壹佰万零壹元整. */
    public static String inWords(BigDecimal cny) {
        BigInteger fen = exactFen(cny);
        BigInteger[] yuanAndFen = fen.divideAndRemainder(BigInteger.valueOf(100));
        BigInteger yuan = yuanAndFen[0];
        int jiao = yuanAndFen[1].intValue() / 10;
        int fenDigit = yuanAndFen[1].intValue() % 10;

        StringBuilder words = new StringBuilder();
        boolean hasYuan = yuan.signum() > 0;
        if (hasYuan) {
            words.append(integer(yuan)).append('元');
        }
        if (jiao == 0 && fenDigit == 0) {
            return hasYuan ? words.append('整').toString() : "零元整";
        }
        boolean yuanDigitZero = yuan.mod(BigInteger.TEN).signum() == 0;
        if (hasYuan && (jiao == 0 || yuanDigitZero)) {
            words.append('零');
        }
        if (jiao > 0) {
            words.append(DIGITS[jiao]).append('角');
        }
        if (fenDigit > 0) {
            words.append(DIGITS[fenDigit]).append('分');
        } else {
            words.append('整');
        }
        return words.toString();
    }

    /** The amount with its currency in front, as a receipt's 大写 line reads: 人民币伍万元整. */
    public static String withCurrency(BigDecimal cny) {
        return "人民币" + inWords(cny);
    }

    /** The amount in figures as a receipt writes them, the currency sign in front: ¥50,000.00, ¥0.05. */
    public static String inFigures(BigDecimal cny) {
        String plain = new BigDecimal(exactFen(cny), 2).toPlainString();
        int point = plain.indexOf('.');
        StringBuilder grouped = new StringBuilder(plain.substring(point));
        for (int end = point; end > 0; end -= 3) {
            grouped.insert(0, plain.substring(Math.max(0, end - 3), end));
            if (end > 3) {
                grouped.insert(0, ',');
            }
        }
        return "¥" + grouped;
    }

    private static BigInteger exactFen(BigDecimal cny) {
        if (cny == null) {
            throw new IllegalArgumentException("no amount to write in Chinese numerals");
        }
        if (cny.signum() < 0) {
            throw new IllegalArgumentException("a negative amount is not written on a receipt: " + cny.toPlainString());
        }
        BigInteger fen;
        try {
            fen = cny.movePointRight(2).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the amount has more decimals than fen, and a receipt does not round: "
                    + cny.toPlainString(), e);
        }
        if (fen.compareTo(LIMIT_FEN) >= 0) {
            throw new IllegalArgumentException("the amount is above the largest written in Chinese numerals ("
                    + MAX.toPlainString() + "): " + cny.toPlainString());
        }
        return fen;
    }

    /** A positive whole number in words, with one 零 for each gap of zeros between its digits. */
    private static String integer(BigInteger n) {
        if (n.compareTo(HUNDRED_MILLION) >= 0) {
            BigInteger[] split = n.divideAndRemainder(HUNDRED_MILLION);
            return integer(split[0]) + '亿' + rest(split[1], HUNDRED_MILLION);
        }
        if (n.compareTo(TEN_THOUSAND) >= 0) {
            BigInteger[] split = n.divideAndRemainder(TEN_THOUSAND);
            return section(split[0].intValue()) + '万' + rest(split[1], TEN_THOUSAND);
        }
        return section(n.intValue());
    }

    /** What follows a 亿 or a 万: nothing, or the rest with a 零 in front if its leading digit is a zero. */
    private static String rest(BigInteger rest, BigInteger unit) {
        if (rest.signum() == 0) {
            return "";
        }
        boolean leadingZero = rest.multiply(BigInteger.TEN).compareTo(unit) < 0;
        return (leadingZero ? "零" : "") + integer(rest);
    }

    /** 1..9999 in words: 壹仟零伍, 壹拾, 玖佰玖拾玖. */
    private static String section(int n) {
        StringBuilder words = new StringBuilder();
        boolean pendingZero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = n / pow10(place) % 10;
            if (digit == 0) {
                pendingZero = words.length() > 0;
                continue;
            }
            if (pendingZero) {
                words.append('零');
                pendingZero = false;
            }
            words.append(DIGITS[digit]);
            if (place > 0) {
                words.append(PLACES[place]);
            }
        }
        return words.toString();
    }

    private static int pow10(int exponent) {
        int value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}
