package com.anchang.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anchang.support.problem.InvalidInputException;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThirdPartyPayerStatementTest {

    static final String ID = "110101196001011234";

    static ThirdPartyPayerStatement statement(String amount) {
        return new ThirdPartyPayerStatement("王小明", "李建国", ID, "父亲", new BigDecimal(amount));
    }

    @Test
    @DisplayName("DEAL-6: the statement names the payer, their ID and relation, and the amount in capital numerals and figures")
    void statesPayerAndAmount() {
        assertThat(statement("50000.00").text()).isEqualTo(
                "本人李建国（证件号码：110101196001011234），系买方王小明的父亲。"
                        + "本人自愿替王小明交款，金额为人民币伍万元整（¥50,000.00）。");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("DEAL-6: the amount reads as one sentence with a single 元, also with 角 and 分")
    @CsvSource(delimiter = '|', textBlock = """
            50000       | 金额为人民币伍万元整（¥50,000.00）。
            10.50       | 金额为人民币壹拾元零伍角整（¥10.50）。
            0.05        | 金额为人民币伍分（¥0.05）。
            20030000.40 | 金额为人民币贰仟零叁万元零肆角整（¥20,030,000.40）。
            1000001.01  | 金额为人民币壹佰万零壹元零壹分（¥1,000,001.01）。
            """)
    void amountReadsNaturally(String amount, String sentenceEnd) {
        String text = statement(amount).text();
        assertThat(text).endsWith(sentenceEnd).doesNotContain("元元").doesNotContain("整元").doesNotContain("分元");
        assertThat(text.chars().filter(c -> c == '元').count()).isLessThanOrEqualTo(1);
    }

    @Test
    @DisplayName("DEAL-6 / LEAD-10: the statement shown to others masks the payer's ID number")
    void maskedForOthers() {
        assertThat(statement("50000").maskedText())
                .contains("证件号码：110***********1234")
                .doesNotContain(ID)
                .contains("本人自愿替王小明交款，金额为人民币伍万元整");
    }

    @Test
    @DisplayName("DEAL-6: a statement without the payer's name, ID or relation is refused naming the field")
    void refusesMissingParts() {
        assertInvalid("payerName", () -> new ThirdPartyPayerStatement("王小明", " ", ID, "父亲", BigDecimal.TEN));
        assertInvalid("payerIdNumber", () -> new ThirdPartyPayerStatement("王小明", "李建国", null, "父亲", BigDecimal.TEN));
        assertInvalid("relation", () -> new ThirdPartyPayerStatement("王小明", "李建国", ID, "", BigDecimal.TEN));
        assertInvalid("buyerName", () -> new ThirdPartyPayerStatement(null, "李建国", ID, "父亲", BigDecimal.TEN));
    }

    @Test
    @DisplayName("DEAL-6: a zero, negative or sub-fen amount is refused naming the amount")
    void refusesBadAmounts() {
        assertInvalid("amount", () -> statement("0"));
        assertInvalid("amount", () -> statement("-1"));
        assertInvalid("amount", () -> statement("10.001"));
    }

    @Test
    @DisplayName("LEAD-10: an ID number is masked to its first three and last four characters; a short one entirely")
    void idNumberMask() {
        assertThat(IdNumberMask.mask(ID)).isEqualTo("110***********1234");
        assertThat(IdNumberMask.mask("E12345678")).isEqualTo("E12**5678");
        assertThat(IdNumberMask.mask("12345678")).isEqualTo("****");
    }

    static void assertInvalid(String field, Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }
}
