package com.anchang.inventory.domain;

/** Port: the sales-control policy in force at an office. */
public interface SalesControlPolicies {

    SalesControlPolicy forOffice(String officeId);
}
