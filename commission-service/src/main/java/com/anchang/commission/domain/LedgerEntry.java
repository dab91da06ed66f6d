package com.anchang.commission.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of the append-only ledger: never edited, never removed; a correction, a cancellation or a
 * re-pricing is an entry of its own (COMM-6). Balances are sums of entries, per book.
 *
 * @param entryId the cause, the kind and the consultant: a redelivered cause adds nothing
 * @param amount CNY, positive for a credit, a commission or a payout, negative for a reversal or a clawback
 * @param causeEventId the id of the event (or of the PM's decision) that caused it
 * @param recordedAt the cause's instant (when the deal event happened, or the PM decided), never before the
 *     deal's previous entry; statements put an entry in the month of this instant in the office's zone
 * @param note why, in one sentence
 */
public record LedgerEntry(String entryId, String dealId, Kind kind, String consultantId, BigDecimal amount,
        String causeEventId, Instant recordedAt, String note) {

    /** Which balance an entry counts in. */
    public enum Book {
        /** performance credit (业绩), CNY of deal amount */
        CREDIT,
        /** commission earned (佣金), CNY */
        COMMISSION,
        /** commission paid out, CNY: payouts less clawbacks */
        PAYOUT
    }

    public enum Kind {
        CREDIT(Book.CREDIT),
        REVERSAL(Book.CREDIT),
        COMMISSION(Book.COMMISSION),
        COMMISSION_REVERSAL(Book.COMMISSION),
        /** a monthly tier crossed: the month's earlier deals re-priced at the new rate */
        ADJUSTMENT(Book.COMMISSION),
        /**
         * COMM-6 on a forfeit (挞定): the office's ‰ of the deposit the developer kept, earned by the consultants
         * credited with the deal in their shares (office policy, none by default); paid at once, its money is in
         */
        FORFEIT_COMMISSION(Book.COMMISSION),
        PAYOUT(Book.PAYOUT),
        /** a payout taken back after a cancellation (or a credit that moved), carried into the next statement */
        CLAWBACK(Book.PAYOUT);

        private final Book book;

        Kind(Book book) {
            this.book = book;
        }

        public Book book() {
            return book;
        }
    }

    public boolean in(Book book) {
        return kind.book() == book;
    }
}
