package com.anchang.notification.adapter.web;

import com.anchang.notification.application.InboxChanges;
import com.anchang.notification.domain.ConsultantReminder;
import com.anchang.support.web.LiveSubscribers;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Consultants' inboxes pushed live (NOTE-6): a user subscribed to their own inbox gets it as a server-sent
 * event ({@code inbox}, newest first) at once, then each reminder stored for them afterwards
 * ({@code reminder}). Sent from one worker thread, so a slow client never holds up the consumer that
 * stores the reminder, and each client sees its reminders in order. The subscriber is listed before its
 * inbox is read, so a reminder stored while it subscribes is in that inbox or sent after it
 * ({@link LiveSubscribers}).
 *
 * <p>In-process: it hears the reminders this instance stores. With several instances each consumes its
 * share of the lead topic's partitions, so a client that must see every reminder reconnects and reads
 * the inbox again when its stream ends (the stream's timeout bounds how stale it can get).
 */
public class ConsultantInboxStream extends LiveSubscribers<String, String> implements InboxChanges {

    private final Duration timeout;

    public ConsultantInboxStream(Duration timeout) {
        super("consultant-inbox-stream");
        this.timeout = timeout;
    }

    /**
     * A new subscriber of the user's own inbox: the inbox as it is first; {@code once}: only it, then the stream ends.
     *
     * @param addressees whose new reminders it hears: the user's own, and the PM inbox of each office where the user is PM
     * @param current reads the inbox now
     */
    public SseEmitter subscribe(List<String> addressees, String developerId, Supplier<?> current, boolean once) {
        return subscribe(addressees, developerId,
                () -> SseEmitter.event().name("inbox").data(current.get(), MediaType.APPLICATION_JSON),
                once ? Duration.ZERO : timeout);
    }

    @Override
    public void added(ConsultantReminder reminder) {
        if (reminder.developerId() == null || !watched(reminder.consultantId())) {
            return;
        }
        ConsultantInboxController.ConsultantReminderView view = ConsultantInboxController.view(reminder);
        // only what belongs to the user's developer, as the inbox shows it
        publish(reminder.consultantId(), reminder.developerId()::equals,
                () -> SseEmitter.event().name("reminder").id(reminder.id()).data(view, MediaType.APPLICATION_JSON));
    }

    /** How many clients watch the user's inbox now. */
    public int subscribers(String userId) {
        return count(userId);
    }
}
