package com.anchang.support.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter.SseEventBuilder;

class LiveSubscribersTest {

    /** What each client was sent, in order (the data of each event), and whether its stream ended. */
    static final class Client extends SseEmitter {
        final List<Object> received = new CopyOnWriteArrayList<>();
        volatile boolean ended;
        volatile boolean broken;

        Client(long timeout) {
            super(timeout);
        }

        @Override
        public void send(SseEventBuilder event) throws IOException {
            if (broken) {
                throw new IOException("connection reset");
            }
            event.build().stream()
                    .filter(part -> part.getMediaType() == null) // the data, not the event's text/plain framing
                    .forEach(part -> received.add(part.getData()));
        }

        @Override
        public synchronized void complete() {
            ended = true;
        }

        @Override
        public synchronized void completeWithError(Throwable ex) {
            ended = true;
        }
    }

    final List<Client> clients = new CopyOnWriteArrayList<>();
    final LiveSubscribers<String, String> live = new LiveSubscribers<>("test-live") {
        @Override
        protected SseEmitter emitter(long timeoutMillis) {
            Client client = new Client(timeoutMillis);
            clients.add(client);
            return client;
        }
    };

    @AfterEach
    void stop() {
        live.stop();
    }

    static Supplier<SseEventBuilder> view(String data) {
        return () -> SseEmitter.event().name("view").data(data);
    }

    @Test
    @DisplayName("a change committed while a client subscribes reaches it after its first view, never lost")
    void aChangeWhileSubscribing() throws Exception {
        Thread[] committer = new Thread[1];
        live.subscribe(List.of("office-1"), "dev-1", () -> {
            // the change is committed and sent while this client's first view is being read
            committer[0] = new Thread(() -> live.sendNow("office-1", anyone -> true, view("after the change")));
            committer[0].start();
            // it waits for this client's first view, or (were the client not listed yet) has already passed it by
            await().until(() -> committer[0].getState() == Thread.State.BLOCKED
                    || committer[0].getState() == Thread.State.TERMINATED);
            return SseEmitter.event().name("view").data("current");
        }, Duration.ofMinutes(1));
        committer[0].join(5_000);

        assertThat(clients.getFirst().received).containsExactly("current", "after the change");
    }

    @Test
    @DisplayName("published changes reach every client of the key in order, filtered by the client's attribute")
    void publishInOrderFiltered() {
        live.subscribe(List.of("u-1", "pm:office-1"), "dev-1", view("inbox"), Duration.ofMinutes(1));
        live.subscribe(List.of("u-1"), "dev-2", view("inbox"), Duration.ofMinutes(1));

        live.publish("u-1", "dev-1"::equals, view("r1"));
        live.publish("pm:office-1", "dev-1"::equals, view("r2"));
        live.publish("u-1", "dev-1"::equals, view("r3"));

        await().until(() -> clients.getFirst().received.size() == 4);
        assertThat(clients.get(0).received).containsExactly("inbox", "r1", "r2", "r3");
        assertThat(clients.get(1).received).containsExactly("inbox");
        assertThat(live.count("u-1")).isEqualTo(2);
    }

    @Test
    @DisplayName("zero open time sends the view once and ends the stream, nobody listed")
    void once() {
        live.subscribe(List.of("office-1"), null, view("current"), Duration.ZERO);

        assertThat(clients.getFirst().received).containsExactly("current");
        assertThat(clients.getFirst().ended).isTrue();
        assertThat(live.watched("office-1")).isFalse();
    }

    @Test
    @DisplayName("a view refused to the caller propagates and leaves nobody listed")
    void refused() {
        assertThatThrownBy(() -> live.subscribe(List.of("office-1"), null, () -> {
            throw new IllegalArgumentException("not your office");
        }, Duration.ofMinutes(1))).hasMessage("not your office");

        assertThat(live.watched("office-1")).isFalse();
    }

    @Test
    @DisplayName("a client whose connection broke is taken off at the next change; the others still get it")
    void brokenClientLeaves() {
        live.subscribe(List.of("office-1"), null, view("current"), Duration.ofMinutes(1));
        live.subscribe(List.of("office-1"), null, view("current"), Duration.ofMinutes(1));
        clients.getFirst().broken = true;

        live.sendNow("office-1", anyone -> true, view("change"));

        assertThat(live.count("office-1")).isEqualTo(1);
        assertThat(clients.getFirst().ended).isTrue();
        assertThat(clients.get(1).received).containsExactly("current", "change");
    }
}
