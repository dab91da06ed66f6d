package com.anchang.commission.application;

import com.anchang.commission.domain.ConsultantBook;
import com.anchang.commission.domain.ConsultantBooks;
import com.anchang.commission.domain.LedgerEntry;
import com.anchang.commission.domain.OfficePolicies;
import com.anchang.commission.domain.StatementSlice;
import com.anchang.support.problem.ForbiddenException;
import com.anchang.support.security.Caller;
import com.anchang.support.tenancy.OfficeDirectory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Statements derived from the ledger: a consultant's month (对账单), read as their ledger is (their own,
 * or the office's PM and finance, or head office), and head office's league table of its developer's
 * offices for a month. An entry belongs to the month of its instant in the office's time zone, so a
 * clawback after the month of its payout lands in the next statement.
 */
public class ViewingStatements {

    static final String READ_LEAGUE = "read the offices' league table";

    /**
     * One line of a statement.
     *
     * @param split the consultant's fraction of the deal's credit now (0.5 under COMM-2's split), null when none
     * @param tier the consultant's frozen rate on the deal and why, null before one
     * @param stage the deal's stage and the money collected so far
     */
    public record Line(LocalDate date, String dealId, String unitId, LedgerEntry.Kind kind, BigDecimal amount,
            BigDecimal split, String tier, String stage, String causeEventId, String note) {
    }

    /**
     * @param credited the month's credit entries' sum (credits less reversals)
     * @param commission the month's commission entries' sum (commission, adjustments, less reversals)
     * @param paid the month's payouts
     * @param clawedBack the month's clawbacks (negative)
     * @param payable what the month pays: payouts and clawbacks together
     */
    public record Totals(BigDecimal credited, BigDecimal commission, BigDecimal paid, BigDecimal clawedBack,
            BigDecimal payable) {
    }

    public record Statement(String consultantId, String officeId, YearMonth month, List<Line> lines, Totals totals,
            ViewingCredits.Ledger toDate) {
    }

    /** One consultant's month at an office in the league table. */
    public record Standing(String consultantId, BigDecimal credited, BigDecimal commission) {
    }

    /** One office's month: its totals and its consultants, best first. */
    public record OfficeMonth(String officeId, BigDecimal credited, BigDecimal commission, List<Standing> consultants) {
    }

    public record League(String developerId, YearMonth month, List<OfficeMonth> offices, BigDecimal credited,
            BigDecimal commission) {
    }

    private final ConsultantBooks books;
    private final OfficePolicies policies;
    private final OfficeDirectory offices;

    public ViewingStatements(ConsultantBooks books, OfficePolicies policies, OfficeDirectory offices) {
        this.books = books;
        this.policies = policies;
        this.offices = offices;
    }

    /**
     * The consultant's month at the office: its lines oldest first, the month's totals, the balances to date;
     * read as the ledger ({@link ViewingCredits#ledgerOf}), from the consultant's book (by key, not from their
     * deals: ADR 21).
     */
    public Statement statement(Caller caller, String officeId, String consultantId, YearMonth month) {
        ViewingCredits.mayRead(offices, caller, officeId, consultantId);
        ConsultantBook book = books.of(caller.developerId(), officeId, consultantId);
        ViewingCredits.Ledger ledger = ViewingCredits.ledger(book, officeId, consultantId);
        List<LedgerEntry> entries = ledger.entries();
        ZoneId zone = policies.forOffice(officeId).zone();
        Map<String, StatementSlice> deals = new HashMap<>();
        book.months().getOrDefault(month, List.of()).forEach(slice -> deals.put(slice.dealId(), slice));
        List<Line> lines = new ArrayList<>();
        List<LedgerEntry> ofMonth = new ArrayList<>();
        for (LedgerEntry e : entries) {
            LocalDate day = e.recordedAt().atZone(zone).toLocalDate();
            if (!YearMonth.from(day).equals(month)) {
                continue;
            }
            ofMonth.add(e);
            StatementSlice deal = deals.get(e.dealId());
            lines.add(new Line(day, e.dealId(), deal == null ? null : deal.unitId(), e.kind(), e.amount(),
                    deal == null ? null : deal.split(), deal == null ? null : deal.tier(),
                    deal == null ? null : deal.stage(), e.causeEventId(), e.note()));
        }
        BigDecimal paid = sum(ofMonth, LedgerEntry.Kind.PAYOUT);
        BigDecimal clawedBack = sum(ofMonth, LedgerEntry.Kind.CLAWBACK);
        Totals totals = new Totals(ViewingCredits.sum(ofMonth, LedgerEntry.Book.CREDIT),
                ViewingCredits.sum(ofMonth, LedgerEntry.Book.COMMISSION), paid, clawedBack, paid.add(clawedBack));
        return new Statement(consultantId, officeId, month, lines, totals, ledger);
    }

    /** Head office: every office of its developer in the month, best first by credit, with its consultants. */
    public League league(Caller caller, YearMonth month) {
        if (!caller.headOffice()) {
            throw new ForbiddenException(READ_LEAGUE, "to " + READ_LEAGUE + " needs HEAD_OFFICE");
        }
        Map<String, Map<String, BigDecimal[]>> byOffice = new LinkedHashMap<>();
        // the month's slices of every book of the developer, by key (ADR 21): the entries of the month in each
        // office's zone
        for (ConsultantBooks.BookMonth book : books.month(caller.developerId(), month)) {
            for (StatementSlice slice : book.slices()) {
                for (LedgerEntry e : slice.entries()) {
                    if (e.in(LedgerEntry.Book.PAYOUT)) {
                        continue;
                    }
                    BigDecimal[] sums = byOffice.computeIfAbsent(book.officeId(), o -> new LinkedHashMap<>())
                            .computeIfAbsent(e.consultantId(), c -> new BigDecimal[] {zero(), zero()});
                    int kind = e.in(LedgerEntry.Book.CREDIT) ? 0 : 1;
                    sums[kind] = sums[kind].add(e.amount());
                }
            }
        }
        List<OfficeMonth> offices = byOffice.entrySet().stream().map(office -> {
            List<Standing> standings = office.getValue().entrySet().stream()
                    .map(c -> new Standing(c.getKey(), c.getValue()[0], c.getValue()[1]))
                    .sorted(Comparator.comparing(Standing::credited).reversed().thenComparing(Standing::consultantId))
                    .toList();
            return new OfficeMonth(office.getKey(), standings.stream().map(Standing::credited).reduce(zero(), BigDecimal::add),
                    standings.stream().map(Standing::commission).reduce(zero(), BigDecimal::add), standings);
        }).sorted(Comparator.comparing(OfficeMonth::credited).reversed().thenComparing(OfficeMonth::officeId)).toList();
        return new League(caller.developerId(), month, offices,
                offices.stream().map(OfficeMonth::credited).reduce(zero(), BigDecimal::add),
                offices.stream().map(OfficeMonth::commission).reduce(zero(), BigDecimal::add));
    }

    private static BigDecimal sum(List<LedgerEntry> entries, LedgerEntry.Kind kind) {
        return entries.stream().filter(e -> e.kind() == kind).map(LedgerEntry::amount).reduce(zero(), BigDecimal::add);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
