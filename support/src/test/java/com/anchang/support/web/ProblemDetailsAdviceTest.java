package com.anchang.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.support.problem.RuleRefusedException;
import com.anchang.support.problem.TestRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

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

    @Test
    @DisplayName("a store out of reach answers 503 with Retry-After, never a 500: the client's retry resolves it")
    void storeOutOfReachIs503() {
        ResponseEntity<ProblemDetail> answer = new ProblemDetailsAdvice().storeUnavailable(
                new DataAccessResourceFailureException("Timed out while waiting for a server",
                        new MongoTimeoutException("no server")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(answer.getBody().getType().toString()).endsWith("/unavailable");
        assertThat(answer.getBody().getDetail()).doesNotContain("Timed out"); // the driver's words stay in the log
    }
}
