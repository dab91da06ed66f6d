package com.anchang.support.problem;

/** The addressed object does not exist (or is not visible to the caller): HTTP 404. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public NotFoundException(String kind, String id) {
        super(kind + " " + id + " not found", null, false, false); // an answer, not a fault: no stack trace
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
