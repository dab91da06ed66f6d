package com.anchang.support.archsample.violating.adapter.web;

public class WebReachesTheStore {
    org.springframework.data.mongodb.core.MongoTemplate mongo;
}
