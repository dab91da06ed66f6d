package com.anchang.identity.domain;

import java.util.Optional;

public interface OfficeRepository {

    Optional<Office> find(String officeId);

    void insert(Office office);
}
