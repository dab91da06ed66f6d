package com.anchang.identity.application;

import com.anchang.identity.domain.Office;
import com.anchang.identity.domain.OfficeRepository;
import java.time.Clock;

/**
 * IDN-7, ADR 32: offices opened before the directory told openings to other services are told once, at start
 * ({@code identity.office-opened}, from each office's document): without it the other services' office
 * directories would not know them, and their head office would read them as unknown (404). An office told
 * meanwhile (by another instance doing the same) is left to that write.
 */
public class TellingOffices {

    private final OfficeRepository offices;
    private final Clock clock;

    public TellingOffices(OfficeRepository offices, Clock clock) {
        this.offices = offices;
        this.clock = clock;
    }

    /** @return how many offices were told */
    public int tellNeverTold() {
        int told = 0;
        for (Office office : offices.neverTold()) {
            if (offices.tellOpened(office, clock.instant())) {
                told++;
            }
        }
        return told;
    }
}
