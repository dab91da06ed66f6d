package com.anchang.commission.domain;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Port: deal credits with their ledger entries, one document per deal. */
public interface DealCreditRepository {

    Optional<DealCredit> find(String dealId);

    /**
     * Stores the credit if its revision is still the stored one (or it is new and none is stored).
     *
     * @param read the credit as it was read, the change made from it ({@link DealCredit#open} when none was stored):
     *     its ledger entries are the stored ones, so the change's other entries are the ones this write adds
     *     (ledger entries are only ever added)
     * @return false when another write came first: read again and decide again
     */
    default boolean save(DealCredit credit, DealCredit read) {
        return save(credit, read, List.of());
    }

    /**
     * The same, with the events the change announces written in the same single-document write (the deal's
     * outbox, ADR 1): a lost compare-and-set writes neither.
     */
    boolean save(DealCredit credit, DealCredit read, List<ClaimEvent> caused);

    /**
     * The credits of one developer's office that concern a consultant (credited, formerly credited, or
     * provisionally): never a credit of another developer, even where an office id is shared or guessed.
     */
    List<DealCredit> concerning(String developerId, String officeId, String consultantId);

    /**
     * Those of {@link #concerning} that have the consultant's entries in a month (in the office's zone): among
     * them every deal of the consultant closed that month and recognised (the monthly tier's read).
     */
    default List<DealCredit> concerningInMonth(String developerId, String officeId, String consultantId,
            YearMonth month) {
        return concerning(developerId, officeId, consultantId);
    }

    /** The credits of one developer's office with consultants' claims on them (COMM-3): never another developer's. */
    List<DealCredit> claimedAt(String developerId, String officeId);
}
