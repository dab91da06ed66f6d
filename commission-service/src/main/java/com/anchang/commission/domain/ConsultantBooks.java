package com.anchang.commission.domain;

import java.time.YearMonth;
import java.util.List;

/** Port: each consultant's statement book at an office, read by key (kept beside the deals' documents). */
public interface ConsultantBooks {

    /** The book of one consultant at one office of one developer; empty when they have no deal there. */
    ConsultantBook of(String developerId, String officeId, String consultantId);

    /** One consultant's slices of one month at an office (the month of the entries in the office's zone). */
    record BookMonth(String officeId, String consultantId, List<StatementSlice> slices) {

        public BookMonth {
            slices = List.copyOf(slices);
        }
    }

    /** Every consultant's slices of the month at every office of the developer (head office's league table). */
    List<BookMonth> month(String developerId, YearMonth month);
}
