package com.anchang.support.problem;

import java.util.Objects;

/**
 * A command the rulebook forbids in the current state (e.g. UNIT-2: a second hold on a held unit):
 * HTTP 409, naming the rule. Nothing was changed.
 */
public class RuleRefusedException extends RuntimeException {

    private final RuleId rule;

    public RuleRefusedException(RuleId rule, String message) {
        super(message, null, false, false); // an answer to the caller, not a fault: no stack trace to fill
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** The rule that refused; {@code rule().id()} is what the 409 answer names. */
    public RuleId rule() {
        return rule;
    }
}
