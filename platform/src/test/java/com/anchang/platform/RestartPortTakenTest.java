package com.anchang.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RestartPortTakenTest {

    @Test
    @DisplayName("a service restarted after kill -9 whose port an outgoing connection took meanwhile (the fault run's "
            + "commission-service) is started again once that connection has let the port go: the port is told taken "
            + "while the connection lives and free as soon as it ends")
    void portTakenByAnOutgoingConnectionIsWaitedFor() throws Exception {
        try (ServerSocket elsewhere = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Socket outgoing = new Socket();
            outgoing.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = outgoing.getLocalPort();
            outgoing.connect(elsewhere.getLocalSocketAddress());
            Socket accepted = elsewhere.accept();
            assertThat(EmbeddedPlatform.awaitPortFree(port, Duration.ofMillis(300))).as("taken").isFalse();

            // the connection ends as such connections do: its far end closes, then its own end
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(500);
                    accepted.close();
                    outgoing.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(EmbeddedPlatform.awaitPortFree(port, Duration.ofSeconds(20))).as("free again").isTrue();
        }
    }
}
