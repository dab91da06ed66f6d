package com.anchang.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LeadListTest {

    @Test
    @DisplayName("LEAD-10: a customer's name in the dashboards' lead list keeps its first character only")
    void maskedNames() {
        assertThat(LeadList.masked("王先生")).isEqualTo("王**");
        assertThat(LeadList.masked("欧阳娜娜")).isEqualTo("欧***");
        assertThat(LeadList.masked(" Li Na ")).isEqualTo("L****");
        assertThat(LeadList.masked("李")).isEqualTo("李");
        assertThat(LeadList.masked("")).isNull();
        assertThat(LeadList.masked(null)).isNull();
    }
}
