package com.anchang.transaction.adapter.persistence;

import com.anchang.support.outbox.OutboxEntry;
import com.anchang.transaction.domain.Buyer;
import com.anchang.transaction.domain.Deal;
import com.anchang.transaction.domain.DealStatus;
import com.anchang.transaction.domain.Deposit;
import com.anchang.transaction.domain.PaymentMethod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A deal as stored: its state, the events it caused that are not yet published (the outbox), and
 * the ids of incoming events already applied to it. The unique {_id, version} index lets the
 * embedded store serve the compare-and-set write by index. The due date is stored as an ISO date
 * string (a calendar date has no time zone; a BSON date would get one).
 */
@Document("deals")
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record DealDocument(
        @Id String id,
        String developerId,
        String officeId,
        String unitId,
        String unitCode,
        String consultantId,
        String leadId,
        String buyerName,
        String buyerMobile,
        DealStatus status,
        Instant openedAt,
        Instant unitHeldAt,
        Instant holdExpiresAt,
        DepositDocument deposit,
        String downPaymentDueDate,
        List<OutboxEntry> outbox,
        List<String> appliedEventIds,
        long version) {

    public record DepositDocument(BigDecimal amount, PaymentMethod method, String receivedBy, String witnessedBy,
            Instant receivedAt) {

        static DepositDocument of(Deposit deposit) {
            return deposit == null ? null : new DepositDocument(deposit.amount(), deposit.method(),
                    deposit.receivedBy(), deposit.witnessedBy(), deposit.receivedAt());
        }

        Deposit toDomain() {
            return new Deposit(amount, method, receivedBy, witnessedBy, receivedAt);
        }
    }

    static DealDocument of(Deal deal, List<OutboxEntry> outbox) {
        return new DealDocument(deal.id(), deal.developerId(), deal.officeId(), deal.unitId(), deal.unitCode(),
                deal.consultantId(), deal.leadId(), deal.buyer().name(), deal.buyer().mobile(), deal.status(),
                deal.openedAt(), deal.unitHeldAt(), deal.holdExpiresAt(), DepositDocument.of(deal.deposit()),
                deal.downPaymentDueDate() == null ? null : deal.downPaymentDueDate().toString(), outbox, List.of(),
                deal.version());
    }

    Deal toDomain() {
        return Deal.restore(id, developerId, officeId, unitId, unitCode, consultantId, leadId,
                new Buyer(buyerName, buyerMobile), openedAt, status, unitHeldAt, holdExpiresAt,
                deposit == null ? null : deposit.toDomain(),
                downPaymentDueDate == null ? null : LocalDate.parse(downPaymentDueDate), version);
    }
}
