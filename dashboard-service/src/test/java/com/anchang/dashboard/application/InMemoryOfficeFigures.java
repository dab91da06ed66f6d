package com.anchang.dashboard.application;

import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.dashboard.domain.Period;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The store in memory, for use-case tests: per office a day → figures map, the applied event ids per day. */
public class InMemoryOfficeFigures implements OfficeFigures {

    final Map<String, TreeMap<LocalDate, Figures>> days = new HashMap<>();
    final Map<String, Set<String>> applied = new HashMap<>();
    final Map<String, String> developers = new HashMap<>();

    @Override
    public boolean add(String developerId, String officeId, LocalDate day, String eventId, Figures figures) {
        developers.put(officeId, developerId);
        if (!applied.computeIfAbsent(officeId + "|" + day, k -> new HashSet<>()).add(eventId)) {
            return false;
        }
        days.computeIfAbsent(officeId, k -> new TreeMap<>()).merge(day, figures, Figures::plus);
        return true;
    }

    @Override
    public Map<String, Figures> totals(Collection<String> officeIds, Period period) {
        Map<String, Figures> totals = new HashMap<>();
        for (String office : officeIds) {
            Figures sum = Figures.ZERO;
            for (Figures f : days.getOrDefault(office, new TreeMap<>()).subMap(period.from(), true, period.to(), true)
                    .values()) {
                sum = sum.plus(f);
            }
            totals.put(office, sum);
        }
        return totals;
    }

    @Override
    public Optional<String> developerOf(String officeId) {
        return Optional.ofNullable(developers.get(officeId));
    }

    @Override
    public List<String> officesOf(String developerId) {
        Set<String> offices = new TreeSet<>();
        developers.forEach((office, developer) -> {
            if (developer.equals(developerId)) {
                offices.add(office);
            }
        });
        return List.copyOf(offices);
    }

    public Figures on(String officeId, LocalDate day) {
        return days.getOrDefault(officeId, new TreeMap<>()).getOrDefault(day, Figures.ZERO);
    }
}
