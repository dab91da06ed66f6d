package com.anchang.dashboard.application;

import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.dashboard.domain.OfficeZones;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Adds what one event of another service says to its office's day: the day it happened in the office's
 * time zone (or the business day the event names), once per event id, whatever order events arrive in.
 */
public class RecordingFigures {

    private final OfficeFigures store;
    private final OfficeZones zones;

    public RecordingFigures(OfficeFigures store, OfficeZones zones) {
        this.store = store;
        this.zones = zones;
    }

    /**
     * @param at when it happened
     * @param businessDay the office day the event itself names (a rotation's day), or null to take {@code at}'s day in the office's zone
     */
    public record Occurrence(String eventId, String developerId, String officeId, Instant at, LocalDate businessDay,
            Figures figures) {

        public Occurrence {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(developerId, "developerId");
            Objects.requireNonNull(officeId, "officeId");
            Objects.requireNonNull(figures, "figures");
            if (at == null && businessDay == null) {
                throw new IllegalArgumentException("an occurrence needs its instant or its business day");
            }
        }
    }

    /** Returns whether the event was applied now (false: it had been already). */
    public boolean record(Occurrence occurrence) {
        LocalDate day = occurrence.businessDay() != null ? occurrence.businessDay()
                : zones.dayOf(occurrence.officeId(), occurrence.at());
        return store.add(occurrence.developerId(), occurrence.officeId(), day, occurrence.eventId(), occurrence.figures());
    }
}
