package com.anchang.support.archsample.violating.application;

@org.springframework.stereotype.Service
public class SpringInApplication {
}
