package com.anchang.inventory.adapter.web;

import com.anchang.inventory.application.BoardUpdates;
import com.anchang.inventory.application.ViewingInventory;
import com.anchang.support.web.LiveSubscribers;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * UNIT-5: pushes a building's board to its subscribers (server-sent events) shortly after any of its
 * units is written. Changes are coalesced per building and pushed every {@code every} (well within
 * a second), so an opening rush costs one board per building per tick, not one per hold. A subscriber
 * is listed before its first board is read ({@link LiveSubscribers}), so a hold committed while it
 * subscribes is in that board or pushed after it.
 */
public class BoardStream extends LiveSubscribers<String, Void> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoardStream.class);

    private final ViewingInventory viewing;
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pusher;

    public BoardStream(ViewingInventory viewing, BoardUpdates updates, Duration every) {
        super("board-stream-sender");
        this.viewing = viewing;
        this.pusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "board-stream");
            thread.setDaemon(true);
            return thread;
        });
        updates.listen(buildingId -> {
            if (watched(buildingId)) {
                changed.add(buildingId);
            }
        });
        pusher.scheduleWithFixedDelay(this::push, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Sends the building's board at once, then every changed board, for {@code open}; zero sends one and closes.
     *
     * @param current reads the building's board now (and checks the caller may see it)
     */
    SseEmitter subscribe(String buildingId, Supplier<BuildingBoard> current, Duration open) {
        return subscribe(List.of(buildingId), null, () -> event(current.get()), open);
    }

    private void push() {
        for (String buildingId : Set.copyOf(changed)) {
            changed.remove(buildingId);
            if (!watched(buildingId)) {
                continue;
            }
            try {
                BuildingBoard board = BuildingBoard.of(viewing.building(buildingId));
                sendNow(buildingId, anyone -> true, () -> event(board));
            } catch (RuntimeException e) {
                log.warn("pushing the board of building {} failed: {}", buildingId, e.toString());
            }
        }
    }

    private static SseEmitter.SseEventBuilder event(BuildingBoard board) {
        return SseEmitter.event().name("board").data(board, MediaType.APPLICATION_JSON);
    }

    @Override
    public void close() {
        pusher.shutdownNow();
        stop();
    }
}
