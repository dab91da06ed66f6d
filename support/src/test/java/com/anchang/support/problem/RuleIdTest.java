package com.anchang.support.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleIdTest {

    @Test
    @DisplayName("a stored rule id reads back as the rule of the rulebook with that id")
    void readsAStoredIdBack() {
        assertThat(RuleId.of(TestRule.class, "OPEN-1")).isSameAs(TestRule.OPEN_1);
    }

    @Test
    @DisplayName("a stored id that is no rule of the rulebook fails loudly, naming it, instead of being dropped")
    void anUnknownIdFailsLoudly() {
        assertThatThrownBy(() -> RuleId.of(TestRule.class, "UNIT-9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'UNIT-9'")
                .hasMessageContaining("TestRule");
        assertThatThrownBy(() -> RuleId.of(TestRule.class, "UNIT_2")).isInstanceOf(IllegalArgumentException.class);
    }
}
