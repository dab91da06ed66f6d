package com.anchang.commission.domain;

/** Port: each consultant's statement book at an office, read by key (kept beside the deals' documents). */
public interface ConsultantBooks {

    /** The book of one consultant at one office of one developer; empty when they have no deal there. */
    ConsultantBook of(String developerId, String officeId, String consultantId);
}
