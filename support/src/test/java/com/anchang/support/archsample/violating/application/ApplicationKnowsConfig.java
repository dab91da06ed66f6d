package com.anchang.support.archsample.violating.application;

public class ApplicationKnowsConfig {
    com.anchang.support.archsample.violating.config.ContractInConfig settings;
}
