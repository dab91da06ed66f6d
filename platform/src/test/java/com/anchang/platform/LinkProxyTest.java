package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The link a network fault is made on (issue 17): forwards both ways, cuts, heals, slows. */
class LinkProxyTest {

    private ServerSocket echo;
    private LinkProxy link;

    @BeforeEach
    void echoServerBehindALink() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().start(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket connection = echo.accept();
                    Thread.ofPlatform().daemon().start(() -> echoBack(connection));
                } catch (IOException closed) {
                    return;
                }
            }
        });
        link = LinkProxy.open("test-link", 0, new InetSocketAddress(InetAddress.getLoopbackAddress(), echo.getLocalPort()));
    }

    private static void echoBack(Socket connection) {
        try (connection; InputStream in = connection.getInputStream(); OutputStream out = connection.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException ended) {
            // the client or the link closed it
        }
    }

    @AfterEach
    void close() throws IOException {
        link.close();
        echo.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), link.port());
        socket.setSoTimeout(5_000);
        return socket;
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
        return new String(socket.getInputStream().readNBytes(bytes.length), StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a healthy link passes every byte both ways, unchanged")
    void forwardsBothWays() throws IOException {
        try (Socket socket = connect()) {
            assertThat(roundTrip(socket, "ping 定金 1")).isEqualTo("ping 定金 1");
            String large = "x".repeat(200_000);
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    socket.getOutputStream().write(large.getBytes(StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // the read below fails then
                }
            });
            assertThat(new String(socket.getInputStream().readNBytes(large.length()), StandardCharsets.UTF_8)).isEqualTo(large);
        }
    }

    @Test
    @DisplayName("cut: an open connection is closed at once and a new one is closed as soon as it is accepted; healed: connections pass again")
    void cutAndHeal() throws IOException {
        try (Socket before = connect()) {
            assertThat(roundTrip(before, "before")).isEqualTo("before");
            await().atMost(Duration.ofSeconds(5)).until(() -> link.connections() == 1);

            link.cut();

            assertThat(endOfStream(before)).as("the open connection was closed by the cut").isTrue();
            assertThat(link.connections()).isZero();
        }
        try (Socket during = connect()) {
            assertThat(endOfStream(during)).as("a new connection is closed while the link is cut").isTrue();
        }

        link.heal();

        try (Socket after = connect()) {
            assertThat(roundTrip(after, "after")).isEqualTo("after");
        }
    }

    @Test
    @DisplayName("blackholed: an open connection stays open but nothing comes back, a new one is accepted and never answered; healed: the broken connections are closed and new ones pass again")
    void blackholeAndHeal() throws IOException {
        try (Socket before = connect(); Socket during = new Socket()) {
            assertThat(roundTrip(before, "before")).isEqualTo("before");
            before.setSoTimeout(500);

            link.blackhole();

            assertThat(silent(before)).as("no answer and no close on the open connection").isTrue();
            during.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), link.port()), 2_000);
            during.setSoTimeout(500);
            assertThat(silent(during)).as("a new connection is accepted and never answered").isTrue();

            link.heal();

            before.setSoTimeout(5_000);
            assertThat(endOfStream(before)).as("the connection that lost bytes is closed").isTrue();
        }
        try (Socket after = connect()) {
            assertThat(roundTrip(after, "after")).isEqualTo("after");
        }
    }

    /** Whether a byte sent is answered by nothing at all (neither bytes nor a close) within the socket's read timeout. */
    private static boolean silent(Socket socket) throws IOException {
        socket.getOutputStream().write('x');
        socket.getOutputStream().flush();
        try {
            socket.getInputStream().read();
            return false;
        } catch (java.net.SocketTimeoutException timedOut) {
            return true;
        }
    }

    /** Whether the peer closed the connection: end of stream or a reset, within the socket's read timeout. */
    private static boolean endOfStream(Socket socket) {
        try {
            return socket.getInputStream().read() < 0;
        } catch (IOException reset) {
            return !(reset instanceof java.net.SocketTimeoutException);
        }
    }

    @Test
    @DisplayName("slowed by 150 ms each way, a round trip takes at least 300 ms and answers the same; healed, it is fast again")
    void slowLinkAddsLatencyEachWay() throws IOException {
        try (Socket socket = connect()) {
            roundTrip(socket, "warm");
            link.slow(Duration.ofMillis(150));

            long start = System.nanoTime();
            assertThat(roundTrip(socket, "slow")).isEqualTo("slow");
            long slowMillis = (System.nanoTime() - start) / 1_000_000;

            link.heal();
            start = System.nanoTime();
            assertThat(roundTrip(socket, "fast")).isEqualTo("fast");
            long fastMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(slowMillis).isGreaterThanOrEqualTo(300);
            assertThat(fastMillis).isLessThan(slowMillis - 150);
        }
    }
}
