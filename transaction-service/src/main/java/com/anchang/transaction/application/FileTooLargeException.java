package com.anchang.transaction.application;

/** An uploaded file over the size the office allows: HTTP 413 naming the field. Nothing was stored. */
public class FileTooLargeException extends RuntimeException {

    private final String field;
    private final long limitBytes;

    public FileTooLargeException(String field, long sizeBytes, long limitBytes) {
        super(field + " is " + sizeBytes + " bytes, more than the " + limitBytes + " bytes allowed", null, false, false);
        this.field = field;
        this.limitBytes = limitBytes;
    }

    public String field() {
        return field;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
