package com.anchang.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** NOTE-2: the buyer's mortgage appointment as the deal set it: bank, place, time and the documents to bring. */
public record MortgageAppointment(String bank, String place, Instant at, List<String> documents) {

    public MortgageAppointment {
        Objects.requireNonNull(at, "at");
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
