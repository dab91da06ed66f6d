package com.anchang.support.archsample.violating.adapter.web;

public class BreakerInWeb {
    io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;
}
