package com.anchang.identity.adapter.web;

import com.anchang.identity.domain.AccessRefusedException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** IDN-7: a visible object with a forbidden action answers 403 naming the rule (before the shared advice). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class IdentityProblems {

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail refused(AccessRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setType(URI.create("https://anchang.dev/problems/forbidden"));
        problem.setTitle("Forbidden by " + e.rule().id());
        problem.setProperty("rule", e.rule().id());
        return problem;
    }
}
