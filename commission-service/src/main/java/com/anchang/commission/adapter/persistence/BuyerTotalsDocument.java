package com.anchang.commission.adapter.persistence;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One buyer's recognised deals in order (COMM-4), keyed by developer and buyer key; compare-and-set on version. */
@Document("buyer_totals")
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record BuyerTotalsDocument(@Id String id, List<Deal> deals, long version) {

    public record Deal(String dealId, BigDecimal amount, boolean withdrawn) {
    }
}
