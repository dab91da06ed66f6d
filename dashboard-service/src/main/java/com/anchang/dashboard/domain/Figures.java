package com.anchang.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts and amounts, of one office day or summed over many. Immutable; absent entries are zero.
 */
public final class Figures {

    public static final Figures ZERO = new Figures(Map.of(), Map.of());

    private final Map<Count, Long> counts;
    private final Map<Amount, BigDecimal> amounts;

    private Figures(Map<Count, Long> counts, Map<Amount, BigDecimal> amounts) {
        EnumMap<Count, Long> c = new EnumMap<>(Count.class);
        counts.forEach((k, v) -> {
            if (v != 0) {
                c.put(k, v);
            }
        });
        EnumMap<Amount, BigDecimal> a = new EnumMap<>(Amount.class);
        amounts.forEach((k, v) -> {
            if (v.signum() != 0) {
                a.put(k, money(v));
            }
        });
        this.counts = Collections.unmodifiableMap(c);
        this.amounts = Collections.unmodifiableMap(a);
    }

    public static Figures of(Map<Count, Long> counts, Map<Amount, BigDecimal> amounts) {
        return new Figures(counts, amounts);
    }

    /** One more of this count. */
    public static Figures one(Count count) {
        return new Figures(Map.of(count, 1L), Map.of());
    }

    public Figures plus(Count count, long n) {
        EnumMap<Count, Long> c = new EnumMap<>(Count.class);
        c.putAll(counts);
        c.merge(count, n, Long::sum);
        return new Figures(c, amounts);
    }

    /** Adds an amount; a null one (an event that does not state it) adds nothing. */
    public Figures plus(Amount amount, BigDecimal value) {
        if (value == null) {
            return this;
        }
        EnumMap<Amount, BigDecimal> a = new EnumMap<>(Amount.class);
        a.putAll(amounts);
        a.merge(amount, value, BigDecimal::add);
        return new Figures(counts, a);
    }

    public Figures plus(Figures other) {
        EnumMap<Count, Long> c = new EnumMap<>(Count.class);
        c.putAll(counts);
        other.counts.forEach((k, v) -> c.merge(k, v, Long::sum));
        EnumMap<Amount, BigDecimal> a = new EnumMap<>(Amount.class);
        a.putAll(amounts);
        other.amounts.forEach((k, v) -> a.merge(k, v, BigDecimal::add));
        return new Figures(c, a);
    }

    /** The same figures taken off: every count and amount with its sign turned. */
    public Figures negated() {
        EnumMap<Count, Long> c = new EnumMap<>(Count.class);
        counts.forEach((k, v) -> c.put(k, -v));
        EnumMap<Amount, BigDecimal> a = new EnumMap<>(Amount.class);
        amounts.forEach((k, v) -> a.put(k, v.negate()));
        return new Figures(c, a);
    }

    public long count(Count count) {
        return counts.getOrDefault(count, 0L);
    }

    public BigDecimal amount(Amount amount) {
        return amounts.getOrDefault(amount, money(BigDecimal.ZERO));
    }

    public Map<Count, Long> counts() {
        return counts;
    }

    public Map<Amount, BigDecimal> amounts() {
        return amounts;
    }

    public boolean isZero() {
        return counts.isEmpty() && amounts.isEmpty();
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figures f && counts.equals(f.counts) && amounts.equals(f.amounts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode() * 31 + amounts.hashCode();
    }

    @Override
    public String toString() {
        return "Figures" + counts + amounts;
    }
}
