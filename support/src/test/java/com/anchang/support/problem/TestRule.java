package com.anchang.support.problem;

/** Rules of a made-up rulebook, for the support tests. */
public enum TestRule implements RuleId {
    UNIT_2,
    OPEN_1;
}
