package com.anchang.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.problem.TestRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ProblemDetailsAdviceTest {

    @Test
    @DisplayName("a typed rule refusal answers 409 naming the rule by its rulebook id, a plain string as before")
    void refusalNamesTheRuleById() {
        ProblemDetail problem = new ProblemDetailsAdvice()
                .refused(new RuleRefusedException(TestRule.UNIT_2, "unit A-101 was held by another deal"));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getTitle()).isEqualTo("Refused by UNIT-2");
        assertThat(problem.getDetail()).isEqualTo("unit A-101 was held by another deal");
        assertThat(problem.getProperties()).containsEntry("rule", "UNIT-2");
    }
}
