package com.anchang.support.problem;

/** A service the answer depends on did not answer in time: HTTP 503, the caller may retry. Nothing was changed. */
public class UnavailableException extends RuntimeException {

    public UnavailableException(String message) {
        super(message);
    }

    public UnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
