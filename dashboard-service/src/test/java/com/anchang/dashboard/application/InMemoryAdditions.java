package com.anchang.dashboard.application;

import com.anchang.dashboard.domain.Additions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The additions remembered, in memory, for use-case and consumer tests. */
public class InMemoryAdditions implements Additions {

    final Map<String, Added> byKey = new HashMap<>();

    @Override
    public void remember(String key, Added added) {
        byKey.put(key, added);
    }

    @Override
    public Optional<Added> of(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    @Override
    public void forget(String key) {
        byKey.remove(key);
    }

    public int size() {
        return byKey.size();
    }
}
