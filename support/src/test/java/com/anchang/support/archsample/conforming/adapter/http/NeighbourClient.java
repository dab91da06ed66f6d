package com.anchang.support.archsample.conforming.adapter.http;

public class NeighbourClient {
    io.github.resilience4j.circuitbreaker.CircuitBreaker breaker;
}
