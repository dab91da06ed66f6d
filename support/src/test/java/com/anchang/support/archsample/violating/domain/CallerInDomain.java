package com.anchang.support.archsample.violating.domain;

public class CallerInDomain {
    com.anchang.support.security.Caller caller;
}
