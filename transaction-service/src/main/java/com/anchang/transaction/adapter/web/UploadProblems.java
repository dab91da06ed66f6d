package com.anchang.transaction.adapter.web;

import com.anchang.transaction.application.FileTooLargeException;
import com.anchang.transaction.application.KeepingDealFiles;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Problem details for file uploads that name the field, ahead of the platform's generic ones: a file
 * over the limit is 413 naming {@code file} — whether this service measured it or the multipart limit
 * stopped the request before any controller ran (which is why this advice is not tied to one
 * controller) — and a missing part is 400 naming it.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    @ExceptionHandler(FileTooLargeException.class)
    ProblemDetail tooLarge(FileTooLargeException e) {
        return tooLarge(e.field(), e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail overMultipartLimit(MaxUploadSizeExceededException e) {
        return tooLarge(KeepingDealFiles.FIELD, KeepingDealFiles.FIELD + " is over the upload limit"
                + (e.getMaxUploadSize() > 0 ? " of " + e.getMaxUploadSize() + " bytes" : ""));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ProblemDetail missingPart(MissingServletRequestPartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                e.getRequestPartName() + " is required");
        problem.setType(URI.create("https://anchang.dev/problems/invalid-input"));
        problem.setTitle("Invalid input");
        problem.setProperty("field", e.getRequestPartName());
        return problem;
    }

    private static ProblemDetail tooLarge(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
        problem.setType(URI.create("https://anchang.dev/problems/too-large"));
        problem.setTitle("Too large");
        problem.setProperty("field", field);
        return problem;
    }
}
