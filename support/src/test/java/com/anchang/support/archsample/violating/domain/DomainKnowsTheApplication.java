package com.anchang.support.archsample.violating.domain;

public class DomainKnowsTheApplication {
    com.anchang.support.archsample.violating.application.SpringInApplication useCase;
}
