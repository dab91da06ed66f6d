package com.anchang.lead.domain.rotation;

/** The rotation policy of each office. */
@FunctionalInterface
public interface RotationPolicies {

    RotationPolicy forOffice(String officeId);
}
