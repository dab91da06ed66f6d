package com.anchang.support.archsample.conforming.adapter.persistence;

public class PlotDocument {
    org.bson.Document stored;
}
