package com.anchang.support.archsample.violating.domain;

public class ServletInDomain {
    String path(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }
}
