package com.anchang.support.archsample.violating.domain;

public class ContractInDomain {
    com.anchang.events.lead.LeadRegistered registered;
}
