package com.anchang.lead.domain;

/** Port: the protection policy in force at an office (LEAD-3). */
public interface ProtectionPolicies {

    ProtectionPolicy forOffice(String officeId);
}
