package com.anchang.support.archsample.violating.application;

public class CurrentTimeMillis {
    long stamp() {
        return System.currentTimeMillis();
    }
}
