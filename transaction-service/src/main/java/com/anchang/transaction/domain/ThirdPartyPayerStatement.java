package com.anchang.transaction.domain;

import com.anchang.support.problem.InvalidInputException;
import java.math.BigDecimal;

/**
 * The written statement of someone who pays for the buyer (DEAL-6), generated from the payment, printed
 * on the receipt and kept with the deal:
 * <pre>本人李建国（证件号码：110101196001011234），系买方王小明的父亲。本人自愿替王小明交款，金额为人民币伍万元整（¥50,000.00）。</pre>
 * The rulebook's form is "本人自愿替{买方}交款，金额为{大写}元". The amount is written with
 * {@link ChineseAmount#withCurrency}, whose words already carry 元 (and 整 when the amount ends at 元 or
 * 角), so no second 元 is added: 伍万元整, 壹拾元零伍角整 and 伍分 all read as a sentence, where
 * "{大写}元" would give 壹拾元零伍角整元. The figures follow in brackets, as on the receipt.
 *
 * @param buyerName   the buyer the money is paid for
 * @param payerName   the person paying, who signs the statement
 * @param payerIdNumber the payer's identity-document number (full here; {@link #maskedText()} for LEAD-10)
 * @param relation    what the payer is to the buyer, as the payer states it (父亲, 配偶, 朋友)
 * @param amount      CNY, fen-exact, more than 0
 */
public record ThirdPartyPayerStatement(String buyerName, String payerName, String payerIdNumber, String relation,
        BigDecimal amount) {

    public ThirdPartyPayerStatement {
        buyerName = required("buyerName", buyerName);
        payerName = required("payerName", payerName);
        payerIdNumber = required("payerIdNumber", payerIdNumber);
        relation = required("relation", relation);
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidInputException("amount", "a third party's payment must be more than 0");
        }
        try {
            ChineseAmount.inWords(amount);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("amount", e.getMessage());
        }
    }

    /** The statement as the payer signs it, with the full identity-document number. */
    public String text() {
        return text(payerIdNumber);
    }

    /** The statement as staff other than the office's PM, finance and the deal's consultant see it (LEAD-10). */
    public String maskedText() {
        return text(IdNumberMask.mask(payerIdNumber));
    }

    /** The amount as the statement writes it: 人民币伍万元整（¥50,000.00）. */
    public String amountText() {
        return ChineseAmount.withCurrency(amount) + "（" + ChineseAmount.inFigures(amount) + "）";
    }

    private String text(String idNumber) {
        return "本人" + payerName + "（证件号码：" + idNumber + "），系买方" + buyerName + "的" + relation + "。"
                + "本人自愿替" + buyerName + "交款，金额为" + amountText() + "。";
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "the third-party payer's statement needs " + field);
        }
        return value.strip();
    }
}
