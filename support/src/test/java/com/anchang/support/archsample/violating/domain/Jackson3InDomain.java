package com.anchang.support.archsample.violating.domain;

public class Jackson3InDomain {
    tools.jackson.databind.json.JsonMapper json;
}
