package com.anchang.support.archsample.violating.domain;

public class BsonInDomain {
    org.bson.Document stored;
}
