package com.anchang.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.anchang.dashboard.application.RecordingFigures.Occurrence;
import com.anchang.dashboard.domain.Count;
import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeZones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordingFiguresTest {

    final InMemoryOfficeFigures store = new InMemoryOfficeFigures();
    final RecordingFigures recording = new RecordingFigures(store,
            new OfficeZones(ZoneId.of("Asia/Shanghai"), Map.of("office-urumqi", ZoneId.of("Asia/Urumqi"))));

    Occurrence lead(String eventId, String officeId, String at) {
        return new Occurrence(eventId, "dev-1", officeId, Instant.parse(at), null, Figures.one(Count.NEW_LEADS));
    }

    @Test
    @DisplayName("an event counts on the office's calendar day: 15:59:59Z is still the same day in Shanghai, 16:00Z is the next one")
    void dayCutOffIsTheOfficesMidnight() {
        recording.record(lead("e1", "office-1", "2026-11-20T15:59:59Z"));
        recording.record(lead("e2", "office-1", "2026-11-20T16:00:00Z"));

        assertThat(store.on("office-1", LocalDate.parse("2026-11-20")).count(Count.NEW_LEADS)).isEqualTo(1);
        assertThat(store.on("office-1", LocalDate.parse("2026-11-21")).count(Count.NEW_LEADS)).isEqualTo(1);
    }

    @Test
    @DisplayName("an office with a zone of its own counts by its own midnight (Urumqi, UTC+6: 17:59Z the same day, 18:00Z the next)")
    void anOfficesOwnZone() {
        recording.record(lead("e1", "office-urumqi", "2026-11-20T17:59:00Z"));
        recording.record(lead("e2", "office-urumqi", "2026-11-20T18:00:00Z"));

        assertThat(store.on("office-urumqi", LocalDate.parse("2026-11-20")).count(Count.NEW_LEADS)).isEqualTo(1);
        assertThat(store.on("office-urumqi", LocalDate.parse("2026-11-21")).count(Count.NEW_LEADS)).isEqualTo(1);
    }

    @Test
    @DisplayName("a reception counts on the rotation's business day the event names, not on its instant's")
    void businessDayWins() {
        recording.record(new Occurrence("e1", "dev-1", "office-1", Instant.parse("2026-11-23T16:30:00Z"),
                LocalDate.parse("2026-11-23"), Figures.one(Count.VISITS)));

        assertThat(store.on("office-1", LocalDate.parse("2026-11-23")).count(Count.VISITS)).isEqualTo(1);
        assertThat(store.on("office-1", LocalDate.parse("2026-11-24")).isZero()).isTrue();
    }

    @Test
    @DisplayName("the same event delivered twice counts once")
    void oncePerEvent() {
        assertThat(recording.record(lead("e1", "office-1", "2026-11-20T02:00:00Z"))).isTrue();
        assertThat(recording.record(lead("e1", "office-1", "2026-11-20T02:00:00Z"))).isFalse();

        assertThat(store.on("office-1", LocalDate.parse("2026-11-20")).count(Count.NEW_LEADS)).isEqualTo(1);
    }
}
