package com.anchang.support.problem;

/** Rules of a made-up rulebook, for the support tests. */
public enum TestRule implements RuleId {
    UNIT_2("UNIT-2"),
    OPEN_1("OPEN-1");

    private final String id;

    TestRule(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
