package com.anchang.lead.domain;

/** The office already holds a lead for this mobile number; nothing was written. */
public class MobileAlreadyRegisteredException extends RuntimeException {

    private final String officeId;
    private final MobileNumber mobile;

    public MobileAlreadyRegisteredException(String officeId, MobileNumber mobile) {
        super("office " + officeId + " already holds a lead for " + mobile.masked());
        this.officeId = officeId;
        this.mobile = mobile;
    }

    public String officeId() {
        return officeId;
    }

    public MobileNumber mobile() {
        return mobile;
    }
}
