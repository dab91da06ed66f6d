package com.anchang.notification.adapter.web;

import com.anchang.notification.application.InboxChanges;
import com.anchang.notification.domain.ConsultantReminder;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Consultants' inboxes pushed live (NOTE-6): a user subscribed to their own inbox gets it as a server-sent
 * event ({@code inbox}, newest first) at once, then each reminder stored for them afterwards
 * ({@code reminder}). Sent from one worker thread, so a slow client never holds up the consumer that
 * stores the reminder, and each client sees its reminders in order.
 *
 * <p>In-process: it hears the reminders this instance stores. With several instances each consumes its
 * share of the lead topic's partitions, so a client that must see every reminder reconnects and reads
 * the inbox again when its stream ends (the stream's timeout bounds how stale it can get).
 */
public class ConsultantInboxStream implements InboxChanges, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsultantInboxStream.class);

    private record Subscriber(SseEmitter emitter, String developerId) {
    }

    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "consultant-inbox-stream");
        thread.setDaemon(true);
        return thread;
    });
    private final Duration timeout;
    private volatile boolean running;

    public ConsultantInboxStream(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * A new subscriber of the user's own inbox: the inbox as it is first; {@code once}: only it, then the stream ends.
     *
     * @param addressees whose new reminders it hears: the user's own, and the PM inbox of each office where the user is PM
     */
    public SseEmitter subscribe(List<String> addressees, String developerId, Object current, boolean once) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        try {
            emitter.send(SseEmitter.event().name("inbox").data(current, MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            emitter.completeWithError(e);
            return emitter;
        }
        if (once) {
            emitter.complete();
            return emitter;
        }
        Subscriber subscriber = new Subscriber(emitter, developerId);
        List<List<Subscriber>> lists = addressees.stream()
                .map(a -> subscribers.computeIfAbsent(a, id -> new CopyOnWriteArrayList<>())).toList();
        lists.forEach(list -> list.add(subscriber));
        Runnable remove = () -> lists.forEach(list -> list.remove(subscriber));
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        return emitter;
    }

    @Override
    public void added(ConsultantReminder reminder) {
        List<Subscriber> list = subscribers.get(reminder.consultantId());
        if (list == null || list.isEmpty() || reminder.developerId() == null) {
            return;
        }
        ConsultantInboxController.ConsultantReminderView view = ConsultantInboxController.view(reminder);
        sender.execute(() -> {
            for (Subscriber subscriber : list) {
                if (!reminder.developerId().equals(subscriber.developerId())) {
                    continue; // only what belongs to the user's developer, as the inbox shows it
                }
                try {
                    subscriber.emitter().send(SseEmitter.event().name("reminder").id(reminder.id())
                            .data(view, MediaType.APPLICATION_JSON));
                } catch (IOException | IllegalStateException e) {
                    log.debug("inbox subscriber of {} gone: {}", reminder.consultantId(), e.toString());
                    list.remove(subscriber);
                    subscriber.emitter().completeWithError(e);
                }
            }
        });
    }

    /** How many clients watch the user's inbox now. */
    public int subscribers(String userId) {
        return subscribers.getOrDefault(userId, List.of()).size();
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every subscription first when the service stops, so graceful shutdown does not wait for open streams. */
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
