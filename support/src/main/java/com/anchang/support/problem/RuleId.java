package com.anchang.support.problem;

import java.util.Arrays;

/**
 * A rule of a rulebook, as refusals, logs and API answers name it (e.g. "UNIT-2"). Each service's
 * domain declares one enum of the rules it enforces implementing this, so a rule id is a type the
 * compiler checks, never a loose string.
 */
public interface RuleId {

    /** The constant's name, e.g. UNIT_2 (an enum supplies it). */
    String name();

    /** The id as the rulebook spells it and API answers carry it: the constant's name, UNIT_2 → "UNIT-2". */
    default String id() {
        return name().replace('_', '-');
    }

    /**
     * The rule of {@code rules} with this id, for an id read back from storage; an id that is not one of
     * them fails loudly rather than being taken for another rule or dropped.
     *
     * @throws IllegalArgumentException if no rule of {@code rules} has this id
     */
    static <R extends Enum<R> & RuleId> R of(Class<R> rules, String id) {
        return Arrays.stream(rules.getEnumConstants()).filter(rule -> rule.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not a rule of "
                        + rules.getSimpleName()));
    }
}
