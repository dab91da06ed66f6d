package com.anchang.transaction.application;

import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealEvent;
import com.anchang.transaction.domain.DealRepository;
import com.anchang.transaction.domain.DealStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Deals in memory, for use-case tests: the events each write caused are kept in order, in {@link #published}. */
public class InMemoryDeals implements DealRepository {

    public final Map<String, Deal> stored = new LinkedHashMap<>();
    public final List<DealEvent> published = new ArrayList<>();
    private final Set<String> applied = new HashSet<>();

    @Override
    public Optional<Deal> find(String dealId) {
        return Optional.ofNullable(stored.get(dealId));
    }

    @Override
    public boolean insert(Deal deal, List<DealEvent> events) {
        if (stored.putIfAbsent(deal.id(), deal) != null) {
            return false;
        }
        published.addAll(events);
        return true;
    }

    @Override
    public void save(Deal deal, List<DealEvent> events, String appliedEventId) {
        stored.put(deal.id(), deal);
        published.addAll(events);
        if (appliedEventId != null) {
            applied.add(deal.id() + "|" + appliedEventId);
        }
    }

    @Override
    public boolean hasApplied(String dealId, String eventId) {
        return applied.contains(dealId + "|" + eventId);
    }

    @Override
    public List<Deal> ofOffice(String officeId, DealStatus status, String consultantId, int offset, int limit) {
        return stored.values().stream().filter(deal -> deal.officeId().equals(officeId))
                .filter(deal -> status == null || deal.status() == status)
                .filter(deal -> consultantId == null || deal.consultantId().equals(consultantId))
                .sorted(Comparator.comparing(Deal::openedAt).reversed()).skip(offset).limit(limit).toList();
    }

    @Override
    public List<Deal> escalatedOf(String officeId, int limit) {
        return ofOffice(officeId, null, null, 0, limit).stream().filter(deal -> !deal.openEscalations().isEmpty()).toList();
    }

    @Override
    public List<Deal> withDeadlineBy(Instant now) {
        return stored.values().stream().filter(deal -> switch (deal.status()) {
            case UNIT_HELD, DEPOSIT_RECEIVED, SUBSCRIPTION_DRAFTED, SUBSCRIPTION_APPROVED, SUBSCRIPTION_SIGNED -> true;
            default -> false;
        }).toList();
    }

    @Override
    public List<Deal> withNextDeadline() {
        return withDeadlineBy(Instant.MAX);
    }

    @Override
    public List<Deal> waitingOf(String officeId, int limit) {
        return ofOffice(officeId, null, null, 0, limit).stream().filter(deal -> deal.waiting().isPresent()).toList();
    }

    @Override
    public List<Deal> waitingForConfirmation() {
        return stored.values().stream().filter(deal -> deal.waiting().isPresent()).toList();
    }
}
