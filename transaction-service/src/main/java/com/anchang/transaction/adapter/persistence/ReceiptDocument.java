package com.anchang.transaction.adapter.persistence;

import com.anchang.transaction.domain.Receipt;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One entry of the receipt register: the receipt as issued, under its number as {@code _id} — a number
 * exists once, and only with its receipt — and unique per payment, so no payment ever gets two. Inserted
 * once, never updated (DEAL-2: never edited; reclaims and voids are recorded on the deal). {@code series}
 * and {@code sequence} say where it stands: {@code BJ-2026}, 123.
 */
@Document(MongoReceiptRegister.RECEIPTS)
public record ReceiptDocument(
        @Id String number,
        @Indexed(name = "payment", unique = true) String paymentId,
        String series,
        long sequence,
        Receipt receipt,
        Instant registeredAt) {
}
