package com.anchang.lead.adapter.web.rotation;

import com.anchang.lead.domain.rotation.CallOffer;
import java.time.Instant;
import java.util.List;

/**
 * ROT-10: a ringing call, offered to {@code consultant} alone until {@code openAt}, then to anyone on duty.
 */
public record CallOfferView(String offerId, String consultant, Instant offeredAt, Instant openAt, int round,
        String why, List<EntryView> snapshot, String source) {

    public static CallOfferView of(CallOffer offer) {
        return offer == null ? null : new CallOfferView(offer.id(), offer.offeredTo(), offer.offeredAt(),
                offer.openAt(), offer.round(), offer.why(), EntryView.of(offer.snapshot()), offer.source());
    }
}
