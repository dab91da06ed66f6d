package com.anchang.support.archsample.violating.domain;

public record Jackson2InDomain(@com.fasterxml.jackson.annotation.JsonProperty("n") String name) {
}
