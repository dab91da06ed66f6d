package com.anchang.inventory.adapter.web;

import com.anchang.inventory.application.BoardUpdates;
import com.anchang.inventory.application.ViewingInventory;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * UNIT-5: pushes a building's board to its subscribers (server-sent events) shortly after any of its
 * units is written. Changes are coalesced per building and pushed every {@code every} (well within
 * a second), so an opening rush costs one board per building per tick, not one per hold.
 */
public class BoardStream implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BoardStream.class);

    private final ViewingInventory viewing;
    private final Map<String, Set<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pusher;

    public BoardStream(ViewingInventory viewing, BoardUpdates updates, Duration every) {
        this.viewing = viewing;
        this.pusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "board-stream");
            thread.setDaemon(true);
            return thread;
        });
        updates.listen(buildingId -> {
            if (subscribers.containsKey(buildingId)) {
                changed.add(buildingId);
            }
        });
        pusher.scheduleWithFixedDelay(this::push, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends the current board at once, then every changed board, for {@code open}; zero sends one and closes. */
    SseEmitter subscribe(BuildingBoard current, Duration open) {
        SseEmitter emitter = new SseEmitter(open.isZero() ? 0L : open.toMillis());
        try {
            emitter.send(SseEmitter.event().name("board").data(current));
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        if (open.isZero()) {
            emitter.complete();
            return emitter;
        }
        Set<SseEmitter> ofBuilding = subscribers.computeIfAbsent(current.buildingId(), id -> ConcurrentHashMap.newKeySet());
        ofBuilding.add(emitter);
        Runnable leave = () -> ofBuilding.remove(emitter);
        emitter.onCompletion(leave);
        emitter.onTimeout(() -> {
            leave.run();
            emitter.complete();
        });
        emitter.onError(e -> leave.run());
        return emitter;
    }

    private void push() {
        for (String buildingId : Set.copyOf(changed)) {
            changed.remove(buildingId);
            Set<SseEmitter> emitters = subscribers.getOrDefault(buildingId, Set.of());
            if (emitters.isEmpty()) {
                continue;
            }
            try {
                BuildingBoard board = BuildingBoard.of(viewing.building(buildingId));
                for (SseEmitter emitter : Set.copyOf(emitters)) {
                    try {
                        emitter.send(SseEmitter.event().name("board").data(board));
                    } catch (IOException | IllegalStateException gone) {
                        emitters.remove(emitter);
                    }
                }
            } catch (RuntimeException e) {
                log.warn("pushing the board of building {} failed: {}", buildingId, e.toString());
            }
        }
    }

    @Override
    public void close() {
        pusher.shutdownNow();
        subscribers.values().forEach(emitters -> emitters.forEach(SseEmitter::complete));
    }
}
