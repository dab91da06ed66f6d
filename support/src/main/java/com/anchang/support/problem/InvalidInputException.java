package com.anchang.support.problem;

/** A value that is well-formed JSON but not acceptable (e.g. a malformed mobile number): HTTP 400 naming the field. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message, null, false, false); // an answer to the caller, not a fault: no stack trace to fill
        this.field = field;
    }

    public String field() {
        return field;
    }
}
