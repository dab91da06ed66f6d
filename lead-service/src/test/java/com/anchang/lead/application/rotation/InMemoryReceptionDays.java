package com.anchang.lead.application.rotation;

import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.lead.domain.rotation.ReceptionDays;
import com.anchang.lead.domain.rotation.RotationEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The days in memory, written back as copies restored from their state (as the store would). */
public final class InMemoryReceptionDays implements ReceptionDays {

    private final Map<String, ReceptionDay> days = new HashMap<>();
    /** Every event written with a day, in order (what the day's outbox carried). */
    final List<RotationEvent> written = new ArrayList<>();

    @Override
    public Optional<ReceptionDay> find(String officeId, LocalDate businessDay) {
        return Optional.ofNullable(days.get(ReceptionDay.idOf(officeId, businessDay))).map(InMemoryReceptionDays::copy);
    }

    @Override
    public void save(ReceptionDay day, List<RotationEvent> caused) {
        days.put(day.id(), copy(day));
        written.addAll(caused);
    }

    static ReceptionDay copy(ReceptionDay day) {
        return ReceptionDay.restore(day.developerId(), day.officeId(), day.businessDay(), day.duties(), day.rounds(),
                day.pending(), day.roundLogs(), day.assignments(), day.skips(), day.ringing().orElse(null),
                day.nextNumber(), day.version() + 1);
    }
}
