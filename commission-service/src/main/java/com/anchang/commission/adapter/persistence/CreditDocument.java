package com.anchang.commission.adapter.persistence;

import com.anchang.commission.domain.Attribution;
import com.anchang.commission.domain.Credit;
import com.anchang.commission.domain.CreditStatus;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A deal's credit as stored, keyed by deal id: the second delivery of the deposit event is a
 * duplicate key and is ignored. Records the id of the event it was recorded from.
 *
 * <p>{@code id_version} serves later compare-and-set writes (confirmation, reversal); the embedded
 * store uses only unique indexes whose fields are exactly the query's. {@code office_creditee} is
 * not unique, so the embedded store ignores it and scans (a real MongoDB uses it).
 */
@Document("credits")
@CompoundIndexes({
    @CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true),
    @CompoundIndex(name = "office_creditee", def = "{'officeId': 1, 'crediteeConsultantId': 1}")
})
public record CreditDocument(
        @Id String dealId,
        String developerId,
        String officeId,
        String unitId,
        String leadId,
        String crediteeConsultantId,
        String closingConsultantId,
        String leadOwnerConsultantId,
        Attribution.Basis basis,
        BigDecimal amountBasis,
        CreditStatus status,
        Instant depositReceivedAt,
        Instant creditedAt,
        String sourceEventId,
        long version) {

    static CreditDocument of(Credit c) {
        Attribution a = c.attribution();
        return new CreditDocument(c.dealId(), c.developerId(), c.officeId(), c.unitId(), c.leadId(),
                a.crediteeConsultantId(), a.closingConsultantId(), a.leadOwnerConsultantId(), a.basis(), c.amountBasis(),
                c.status(), c.depositReceivedAt(), c.creditedAt(), c.sourceEventId(), 0);
    }

    Credit toDomain() {
        return new Credit(dealId, developerId, officeId, unitId, leadId,
                new Attribution(crediteeConsultantId, closingConsultantId, leadOwnerConsultantId, basis), amountBasis,
                status, depositReceivedAt, creditedAt, sourceEventId);
    }
}
