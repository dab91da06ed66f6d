package com.anchang.commission.domain;

/** Port: the crediting and commission policy in force at an office. */
public interface OfficePolicies {

    OfficeCreditPolicy forOffice(String officeId);
}
