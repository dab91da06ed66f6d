package com.anchang.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseAmountTest {

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("NOTE-1: a reminder states the amount in Chinese capital numerals (大写), exact to the fen")
    @CsvSource(delimiter = '|', textBlock = """
            0                 | 零元整
            7                 | 柒元整
            10                | 壹拾元整
            15                | 壹拾伍元整
            40000             | 肆万元整
            910000.00         | 玖拾壹万元整
            960000            | 玖拾陆万元整
            3200000           | 叁佰贰拾万元整
            0.08              | 捌分
            0.30              | 叁角整
            0.36              | 叁角陆分
            2.07              | 贰元零柒分
            2.70              | 贰元柒角整
            20.70             | 贰拾元零柒角整
            30.06             | 叁拾元零陆分
            2590.48           | 贰仟伍佰玖拾元零肆角捌分
            508.03            | 伍佰零捌元零叁分
            202                | 贰佰零贰元整
            3003              | 叁仟零叁元整
            3030              | 叁仟零叁拾元整
            40002             | 肆万零贰元整
            200600            | 贰拾万零陆佰元整
            2000002           | 贰佰万零贰元整
            50060000.90       | 伍仟零陆万元零玖角整
            300000003         | 叁亿零叁元整
            300030000         | 叁亿零叁万元整
            120000000         | 壹亿贰仟万元整
            2000300000        | 贰拾亿零叁拾万元整
            5000000000000     | 伍万亿元整
            88888888.88       | 捌仟捌佰捌拾捌万捌仟捌佰捌拾捌元捌角捌分
            12.300            | 壹拾贰元叁角整
            """)
    void capitalNumerals(String figures, String words) {
        assertThat(ChineseAmount.inWords(new BigDecimal(figures))).isEqualTo(words);
    }

    @Test
    @DisplayName("NOTE-1: in figures grouped by thousands after ¥, in words after 人民币")
    void figuresAndCurrency() {
        assertThat(ChineseAmount.inFigures(new BigDecimal("910000"))).isEqualTo("¥910,000.00");
        assertThat(ChineseAmount.inFigures(new BigDecimal("0.5"))).isEqualTo("¥0.50");
        assertThat(ChineseAmount.withCurrency(new BigDecimal("50000.00"))).isEqualTo("人民币伍万元整");
    }

    @Test
    @DisplayName("NOTE-1: a negative amount or one finer than a fen is refused, never rounded")
    void refusesWhatIsNotAnAmount() {
        assertThatThrownBy(() -> ChineseAmount.inWords(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChineseAmount.inWords(new BigDecimal("1.005")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.005");
    }
}
