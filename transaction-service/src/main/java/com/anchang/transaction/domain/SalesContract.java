package com.anchang.transaction.domain;

import java.time.Instant;
import java.util.Objects;

/** The signed sales contract (商品房买卖合同): its number (e.g. the online filing's), when, recorded by whom. */
public record SalesContract(String contractNumber, Instant signedAt, String recordedBy) {

    public SalesContract {
        Objects.requireNonNull(contractNumber, "contractNumber");
        Objects.requireNonNull(signedAt, "signedAt");
    }
}
