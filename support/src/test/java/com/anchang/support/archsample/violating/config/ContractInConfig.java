package com.anchang.support.archsample.violating.config;

public class ContractInConfig {
    String deadLetters(String service) {
        return com.anchang.events.Topics.deadLetter(service);
    }
}
