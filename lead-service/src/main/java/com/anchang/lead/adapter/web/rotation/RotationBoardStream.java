package com.anchang.lead.adapter.web.rotation;

import com.anchang.lead.application.rotation.RotationChanges;
import com.anchang.lead.domain.rotation.ReceptionDay;
import com.anchang.support.web.LiveSubscribers;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live rotation boards: clients subscribed to an office get its board as a server-sent event
 * ({@code board}) at once and after every committed change of that office's rotation. The board is
 * taken when the change is committed and sent from one worker thread, so a slow client never holds up
 * an operation and each client sees an office's boards in order; a subscriber is listed before its
 * first board is read, so a change committed while it subscribes is never lost to it
 * ({@link LiveSubscribers}).
 *
 * <p>In-process: it hears the changes this instance commits. With several instances behind the
 * gateway, each should drive it from its consumer of the lead topic's rotation events instead.
 */
public class RotationBoardStream extends LiveSubscribers<String, Void> implements RotationChanges {

    private final Duration timeout;

    public RotationBoardStream(Duration timeout) {
        super("rotation-board-stream");
        this.timeout = timeout;
    }

    /**
     * A new subscriber of the office's board: the current board first; {@code once}: only it, then the stream ends.
     *
     * @param current reads the office's board now (and checks the caller may see it)
     */
    public SseEmitter subscribe(String officeId, Supplier<BoardView> current, boolean once) {
        return subscribe(List.of(officeId), null, () -> event(current.get()), once ? Duration.ZERO : timeout);
    }

    @Override
    public void changed(ReceptionDay day) {
        if (watched(day.officeId())) {
            BoardView board = BoardView.of(day);
            publish(day.officeId(), anyone -> true, () -> event(board));
        }
    }

    /** How many clients watch the office's board now. */
    public int subscribers(String officeId) {
        return count(officeId);
    }

    private static SseEmitter.SseEventBuilder event(BoardView board) {
        return SseEmitter.event().name("board").data(board, MediaType.APPLICATION_JSON);
    }
}
