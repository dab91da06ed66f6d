package com.anchang.transaction.domain;

/** Port: the deal policy in force at an office. */
public interface DealPolicies {

    DealPolicy forOffice(String officeId);
}
