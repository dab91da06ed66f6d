package com.anchang.commission.application;

import com.anchang.commission.domain.BuyerTotalsRepository;
import com.anchang.commission.domain.ClaimEvent;
import com.anchang.commission.domain.ConsultantBook;
import com.anchang.commission.domain.ConsultantBooks;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.OfficeCreditPolicy;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipTimeline;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import com.anchang.commission.domain.StatementSlice;
import com.anchang.support.tenancy.OfficeDirectory;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The stores of commission-service in memory, with the same compare-and-set and idempotency as the Mongo ones. */
final class InMemoryStores {

    /** The offices of these tests: office-1 and office-2 of dev-1. */
    static final OfficeDirectory OFFICES = OfficeDirectory.inMemory(Map.of("office-1", "dev-1", "office-2", "dev-1"));

    static class Credits implements DealCreditRepository {

        final Map<String, DealCredit> stored = new LinkedHashMap<>();
        final List<String> listedForDevelopers = new ArrayList<>();

        @Override
        public Optional<DealCredit> find(String dealId) {
            return Optional.ofNullable(stored.get(dealId));
        }

        /** The events written with the deals, in the order written (what the outbox would publish). */
        final List<ClaimEvent> published = new ArrayList<>();

        @Override
        public boolean save(DealCredit credit, DealCredit read, List<ClaimEvent> caused) {
            DealCredit current = stored.get(credit.dealId());
            long revision = current == null ? -1 : current.revision();
            if (revision != credit.revision()) {
                return false;
            }
            stored.put(credit.dealId(), credit.atRevision(revision + 1));
            published.addAll(caused);
            return true;
        }

        @Override
        public List<DealCredit> concerning(String developerId, String officeId, String consultantId) {
            listedForDevelopers.add(developerId);
            return stored.values().stream().filter(c -> developerId.equals(c.developerId())
                    && officeId.equals(c.officeId()) && c.concerns(consultantId)).toList();
        }

        @Override
        public List<DealCredit> claimedAt(String developerId, String officeId) {
            return stored.values().stream().filter(c -> developerId.equals(c.developerId())
                    && officeId.equals(c.officeId()) && !c.claims().isEmpty()).toList();
        }
    }

    /** The consultants' books derived from the stored deals at each read (what the Mongo books are kept equal to). */
    static final class Books implements ConsultantBooks {

        private final Credits credits;

        Books(Credits credits) {
            this.credits = credits;
        }

        @Override
        public ConsultantBook of(String developerId, String officeId, String consultantId) {
            return ConsultantBook.derive(credits.stored.values().stream().filter(c -> developerId.equals(c.developerId())
                    && officeId.equals(c.officeId()) && c.concerns(consultantId)).toList(), consultantId,
                    OfficeCreditPolicy.DEFAULTS.zone());
        }

        @Override
        public List<BookMonth> month(String developerId, YearMonth month) {
            Map<String, Map<String, List<StatementSlice>>> byOffice = new java.util.TreeMap<>();
            for (DealCredit deal : credits.stored.values()) {
                if (!developerId.equals(deal.developerId())) {
                    continue;
                }
                for (String consultant : StatementSlice.consultantsOf(deal)) {
                    StatementSlice slice = StatementSlice.of(deal, consultant, OfficeCreditPolicy.DEFAULTS.zone()).get(month);
                    if (slice != null) {
                        byOffice.computeIfAbsent(deal.officeId(), o -> new java.util.TreeMap<>())
                                .computeIfAbsent(consultant, c -> new ArrayList<>()).add(slice);
                    }
                }
            }
            List<BookMonth> months = new ArrayList<>();
            byOffice.forEach((office, consultants) -> consultants.forEach(
                    (consultant, slices) -> months.add(new BookMonth(office, consultant, slices))));
            return months;
        }
    }

    static final class Timelines implements OwnershipTimelineRepository {

        final Map<String, OwnershipTimeline> stored = new LinkedHashMap<>();
        final Map<String, List<String>> deals = new LinkedHashMap<>();

        @Override
        public Optional<OwnershipTimeline> find(String leadId) {
            return Optional.ofNullable(stored.get(leadId));
        }

        @Override
        public boolean record(String leadId, String developerId, String officeId, OwnershipFact fact) {
            OwnershipTimeline current = stored.getOrDefault(leadId, OwnershipTimeline.empty(leadId));
            if (current.knows(fact.eventId())) {
                return false;
            }
            stored.put(leadId, current.with(developerId, officeId, fact));
            return true;
        }

        @Override
        public OwnershipTimeline attachDeal(String leadId, String dealId) {
            List<String> ids = deals.computeIfAbsent(leadId, id -> new ArrayList<>());
            if (!ids.contains(dealId)) {
                ids.add(dealId);
            }
            return stored.get(leadId);
        }

        @Override
        public List<String> dealsOf(String leadId) {
            return List.copyOf(deals.getOrDefault(leadId, List.of()));
        }
    }

    static final class Buyers implements BuyerTotalsRepository {

        record Deal(String dealId, BigDecimal amount, boolean withdrawn) {
        }

        final Map<String, List<Deal>> stored = new LinkedHashMap<>();

        @Override
        public BigDecimal recognise(String developerId, String buyerKey, String dealId, BigDecimal amount) {
            List<Deal> deals = stored.computeIfAbsent(developerId + "|" + buyerKey, k -> new ArrayList<>());
            BigDecimal before = BigDecimal.ZERO;
            for (Deal deal : deals) {
                if (deal.dealId().equals(dealId)) {
                    return before;
                }
                before = deal.withdrawn() ? before : before.add(deal.amount());
            }
            deals.add(new Deal(dealId, amount, false));
            return before;
        }

        @Override
        public void withdraw(String developerId, String buyerKey, String dealId) {
            stored.computeIfPresent(developerId + "|" + buyerKey, (k, deals) -> new ArrayList<>(deals.stream()
                    .map(d -> d.dealId().equals(dealId) ? new Deal(dealId, d.amount(), true) : d).toList()));
        }

        @Override
        public void changeAmount(String developerId, String buyerKey, String dealId, BigDecimal amount) {
            stored.computeIfPresent(developerId + "|" + buyerKey, (k, deals) -> new ArrayList<>(deals.stream()
                    .map(d -> d.dealId().equals(dealId) ? new Deal(dealId, amount, d.withdrawn()) : d).toList()));
        }

        @Override
        public List<Later> after(String developerId, String buyerKey, String dealId) {
            List<Later> later = new ArrayList<>();
            BigDecimal before = BigDecimal.ZERO;
            boolean seen = false;
            for (Deal deal : stored.getOrDefault(developerId + "|" + buyerKey, List.of())) {
                if (seen && !deal.withdrawn()) {
                    later.add(new Later(deal.dealId(), before));
                }
                seen = seen || deal.dealId().equals(dealId);
                before = deal.withdrawn() ? before : before.add(deal.amount());
            }
            return later;
        }
    }

    private InMemoryStores() {
    }
}
