package com.anchang.support.archsample.violating.domain;

public class SpringInDomain {
    boolean named(String name) {
        return org.springframework.util.StringUtils.hasText(name);
    }
}
