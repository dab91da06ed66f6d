package com.anchang.commission.domain;

import java.util.List;
import java.util.Optional;

/** Port: where credits live, one per deal. */
public interface CreditRepository {

    Optional<Credit> find(String dealId);

    /** @return false when the deal has a credit already (a redelivered event): nothing was changed */
    boolean insert(Credit credit);

    /** The credits of one consultant at one office. */
    List<Credit> creditedTo(String officeId, String consultantId);
}
