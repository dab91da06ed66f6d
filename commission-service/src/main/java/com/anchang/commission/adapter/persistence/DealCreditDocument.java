package com.anchang.commission.adapter.persistence;

import com.anchang.commission.domain.DealCredit;
import com.anchang.support.outbox.OutboxEntry;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A deal's credit with its ledger entries and the ids of the events applied, keyed by deal id: one
 * write changes the decision, appends the entries and records the cause, so a redelivery is seen.
 * {@code id_version} serves the compare-and-set on the embedded store too; {@code office_consultant}
 * is not unique, so the embedded store ignores it and scans (a real MongoDB uses it). {@code outbox} holds the
 * claims' events until the relay published them (ADR 1); {@code statementPending} is true from the deal's write
 * until the consultants' statement books were written from it (ADR 21; absent on a deal stored before them);
 * {@code bookConsultantIds} every consultant the deal ever concerned, whose book may hold it.
 */
@Document("deal_credits")
@CompoundIndexes({
    @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true),
    @CompoundIndex(name = "office_consultant", def = "{'credit.officeId': 1, 'consultantIds': 1}")
})
public record DealCreditDocument(@Id String dealId, long version, List<String> consultantIds, DealCredit credit,
        List<OutboxEntry> outbox, Boolean statementPending, List<String> bookConsultantIds) {
}
