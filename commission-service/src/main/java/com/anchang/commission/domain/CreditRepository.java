package com.anchang.commission.domain;

import java.util.List;
import java.util.Optional;

/** Port: where credits live, one per deal. */
public interface CreditRepository {

    Optional<Credit> find(String dealId);

    /** @return false when the deal has a credit already (a redelivered event): nothing was changed */
    boolean insert(Credit credit);

    /**
     * The credits of one consultant at one office of one developer: never a credit of another
     * developer, even where an office id is shared or guessed.
     */
    List<Credit> creditedTo(String developerId, String officeId, String consultantId);
}
