package com.anchang.platform.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A closed-loop HTTP/1.1 load generator: N keep-alive connections, each on its own platform thread,
 * each sending its next request as soon as the previous answer is read (as {@code wrk} does). It is
 * small on purpose (a prepared request is a byte array, an answer is parsed just enough: status,
 * Content-Length or chunked, Connection: close), so its own CPU stays a few microseconds per request,
 * and it measures that CPU itself (the threads' CPU time), so the process it runs in can be told apart
 * from it.
 */
final class LoadGenerator {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LoadGenerator() {
    }

    /** One answer: its status and body. */
    record Response(int status, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A prepared HTTP/1.1 request (keep-alive), as bytes. */
    static byte[] request(String method, int port, String path, String token, String json) {
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n")
                .append("Accept: application/json\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (json != null || !method.equals("GET")) {
            head.append("Content-Type: application/json\r\n").append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] request = Arrays.copyOf(headBytes, headBytes.length + body.length);
        System.arraycopy(body, 0, request, headBytes.length, body.length);
        return request;
    }

    /** One keep-alive connection to one port; reconnects when the server closed it. */
    static final class Connection implements Closeable {

        private final int port;
        private Socket socket;
        private InputStream in;
        private OutputStream out;
        /** Nanoseconds of each answer since the last {@link #drain()}, and their statuses. */
        private long[] nanos = new long[1024];
        private int count;
        private final Map<Integer, Integer> statuses = new TreeMap<>();

        Connection(int port) {
            this.port = port;
        }

        /** Sends one prepared request and reads its answer, timing it. */
        Response send(byte[] request) throws IOException {
            long start = System.nanoTime();
            Response response;
            try {
                response = exchange(request);
            } catch (IOException lost) {
                // the server closed an idle keep-alive connection: once more on a new one
                close();
                response = exchange(request);
            }
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, count * 2);
            }
            nanos[count++] = System.nanoTime() - start;
            statuses.merge(response.status(), 1, Integer::sum);
            return response;
        }

        private Response exchange(byte[] request) throws IOException {
            if (socket == null) {
                socket = new Socket();
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress("localhost", port), 5_000);
                socket.setSoTimeout(60_000);
                in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
                out = socket.getOutputStream();
            }
            out.write(request);
            out.flush();
            return read();
        }

        private Response read() throws IOException {
            String statusLine = line();
            if (statusLine == null) {
                throw new EOFException("the server closed the connection");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim();
                String value = header.substring(colon + 1).trim();
                if (name.equalsIgnoreCase("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equalsIgnoreCase("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                } else if (name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close")) {
                    closing = true;
                }
            }
            byte[] body;
            if (chunked) {
                ByteArrayOutputStream chunks = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    chunks.write(in.readNBytes(size));
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used here
                }
                body = chunks.toByteArray();
            } else if (length >= 0) {
                body = in.readNBytes((int) length);
            } else {
                body = in.readAllBytes();
                closing = true;
            }
            if (closing) {
                close();
            }
            return new Response(status, body);
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b != -1; b = in.read()) {
                if (b == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) b);
            }
            return line.isEmpty() ? null : line.toString();
        }

        long[] drain() {
            long[] drained = Arrays.copyOf(nanos, count);
            count = 0;
            return drained;
        }

        Map<Integer, Integer> drainStatuses() {
            Map<Integer, Integer> drained = new TreeMap<>(statuses);
            statuses.clear();
            return drained;
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
                socket = null;
            }
        }
    }

    /** What one connection does in a loop: one or more requests, in order (a step of a user's work). */
    interface Script {
        void step(Connection connection) throws IOException;
    }

    /** The outcome of one run: requests answered, their latencies and statuses, the load threads' own CPU. */
    record Result(long requests, double seconds, long[] nanos, Map<Integer, Integer> statuses, long loadCpuNanos,
            int failures) {

        double perSecond() {
            return requests / seconds;
        }

        double percentileMillis(double p) {
            if (nanos.length == 0) {
                return 0;
            }
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
            return sorted[Math.max(0, index)] / 1e6;
        }
    }

    /**
     * Runs the scripts, one per connection, for the given time; the connections stay open for the next
     * run (keep-alive, as a client that keeps sending would).
     */
    static Result run(List<Connection> connections, Supplier<Script> scripts, Duration duration) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        long[] cpu = new long[connections.size()];
        int[] failures = new int[connections.size()];
        List<Thread> threads = new ArrayList<>();
        for (Connection connection : connections) {
            connection.drain();
            connection.drainStatuses();
        }
        long start = System.nanoTime();
        for (int i = 0; i < connections.size(); i++) {
            int index = i;
            Connection connection = connections.get(i);
            Script script = scripts.get();
            threads.add(Thread.ofPlatform().name("load-" + i).start(() -> {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                while (!stop.get()) {
                    try {
                        script.step(connection);
                    } catch (IOException | RuntimeException e) {
                        failures[index]++;
                        connection.close();
                    }
                }
                cpu[index] = THREADS.getCurrentThreadCpuTime() - cpuStart;
            }));
        }
        Thread.sleep(duration.toMillis());
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<long[]> all = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Connection connection : connections) {
            all.add(connection.drain());
            connection.drainStatuses().forEach((status, n) -> statuses.merge(status, n, Integer::sum));
        }
        long[] nanos = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(nanos.length, seconds, nanos, statuses, Arrays.stream(cpu).sum(), Arrays.stream(failures).sum());
    }
}
