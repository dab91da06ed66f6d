package com.anchang.dashboard.application;

import com.anchang.dashboard.application.RecordingFigures.Occurrence;
import com.anchang.dashboard.domain.DealLedger;
import com.anchang.dashboard.domain.DealState;
import com.anchang.dashboard.domain.OpenDeals;
import java.time.Instant;
import java.util.function.Function;

/**
 * Adds what one event of a deal says to its office's day, where the figures depend on the deal's earlier
 * events (a swap, a price change, a cancellation after signing): first the deal's state, once per event id,
 * which keeps the figures the event made; then those figures to the office day, once per event id; then what
 * is open of the deal (a down payment due, a mortgage in progress) into the office's open deals, as the deal
 * stands now. The figures go to the closing consultant's share too (league tables).
 */
public class RecordingDealFigures {

    private final DealLedger deals;
    private final RecordingFigures recording;
    private final OpenDeals openDeals;
    private final RecordingPeople people;

    public RecordingDealFigures(DealLedger deals, RecordingFigures recording, OpenDeals openDeals, RecordingPeople people) {
        this.deals = deals;
        this.recording = recording;
        this.openDeals = openDeals;
        this.people = people;
    }

    /**
     * Returns the figures the event added (zero for one that only moves what is open: a due date, an appointment),
     * which also go to the closing consultant's share when the event names them.
     */
    public DealState.Effect record(String dealId, String eventId, String developerId, String officeId,
            String consultantId, Instant at, Function<DealState, DealState.Effect> change) {
        DealState.Effect effect = deals.apply(dealId, eventId, change);
        if (!effect.figures().isZero()) {
            recording.record(new Occurrence(eventId, developerId, officeId, at, null, effect.figures()));
            people.deal(officeId, consultantId, at, eventId, effect.figures());
        }
        effect.next().open().ifPresentOrElse(open -> openDeals.put(officeId, dealId, open),
                () -> openDeals.remove(officeId, dealId));
        return effect;
    }
}
