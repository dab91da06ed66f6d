package com.anchang.support.problem;

/**
 * A command the rulebook forbids in the current state (e.g. UNIT-2: a second hold on a held unit):
 * HTTP 409, naming the rule. Nothing was changed.
 */
public class RuleRefusedException extends RuntimeException {

    private final String rule;

    public RuleRefusedException(String rule, String message) {
        super(message, null, false, false); // an answer to the caller, not a fault: no stack trace to fill
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
