package com.anchang.support.archsample.violating.application;

public class ApplicationKnowsAnAdapter {
    com.anchang.support.archsample.violating.adapter.web.WebReachesTheStore controller;
}
