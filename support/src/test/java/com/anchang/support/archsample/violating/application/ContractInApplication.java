package com.anchang.support.archsample.violating.application;

public class ContractInApplication {
    void on(com.anchang.events.lead.LeadRegistered event) {
    }
}
