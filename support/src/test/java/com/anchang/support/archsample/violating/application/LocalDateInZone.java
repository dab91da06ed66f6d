package com.anchang.support.archsample.violating.application;

import java.time.LocalDate;
import java.time.ZoneId;

public class LocalDateInZone {
    LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
