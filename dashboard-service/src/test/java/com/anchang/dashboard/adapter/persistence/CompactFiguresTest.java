package com.anchang.dashboard.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import java.math.BigDecimal;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompactFiguresTest {

    @Test
    @DisplayName("a month's compact figures leave out trailing zeros and read back the same; an older, shorter array reads as zero for later figures")
    void trailingZerosLeftOut() {
        Figures day = Figures.ZERO.plus(Count.VISITS, 3).plus(Count.CALLS, 1).plus(Amount.FORMAL_DEPOSITS,
                new BigDecimal("50000.00"));
        Document compact = MongoOfficeFigures.compact(day);
        assertThat(compact.getList("c", Long.class)).containsExactly(3L, 1L);
        assertThat(compact.getList("a", Object.class)).hasSize(2);
        assertThat(MongoOfficeFigures.expand(compact)).isEqualTo(day);

        Figures late = Figures.one(Count.VIOLATIONS).plus(Amount.LOANS_DISBURSED, new BigDecimal("800000.00"));
        assertThat(MongoOfficeFigures.expand(MongoOfficeFigures.compact(late))).isEqualTo(late);
        assertThat(MongoOfficeFigures.expand(new Document("c", List.of(5L)).append("a", List.of())))
                .isEqualTo(Figures.ZERO.plus(Count.VISITS, 5));
    }

    @Test
    @DisplayName("summed straight from their arrays, compact figures give what expanding and adding each gives: signs, shorter arrays, sums to zero")
    void sumFromTheArraysIsTheSumOfTheFigures() {
        java.util.Random random = new java.util.Random(16);
        List<Figures> days = new java.util.ArrayList<>();
        for (int d = 0; d < 400; d++) {
            Figures day = Figures.ZERO;
            for (Count count : Count.values()) {
                if (random.nextInt(4) == 0) {
                    day = day.plus(count, random.nextInt(7) - 2);
                }
            }
            for (Amount amount : Amount.values()) {
                if (random.nextInt(5) == 0) {
                    day = day.plus(amount, BigDecimal.valueOf(random.nextLong(-5_000_000, 30_000_000), 2));
                }
            }
            days.add(day);
        }
        days.add(Figures.one(Count.VISITS).plus(Amount.REFUNDED, new BigDecimal("10.00")));
        days.add(Figures.ZERO.plus(Count.VISITS, -1).plus(Amount.REFUNDED, new BigDecimal("-10.00")));

        CompactSum sum = new CompactSum();
        Figures expected = Figures.ZERO;
        for (Figures day : days) {
            sum.add(MongoOfficeFigures.compact(day));
            expected = expected.plus(MongoOfficeFigures.expand(MongoOfficeFigures.compact(day)));
        }

        assertThat(sum.figures()).isEqualTo(expected);
        assertThat(new CompactSum().figures()).isEqualTo(Figures.ZERO);
        CompactSum cancelling = new CompactSum();
        cancelling.add(MongoOfficeFigures.compact(days.get(days.size() - 2)));
        cancelling.add(MongoOfficeFigures.compact(days.getLast()));
        assertThat(cancelling.figures().isZero()).as("what sums to zero is left out, as in Figures").isTrue();
    }
}
