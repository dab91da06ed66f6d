package com.anchang.support.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/**
 * Aggregates are rebuilt from storage through one static {@code restore(...)} and change only through
 * their rule-checking methods: no public constructor that takes stored state, no public {@code with*}
 * or {@code set*} that would let a caller put a state in place and skip the rule.
 */
public final class Aggregates {

    private Aggregates() {
    }

    public static void assertNoBackDoor(Class<?>... aggregates) {
        for (Class<?> aggregate : aggregates) {
            assertThat(Arrays.stream(aggregate.getMethods())
                    .filter(m -> !Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName)
                    .filter(name -> name.matches("(with|set)[A-Z].*")))
                    .as("public with*/set* methods of %s", aggregate.getSimpleName())
                    .isEmpty();
            assertThat(aggregate.getConstructors()).as("public constructors of %s", aggregate.getSimpleName())
                    .isEmpty();
            assertThat(Arrays.stream(aggregate.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName))
                    .as("%s is rebuilt from storage by restore(...)", aggregate.getSimpleName())
                    .contains("restore");
        }
    }
}
