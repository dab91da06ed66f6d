package com.anchang.lead.adapter.web.rotation;

import com.anchang.lead.application.rotation.RotationChanges;
import com.anchang.lead.domain.rotation.ReceptionDay;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live rotation boards: clients subscribed to an office get its board as a server-sent event
 * ({@code board}) at once and after every committed change of that office's rotation. The board is
 * taken when the change is committed and sent from one worker thread, so a slow client never holds up
 * an operation and each client sees an office's boards in order.
 *
 * <p>In-process: it hears the changes this instance commits. With several instances behind the
 * gateway, each should drive it from its consumer of the lead topic's rotation events instead.
 */
public class RotationBoardStream implements RotationChanges, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RotationBoardStream.class);

    private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rotation-board-stream");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration timeout;

    public RotationBoardStream(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * A new subscriber of the office's board: the current board first; {@code once}: only it, then the stream
     * ends. The subscriber is listed <em>before</em> the current board is read, and a change's board is sent
     * to it only after that current board: a change committed while it subscribes is never lost to it (read
     * first and listed after, it would miss that change and show the board before it until the next one).
     *
     * @param current reads the office's board now (and checks the caller may see it)
     */
    public SseEmitter subscribe(String officeId, Supplier<BoardView> current, boolean once) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        if (once) {
            BoardView board = current.get();
            try {
                emitter.send(event(board));
                emitter.complete();
            } catch (IOException e) {
                emitter.completeWithError(e);
            }
            return emitter;
        }
        List<SseEmitter> list = subscribers.computeIfAbsent(officeId, id -> new CopyOnWriteArrayList<>());
        synchronized (emitter) {
            list.add(emitter);
            try {
                emitter.send(event(current.get()));
            } catch (IOException e) {
                list.remove(emitter);
                emitter.completeWithError(e);
                return emitter;
            } catch (RuntimeException refused) {
                list.remove(emitter);
                throw refused;
            }
        }
        Runnable remove = () -> list.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        return emitter;
    }

    @Override
    public void changed(ReceptionDay day) {
        List<SseEmitter> list = subscribers.get(day.officeId());
        if (list == null || list.isEmpty()) {
            return;
        }
        BoardView board = BoardView.of(day);
        sender.execute(() -> {
            for (SseEmitter emitter : list) {
                try {
                    synchronized (emitter) { // after the board its subscription began with
                        emitter.send(event(board));
                    }
                } catch (IOException | IllegalStateException e) {
                    log.debug("board subscriber of {} gone: {}", day.officeId(), e.toString());
                    list.remove(emitter);
                    emitter.completeWithError(e);
                }
            }
        });
    }

    /** How many clients watch the office's board now. */
    public int subscribers(String officeId) {
        return subscribers.getOrDefault(officeId, List.of()).size();
    }

    private static SseEmitter.SseEventBuilder event(BoardView board) {
        return SseEmitter.event().name("board").data(board, MediaType.APPLICATION_JSON);
    }

    private volatile boolean running;

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every subscription first when the service stops (the highest phase stops first), so the web
     * server's graceful shutdown does not wait for open streams; clients reconnect to another instance.
     */
    @Override
    public void stop() {
        running = false;
        subscribers.values().forEach(list -> list.forEach(SseEmitter::complete));
        subscribers.clear();
        sender.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
