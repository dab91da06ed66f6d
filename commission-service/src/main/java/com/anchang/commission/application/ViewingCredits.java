package com.anchang.commission.application;

import com.anchang.commission.domain.ConsultantBook;
import com.anchang.commission.domain.ConsultantBooks;
import com.anchang.commission.domain.DealCredit;
import com.anchang.commission.domain.DealCreditRepository;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OfficePolicies;
import com.anchang.commission.domain.OwnershipFact;
import com.anchang.commission.domain.OwnershipTimelineRepository;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.problem.NotFoundException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads of credits, scoped by the verified caller: one deal's with why, one consultant's deals at an
 * office, and one consultant's ledger and balance there. Who earned what is confidential inside an
 * office: a consultant reads the deals they are (or were) credited with and their own ledger; PM and
 * finance read everyone's at their office, head office every office of its developer.
 */
public class ViewingCredits {

    static final String READ_DEAL_CREDIT = "read a deal's commission credit";
    static final String READ_CONSULTANT_CREDITS = "read another consultant's credits";

    /** A deal's credit and the lead's ownership facts that decided it (up to its closing instant, and LEAD-9's). */
    public record Explained(DealCredit credit, List<OwnershipFact> ownership, DealCredit.Finality finality) {

        /** Without its finality (not asked). */
        public Explained(DealCredit credit, List<OwnershipFact> ownership) {
            this(credit, ownership, null);
        }
    }

    /**
     * One consultant's ledger at an office, oldest first, and the balances derived from it.
     *
     * @param balance the credit book's sum (recognised credits less reversals)
     * @param provisional what the consultant's provisional credits would add, not in the balance
     * @param commission the commission book's sum (commission, adjustments, less reversals)
     * @param paid the payout book's sum (payouts less clawbacks)
     * @param heldBack what of the commission whose money is in is held back until the handover
     */
    public record Ledger(String consultantId, String officeId, List<LedgerEntry> entries, BigDecimal balance,
            BigDecimal provisional, BigDecimal commission, BigDecimal paid, BigDecimal heldBack) {

        /** Commission earned and not paid yet: held back, or waiting for its money. */
        public BigDecimal pending() {
            return commission.subtract(paid);
        }
    }

    private final DealCreditRepository credits;
    private final ConsultantBooks books;
    private final OwnershipTimelineRepository timelines;
    private final OfficePolicies policies;
    private final Clock clock;
    private final OfficeDirectory offices;

    public ViewingCredits(DealCreditRepository credits, ConsultantBooks books, OwnershipTimelineRepository timelines,
            OfficePolicies policies, Clock clock, OfficeDirectory offices) {
        this.offices = offices;
        this.credits = credits;
        this.books = books;
        this.timelines = timelines;
        this.policies = policies;
        this.clock = clock;
    }

    /** Whether the deal's credit can still move now (COMM-1: until it is final; COMM-3's window). */
    public DealCredit.Finality finalityOf(DealCredit credit) {
        return credit.officeId() == null ? null
                : credit.finality(policies.forOffice(credit.officeId()), clock.instant());
    }

    /**
     * 404 for a deal of another developer or of an office the caller has no role in; 403 for a home
     * office member who is neither credited with the deal (as a consultant there) nor PM, finance or
     * head office.
     */
    public Explained ofDeal(Caller caller, String dealId) {
        DealCredit credit = credits.find(dealId).filter(c -> c.officeId() != null)
                .orElseThrow(() -> new NotFoundException("credit of deal", dealId));
        caller.mustSee(credit.developerId(), credit.officeId(), "credit of deal", dealId);
        boolean creditedConsultant = credit.concerns(caller.userId()) && caller.holds(credit.officeId(), Caller.CONSULTANT);
        if (!creditedConsultant && !caller.holds(credit.officeId(), Caller.PM, Caller.FINANCE, Caller.HEAD_OFFICE)) {
            throw new ForbiddenException(READ_DEAL_CREDIT, "to " + READ_DEAL_CREDIT
                    + " needs to be a consultant it is credited to, or PM or FINANCE or HEAD_OFFICE at " + credit.officeId());
        }
        List<OwnershipFact> ownership = credit.leadId() == null || credit.closedAt() == null ? List.of()
                : timelines.find(credit.leadId())
                        .map(t -> t.ownerAt(credit.closedAt(), policies.forOffice(credit.officeId()).zone(),
                                credit.finalAt(policies.forOffice(credit.officeId()))).facts())
                        .orElse(List.of());
        return new Explained(credit, ownership, finalityOf(credit));
    }

    /**
     * Newest first. 404 ("office") for an office the caller has no role in, unless head office of its
     * developer (an unknown office, another developer's, active or idle, alike: ADR 32); 403 for another
     * consultant's credits unless PM, finance or head office.
     */
    public List<DealCredit> ofConsultant(Caller caller, String officeId, String consultantId) {
        mayRead(offices, caller, officeId, consultantId);
        return credits.concerning(caller.developerId(), officeId, consultantId).stream()
                .sorted(Comparator.comparing(DealCredit::closedAt, Comparator.nullsLast(Comparator.naturalOrder())).reversed())
                .toList();
    }

    /**
     * The consultant's ledger entries at the office and the balance derived from them; read as
     * {@link #ofConsultant}, from the consultant's book (by key, ADR 21), as their statement is.
     */
    public Ledger ledgerOf(Caller caller, String officeId, String consultantId) {
        mayRead(offices, caller, officeId, consultantId);
        return ledger(books.of(caller.developerId(), officeId, consultantId), officeId, consultantId);
    }

    /** The ledger in a consultant's book: every month's entries, and what the open deals add beside them. */
    static Ledger ledger(ConsultantBook book, String officeId, String consultantId) {
        List<LedgerEntry> all = new ArrayList<>();
        book.months().values().forEach(slices -> slices.forEach(slice -> all.addAll(slice.entries())));
        // a stable sort: a deal's own entries keep their order
        all.sort(Comparator.comparing(LedgerEntry::recordedAt).thenComparing(LedgerEntry::dealId));
        List<LedgerEntry> entries = List.copyOf(all);
        return new Ledger(consultantId, officeId, entries, sum(entries, LedgerEntry.Book.CREDIT), book.provisional(),
                sum(entries, LedgerEntry.Book.COMMISSION), sum(entries, LedgerEntry.Book.PAYOUT), book.heldBack());
    }

    static BigDecimal sum(List<LedgerEntry> entries, LedgerEntry.Book book) {
        return entries.stream().filter(e -> e.in(book)).map(LedgerEntry::amount)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    static void mayRead(OfficeDirectory offices, Caller caller, String officeId, String consultantId) {
        offices.mustSeeOffice(caller, officeId);
        if (!consultantId.equals(caller.userId())) {
            caller.mustHold(officeId, READ_CONSULTANT_CREDITS, Caller.PM, Caller.FINANCE, Caller.HEAD_OFFICE);
        }
    }
}
