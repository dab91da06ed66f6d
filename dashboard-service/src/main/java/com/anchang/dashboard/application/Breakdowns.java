package com.anchang.dashboard.application;

import com.anchang.dashboard.domain.Figures;
import com.anchang.dashboard.domain.OfficeFigures;
import com.anchang.dashboard.domain.OfficeZones;
import com.anchang.dashboard.domain.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An office's figures broken down by who or what they belong to (the approver of a discount, the kind of a loan), per office day
 * and once per event id: kept in a store of office figures of its own where each office and key is an
 * "office" of the office-and-dimension (so the same keyed documents, months and month totals serve it).
 */
public class Breakdowns {

    /** What figures are broken down by. */
    public enum Dimension {
        /** The PM or head office who approved a special discount (UNIT-4). */
        APPROVER,
        /** The kind of a mortgage loan disbursed (COMMERCIAL_LOAN, HOUSING_FUND_LOAN, COMBINED_LOAN). */
        LOAN_KIND,
        /** The consultant a reception, lead, deal, follow-up or violation belongs to. */
        CONSULTANT,
        /** The channel of a reminder (SMS, WECHAT ...). */
        CHANNEL
    }

    private final OfficeFigures store;
    private final OfficeZones zones;

    public Breakdowns(OfficeFigures store, OfficeZones zones) {
        this.store = store;
        this.zones = zones;
    }

    private static String group(String officeId, Dimension dimension) {
        return officeId + "|" + dimension;
    }

    /** Adds an event's figures to the key's share of the office's day; returns whether it was applied now. */
    public boolean record(String officeId, Dimension dimension, String key, Instant at, String eventId, Figures figures) {
        return recordOn(officeId, dimension, key, zones.dayOf(officeId, at), eventId, figures);
    }

    /** The same on an office day the event names (a rotation's business day). */
    public boolean recordOn(String officeId, Dimension dimension, String key, LocalDate day, String eventId,
            Figures figures) {
        return store.add(group(officeId, dimension), group(officeId, dimension) + "|" + key, day, eventId, figures);
    }

    /** Per key, its figures over the period summed across the offices asked, keys in order. */
    public Map<String, Figures> of(Collection<String> officeIds, Dimension dimension, Period period) {
        List<String> keyed = new ArrayList<>();
        for (String office : officeIds) {
            keyed.addAll(store.officesOf(group(office, dimension)));
        }
        Map<String, Figures> byKey = new TreeMap<>();
        store.totals(keyed, period).forEach((officeAndKey, figures) -> {
            String key = officeAndKey.substring(officeAndKey.indexOf('|', officeAndKey.indexOf('|') + 1) + 1);
            byKey.merge(key, figures, Figures::plus);
        });
        return byKey;
    }
}
