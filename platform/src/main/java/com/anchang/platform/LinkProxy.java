package com.anchang.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP link between a service and the store or the broker that a test can hurt (issue 17's network faults):
 * it listens on a port and forwards every connection to a target, byte for byte, both ways, until told to
 * {@link #cut} the link (every open connection closed, new ones closed as soon as they are accepted, as a peer
 * that is gone would answer), to {@link #blackhole} it (a silent partition: connections stay open, nothing passes
 * either way, no peer says a word) or to {@link #slow} it (each chunk held back before it is passed on, each way).
 * One thread per direction of a connection: the links it serves carry a few connections each.
 */
public final class LinkProxy implements AutoCloseable {

    private final String name;
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean blackholed;
    private volatile long delayNanos;
    private volatile boolean closed;

    private LinkProxy(String name, ServerSocket server, InetSocketAddress target) {
        this.name = name;
        this.server = server;
        this.target = target;
    }

    /** Listens on {@code port} of the loopback address (0: any free port) and forwards to {@code target}. */
    public static LinkProxy open(String name, int port, InetSocketAddress target) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        LinkProxy proxy = new LinkProxy(name, server, target);
        Thread.ofPlatform().daemon().name(name + "-accept").start(proxy::acceptLoop);
        return proxy;
    }

    /** The port the link listens on (what the service is told to connect to). */
    public int port() {
        return server.getLocalPort();
    }

    /** Cuts the link: every open connection closed at once, new ones closed as soon as they arrive, until {@link #heal}. */
    public void cut() {
        cut = true;
        open.forEach(LinkProxy::closeQuietly);
        open.clear();
    }

    /**
     * A silent partition until {@link #heal}: open connections stay open but every byte is dropped, new connections
     * are accepted and never answered — what a client meets when packets are lost rather than refused.
     */
    public void blackhole() {
        blackholed = true;
    }

    /** Each chunk of bytes waits {@code delay} before it is passed on, each way ({@link Duration#ZERO}: at once). */
    public void slow(Duration delay) {
        delayNanos = delay.toNanos();
    }

    /** The link as it was: new connections forwarded again, without delay. */
    public void heal() {
        delayNanos = 0;
        cut = false;
        if (blackholed) {
            blackholed = false;
            // the connections that lost bytes are broken streams now: closed, as their peers' timeouts would end them
            open.forEach(LinkProxy::closeQuietly);
            open.clear();
        }
    }

    /** How many connections the link carries now (both ends counted once). */
    public int connections() {
        return open.size() / 2;
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            if (cut) {
                closeQuietly(client);
                continue;
            }
            if (blackholed) {
                open.add(client); // held open and never answered
                continue;
            }
            Thread.ofPlatform().daemon().name(name + "-connect").start(() -> connect(client));
        }
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(target, 2_000);
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
        } catch (IOException unreachable) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        open.add(client);
        open.add(upstream);
        if (cut) { // cut while this connection was being made
            closeBoth(client, upstream);
            return;
        }
        Thread.ofPlatform().daemon().name(name + "-up").start(() -> pump(client, upstream));
        Thread.ofPlatform().daemon().name(name + "-down").start(() -> pump(upstream, client));
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (blackholed) {
                    continue; // dropped, as a partition drops packets
                }
                long delay = delayNanos;
                if (delay > 0) {
                    Thread.sleep(Duration.ofNanos(delay)); // the slow link's latency, by design
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException ended) {
            // the peer or cut() closed the connection, or it broke: both ends closed, as the peer would see it
        } finally {
            closeBoth(from, to);
        }
    }

    private void closeBoth(Socket a, Socket b) {
        open.remove(a);
        open.remove(b);
        closeQuietly(a);
        closeQuietly(b);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that is already broken
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException ignored) {
            // the port is released either way
        }
        cut();
    }

    @Override
    public String toString() {
        return name + " (port " + port() + " -> " + target.getPort() + (cut ? ", cut" : "")
                + (delayNanos > 0 ? ", slowed by " + Duration.ofNanos(delayNanos).toMillis() + " ms" : "") + ")";
    }
}
