package com.anchang.dashboard.adapter.persistence;

import com.anchang.dashboard.domain.Amount;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * A running sum of figures in the month and year documents' compact form ({@link MongoOfficeFigures#compact}), added
 * straight from their arrays: a dashboard of 50 offices over two periods adds some ten thousand days and months,
 * and making a {@link Figures} of each (two maps per day, then two more per sum) cost more than reading them.
 * The sum is the same as expanding each and adding them.
 */
final class CompactSum {

    private static final Count[] COUNTS = Count.values();
    private static final Amount[] AMOUNTS = Amount.values();

    private final long[] counts = new long[COUNTS.length];
    private final BigDecimal[] amounts = new BigDecimal[AMOUNTS.length];

    void add(Document compact) {
        List<?> c = compact.get("c", List.class);
        for (int i = 0; i < Math.min(c.size(), counts.length); i++) {
            counts[i] += ((Number) c.get(i)).longValue();
        }
        List<?> a = compact.get("a", List.class);
        for (int i = 0; i < Math.min(a.size(), amounts.length); i++) {
            BigDecimal value = ((Decimal128) a.get(i)).bigDecimalValue();
            if (value.signum() != 0) {
                amounts[i] = amounts[i] == null ? value : amounts[i].add(value);
            }
        }
    }

    Figures figures() {
        Map<Count, Long> c = new EnumMap<>(Count.class);
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] != 0) {
                c.put(COUNTS[i], counts[i]);
            }
        }
        Map<Amount, BigDecimal> a = new EnumMap<>(Amount.class);
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] != null) {
                a.put(AMOUNTS[i], amounts[i]);
            }
        }
        return Figures.of(c, a);
    }
}
