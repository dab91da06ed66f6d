package com.anchang.dashboard.application;

import com.anchang.dashboard.application.RecordingFigures.Occurrence;
import com.anchang.dashboard.domain.Additions;
import com.anchang.dashboard.domain.Additions.Added;
import com.anchang.dashboard.domain.Figures;
import java.time.Instant;
import java.util.List;

/**
 * The floor area sold with its list and sale prices (ADR 28): a unit's reservation and its contract add what their
 * events state to the office day, once per event id, and are remembered per unit; the unit's release takes off
 * what was added, nothing more, on its own day. A unit reserved before inventory stated its area added no area,
 * so its release takes none off.
 */
public class RecordingUnitArea {

    private static final String RESERVED = "RESERVED";
    private static final String CONTRACTED = "CONTRACTED";

    private final RecordingFigures recording;
    private final Additions additions;

    public RecordingUnitArea(RecordingFigures recording, Additions additions) {
        this.recording = recording;
        this.additions = additions;
    }

    /** Reserved by a formal deposit (or a swap): {@code area} its area, list and price as the event states them. */
    public void reserved(String unitId, String eventId, String developerId, String officeId, Instant at, Figures area) {
        add(key(unitId, RESERVED), eventId, developerId, officeId, at, area);
    }

    public void contracted(String unitId, String eventId, String developerId, String officeId, Instant at,
            Figures area) {
        add(key(unitId, CONTRACTED), eventId, developerId, officeId, at, area);
    }

    /** Back on sale: what its reservation and contract added is taken off on the day of the release. */
    public void released(String unitId, String eventId, Instant at) {
        List<String> keys = List.of(key(unitId, RESERVED), key(unitId, CONTRACTED));
        Figures off = Figures.ZERO;
        Added first = null;
        for (String key : keys) {
            Added added = additions.of(key).orElse(null);
            if (added != null) {
                off = off.plus(added.figures().negated());
                first = first == null ? added : first;
            }
        }
        if (first != null && !off.isZero()) {
            recording.record(new Occurrence(eventId, first.developerId(), first.officeId(), at == null ? first.at() : at,
                    null, off));
        }
        keys.forEach(additions::forget);
    }

    private void add(String key, String eventId, String developerId, String officeId, Instant at, Figures area) {
        if (area.isZero() || developerId == null || officeId == null || at == null) {
            return;
        }
        recording.record(new Occurrence(eventId, developerId, officeId, at, null, area));
        additions.remember(key, new Added(developerId, officeId, at, null, area));
    }

    private static String key(String unitId, String step) {
        return "unit|" + unitId + "|" + step;
    }
}
