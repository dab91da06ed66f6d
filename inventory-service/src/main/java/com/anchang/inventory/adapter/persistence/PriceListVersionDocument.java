package com.anchang.inventory.adapter.persistence;

import com.anchang.inventory.domain.PriceListVersion;
import com.anchang.inventory.domain.Repricing;
import com.anchang.support.outbox.OutboxEntry;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A price-list version as stored, {@code _id} "&lt;building&gt;#&lt;number&gt;" (so two applies cannot both
 * take one number: the second insert is a duplicate key), with its inventory.units-repriced event
 * until the relay published it. The unique {_id, state} index serves the APPLYING → APPLIED write on
 * the embedded store (it uses only unique indexes whose fields are exactly the query's).
 */
@Document("price_list_versions")
@CompoundIndex(name = "id_state", def = "{'_id': 1, 'state': 1}", unique = true)
public record PriceListVersionDocument(
        @Id String id,
        String buildingId,
        String developerId,
        String officeId,
        String buildingName,
        int number,
        PriceListVersion.State state,
        String fileName,
        String appliedBy,
        Instant startedAt,
        Instant appliedAt,
        List<Repricing.PriceChange> changes,
        List<Repricing.NotRepriced> notRepriced,
        List<OutboxEntry> outbox,
        long version) {

    static PriceListVersionDocument of(PriceListVersion v) {
        return new PriceListVersionDocument(v.id(), v.buildingId(), v.developerId(), v.officeId(), v.buildingName(),
                v.number(), v.state(), v.fileName(), v.appliedBy(), v.startedAt(), v.appliedAt(), v.changes(),
                v.notRepriced(), List.of(), 0);
    }

    PriceListVersion toDomain() {
        return new PriceListVersion(id, buildingId, developerId, officeId, buildingName, number, state, fileName,
                appliedBy, startedAt, appliedAt, changes == null ? List.of() : changes,
                notRepriced == null ? List.of() : notRepriced);
    }
}
