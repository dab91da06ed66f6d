package com.anchang.support.problem;

/**
 * The caller may see the object but may not do this to it (their roles do not allow it): 403. An
 * object the caller may not even see is a {@link NotFoundException} instead, so its existence is not
 * leaked.
 */
public class ForbiddenException extends RuntimeException {

    private final String action;

    /**
     * @param action what was attempted, e.g. "receive a deposit"
     * @param message why not, for the caller, e.g. "needs FINANCE or PM at office-binjiang"
     */
    public ForbiddenException(String action, String message) {
        super(message, null, false, false); // an answer to the caller, not a fault: no stack trace to fill
        this.action = action;
    }

    public String action() {
        return action;
    }
}
