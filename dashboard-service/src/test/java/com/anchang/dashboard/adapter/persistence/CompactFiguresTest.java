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
}
