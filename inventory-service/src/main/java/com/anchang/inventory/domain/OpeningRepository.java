package com.anchang.inventory.domain;

import java.util.Optional;

/** Port: where openings live; inserting one records its inventory.opening-started event with it. */
public interface OpeningRepository {

    Optional<Opening> find(String openingId);

    void insert(Opening opening);
}
