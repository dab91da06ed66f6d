package com.anchang.transaction.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("DEAL-2: a receipt states the amount in Chinese capital numerals, exact to the fen")
    @CsvSource(delimiter = '|', textBlock = """
            # round figures
            0                     | 零元整
            1                     | 壹元整
            10                    | 壹拾元整
            11                    | 壹拾壹元整
            100                   | 壹佰元整
            50000                 | 伍万元整
            100000                | 壹拾万元整
            10000000              | 壹仟万元整
            100000000             | 壹亿元整
            1000000000000         | 壹万亿元整
            # fen only, jiao only, both, and their zeros
            0.05                  | 伍分
            0.50                  | 伍角整
            0.5                   | 伍角整
            0.55                  | 伍角伍分
            0.01                  | 壹分
            1.05                  | 壹元零伍分
            1.50                  | 壹元伍角整
            10.50                 | 壹拾元零伍角整
            10.05                 | 壹拾元零伍分
            10.55                 | 壹拾元零伍角伍分
            1680.32               | 壹仟陆佰捌拾元零叁角贰分
            325.04                | 叁佰贰拾伍元零肆分
            16409.02              | 壹万陆仟肆佰零玖元零贰分
            1409.50               | 壹仟肆佰零玖元伍角整
            # one 零 for a run of zeros, none for a section's trailing zeros
            101                   | 壹佰零壹元整
            1001                  | 壹仟零壹元整
            1010                  | 壹仟零壹拾元整
            6007.14               | 陆仟零柒元壹角肆分
            107000.53             | 壹拾万柒仟元零伍角叁分
            # zeros across the 万 and 亿 sections
            10001                 | 壹万零壹元整
            100500                | 壹拾万零伍佰元整
            1000001.00            | 壹佰万零壹元整
            20030000.40           | 贰仟零叁万元零肆角整
            100000001             | 壹亿零壹元整
            100010000             | 壹亿零壹万元整
            1000100000            | 壹拾亿零壹拾万元整
            110000000             | 壹亿壹仟万元整
            2000000000            | 贰拾亿元整
            1000000000001         | 壹万亿零壹元整
            # the largest amounts
            9999999999999.99      | 玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分
            9999999999999999.99   | 玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分
            # trailing zeros beyond the fen are not decimals of their own
            10.500                | 壹拾元零伍角整
            """)
    void writesAmountsInCapitalNumerals(String figures, String words) {
        assertThat(ChineseAmount.inWords(new BigDecimal(figures))).isEqualTo(words);
    }

    @Test
    @DisplayName("DEAL-2: the receipt's 大写 line names the currency: 人民币伍万元整")
    void withCurrency() {
        assertThat(ChineseAmount.withCurrency(new BigDecimal("50000.00"))).isEqualTo("人民币伍万元整");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("DEAL-2: a receipt states the amount in figures to the fen, grouped by thousands, after ¥")
    @CsvSource(delimiter = '|', textBlock = """
            0                | ¥0.00
            0.05             | ¥0.05
            999              | ¥999.00
            1000             | ¥1,000.00
            50000            | ¥50,000.00
            100000.5         | ¥100,000.50
            20030000.40      | ¥20,030,000.40
            9999999999999.99 | ¥9,999,999,999,999.99
            """)
    void writesAmountsInFigures(String amount, String figures) {
        assertThat(ChineseAmount.inFigures(new BigDecimal(amount))).isEqualTo(figures);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("DEAL-2: an amount with more decimals than fen is refused, never rounded")
    @ValueSource(strings = {"0.005", "10.501", "1E-3"})
    void refusesSubFen(String figures) {
        assertThatThrownBy(() -> ChineseAmount.inWords(new BigDecimal(figures)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more decimals than fen");
        assertThatThrownBy(() -> ChineseAmount.inFigures(new BigDecimal(figures)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more decimals than fen");
    }

    @Test
    @DisplayName("DEAL-2: a negative amount, no amount, or one beyond 9999万亿 is refused")
    void refusesNegativeNullAndHuge() {
        assertThatThrownBy(() -> ChineseAmount.inWords(new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> ChineseAmount.inWords(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no amount");
        assertThatThrownBy(() -> ChineseAmount.inWords(new BigDecimal("10000000000000000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("largest");
    }
}
