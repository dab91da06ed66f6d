package com.anchang.identity.domain;

import java.util.Optional;

public interface DeveloperRepository {

    Optional<Developer> find(String developerId);

    void insert(Developer developer);
}
