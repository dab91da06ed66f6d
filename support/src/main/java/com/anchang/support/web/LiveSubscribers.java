package com.anchang.support.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

/**
 * The clients of a live view (server-sent events), listed under keys (an office, a building, a user):
 * each gets the view as it is first, then every change published under one of its keys.
 *
 * <p>A subscriber is listed <em>before</em> its first view is read, and a change reaches it only after
 * that first view (both are sent under the subscriber's lock). Read first and listed after, a change
 * committed in between would be lost to it: it would show the view from before the change until the
 * next one. Listed first, such a change is either in the first view or sent after it.
 *
 * <p>Changes are sent from one worker thread, so a slow client never holds up the operation that made
 * the change, and each client sees its changes in order. In-process: it hears the changes this
 * instance publishes.
 *
 * @param <K> what a subscriber listens to
 * @param <A> what a change is filtered by per subscriber (e.g. the subscriber's developer); {@code Void} if nothing
 */
public class LiveSubscribers<K, A> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscribers.class);

    private record Subscriber<A>(SseEmitter emitter, A attribute) {
    }

    private final String name;
    private final Map<K, List<Subscriber<A>>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService sender;
    private volatile boolean running;

    public LiveSubscribers(String name) {
        this.name = name;
        this.sender = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * A new subscriber of {@code keys}: {@code first} is read after the subscriber is listed and sent at once.
     *
     * @param open how long the stream stays open; zero sends the first view only and ends the stream
     * @throws RuntimeException whatever {@code first} throws (e.g. a refusal to show the view), the
     *         subscriber no longer listed
     */
    public SseEmitter subscribe(Collection<K> keys, A attribute, Supplier<SseEventBuilder> first, Duration open) {
        SseEmitter emitter = emitter(open.isZero() ? 0L : open.toMillis());
        if (open.isZero()) {
            SseEventBuilder view = first.get();
            try {
                emitter.send(view);
                emitter.complete();
            } catch (IOException e) {
                emitter.completeWithError(e);
            }
            return emitter;
        }
        Subscriber<A> subscriber = new Subscriber<>(emitter, attribute);
        List<List<Subscriber<A>>> lists = keys.stream()
                .map(key -> subscribers.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()))
                .toList();
        Runnable leave = () -> lists.forEach(list -> list.remove(subscriber));
        synchronized (emitter) {
            lists.forEach(list -> list.add(subscriber));
            try {
                emitter.send(first.get());
            } catch (IOException e) {
                leave.run();
                emitter.completeWithError(e);
                return emitter;
            } catch (RuntimeException refused) {
                leave.run();
                throw refused;
            }
        }
        emitter.onCompletion(leave);
        emitter.onTimeout(leave);
        emitter.onError(error -> leave.run());
        return emitter;
    }

    /** Sends a change to the subscribers of {@code key} that {@code to} accepts, later, from the worker thread, in order. */
    public void publish(K key, Predicate<A> to, Supplier<SseEventBuilder> change) {
        if (watched(key)) {
            sender.execute(() -> sendNow(key, to, change));
        }
    }

    /** Sends a change to the subscribers of {@code key} that {@code to} accepts, on the calling thread. */
    public void sendNow(K key, Predicate<A> to, Supplier<SseEventBuilder> change) {
        List<Subscriber<A>> list = subscribers.get(key);
        if (list == null) {
            return;
        }
        for (Subscriber<A> subscriber : list) {
            if (!to.test(subscriber.attribute())) {
                continue;
            }
            SseEmitter emitter = subscriber.emitter();
            try {
                synchronized (emitter) { // after the first view its subscription began with
                    emitter.send(change.get());
                }
            } catch (IOException | IllegalStateException gone) {
                log.debug("{}: a subscriber of {} is gone: {}", name, key, gone.toString());
                list.remove(subscriber);
                emitter.completeWithError(gone);
            }
        }
    }

    /** A new client's emitter; {@code 0}: no time limit. */
    protected SseEmitter emitter(long timeoutMillis) {
        return new SseEmitter(timeoutMillis);
    }

    /** Whether anyone listens to {@code key} now. */
    public boolean watched(K key) {
        List<Subscriber<A>> list = subscribers.get(key);
        return list != null && !list.isEmpty();
    }

    /** How many clients listen to {@code key} now. */
    public int count(K key) {
        return subscribers.getOrDefault(key, List.of()).size();
    }

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
        subscribers.values().forEach(list -> list.forEach(s -> s.emitter().complete()));
        subscribers.clear();
        sender.shutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
