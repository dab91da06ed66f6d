package com.anchang.inventory.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * UNIT-5: tells whoever shows a building's board live that one of its units was just written. The
 * unit store calls {@link #changed} after every successful write, whatever caused it (a user, an
 * incoming event, the expiry sweep), in this process.
 */
public class BoardUpdates {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void listen(Consumer<String> buildingChanged) {
        listeners.add(buildingChanged);
    }

    public void changed(String buildingId) {
        for (Consumer<String> listener : listeners) {
            listener.accept(buildingId);
        }
    }
}
