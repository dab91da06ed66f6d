package com.anchang.platform.reliability;

import com.anchang.platform.EmbeddedPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.LockSupport;

/**
 * Faults injected while the day of offices runs (issue 17), on a thread beside it: kill -9 of each service in turn,
 * each restarted by the schedule once it is ready again; then two services killed at once and both restarted; the
 * Kafka broker killed and started again on its data; the store stopped and started; in the seed's order.
 * Each fault waits until the day has sent {@code spacing} more requests since the last one was mended, so that
 * the day's commands meet every fault, and stays in place until a client has met it (a 5xx or no answer) or
 * {@link #LONGEST_DOWN} has passed, at least {@link #SHORTEST_DOWN}.
 */
final class FaultSchedule {

    static final String SERVICE_KILLED = "a service killed (kill -9) and restarted";
    static final String TWO_KILLED = "two services killed at once and restarted";
    static final String BROKER_KILLED = "the Kafka broker killed (kill -9) and restarted";
    static final String STORE_STOPPED = "the store (embedded MongoDB server) stopped and started";
    static final List<String> KINDS = List.of(SERVICE_KILLED, TWO_KILLED, BROKER_KILLED, STORE_STOPPED);
    static final Duration SHORTEST_DOWN = Duration.ofSeconds(2);
    static final Duration LONGEST_DOWN = Duration.ofSeconds(8);

    /** One fault: its kind and what it hits. */
    record Fault(String kind, List<String> targets) {

        String name() {
            return switch (kind) {
                case SERVICE_KILLED -> "kill -9 " + targets.getFirst();
                case TWO_KILLED -> "kill -9 " + String.join(" + ", targets);
                case BROKER_KILLED -> "kill -9 kafka";
                default -> "stop the store";
            };
        }
    }

    /**
     * What one fault did: the requests the day sent and the 5xx/no answers its clients met while it was in place
     * (from the injection to the process ready again), how long that took, and whether the day was still working.
     */
    record Injected(Fault fault, long requestsDuring, long failuresSeen, double seconds, boolean duringTheDay,
            String error) {
    }

    /**
     * The faults for a seed: each of the given services killed in turn, two of them at once, the broker, the store,
     * in the seed's order (every kind early enough in some seeds to meet even a short day).
     */
    static List<Fault> plan(long seed, List<String> services) {
        Random random = new Random(seed ^ 0x5EEDFA17L);
        List<Fault> plan = new ArrayList<>();
        services.forEach(service -> plan.add(new Fault(SERVICE_KILLED, List.of(service))));
        List<String> pair = new ArrayList<>(services);
        Collections.shuffle(pair, random);
        plan.add(new Fault(TWO_KILLED, List.copyOf(pair.subList(0, 2))));
        plan.add(new Fault(BROKER_KILLED, List.of("kafka")));
        plan.add(new Fault(STORE_STOPPED, List.of("mongo")));
        Collections.shuffle(plan, random);
        return List.copyOf(plan);
    }

    private final EmbeddedPlatform platform;
    private final Desk desk;
    private final List<Fault> plan;
    private final long spacing;
    private final List<Injected> injected = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> restarted = Collections.synchronizedSet(new TreeSet<>());
    private volatile boolean dayOver;
    private Thread thread;

    FaultSchedule(EmbeddedPlatform platform, Desk desk, List<Fault> plan, long spacing) {
        this.platform = platform;
        this.desk = desk;
        this.plan = plan;
        this.spacing = spacing;
    }

    void start() {
        thread = Thread.ofPlatform().name("fault-schedule").daemon().start(this::run);
    }

    /** The day's commands are done: the faults left are injected at once; waits until the last one is mended. */
    void finish(Duration atMost) throws InterruptedException {
        dayOver = true;
        if (thread != null && !thread.join(atMost)) {
            throw new IllegalStateException("the fault schedule did not finish within " + atMost);
        }
    }

    List<Injected> injected() {
        return List.copyOf(injected);
    }

    /** The services killed and started again: their counters count from their restart. */
    Set<String> restarted() {
        return Set.copyOf(restarted);
    }

    /** How many faults of each kind were injected. */
    Map<String, Long> byKind() {
        Map<String, Long> kinds = new LinkedHashMap<>();
        KINDS.forEach(kind -> kinds.put(kind, 0L));
        injected().stream().filter(i -> i.error() == null).forEach(i -> kinds.merge(i.fault().kind(), 1L, Long::sum));
        return kinds;
    }

    private void run() {
        long mark = desk.requestsSent();
        for (Fault fault : plan) {
            while (!dayOver && desk.requestsSent() < mark + spacing) {
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
            boolean during = !dayOver;
            long requests = desk.requestsSent();
            long failures = desk.failuresSeen();
            long started = System.nanoTime();
            String error = null;
            try {
                inject(fault);
            } catch (Exception e) {
                error = e.toString();
            }
            injected.add(new Injected(fault, desk.requestsSent() - requests, desk.failuresSeen() - failures,
                    (System.nanoTime() - started) / 1e9, during, error));
            if (error != null) {
                return;
            }
            mark = desk.requestsSent();
        }
    }

    private void inject(Fault fault) throws Exception {
        switch (fault.kind()) {
            case SERVICE_KILLED, TWO_KILLED -> {
                List<Thread> kills = new ArrayList<>();
                for (String service : fault.targets()) {
                    kills.add(Thread.ofVirtual().start(() -> platform.killService(service)));
                }
                for (Thread kill : kills) {
                    kill.join();
                }
                down();
                for (String service : fault.targets()) {
                    restarted.add(service);
                    platform.restartService(service);
                }
            }
            case BROKER_KILLED -> {
                platform.killBroker();
                down();
                platform.startBroker();
            }
            default -> {
                platform.stopStore();
                try {
                    down();
                } finally {
                    platform.startStore();
                }
            }
        }
    }

    /** Leaves the fault in place until a client met it, between the shortest and the longest time. */
    private void down() {
        long seen = desk.failuresSeen();
        long started = System.nanoTime();
        while (true) {
            long down = System.nanoTime() - started;
            if (down >= LONGEST_DOWN.toNanos() || (down >= SHORTEST_DOWN.toNanos() && desk.failuresSeen() > seen)) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }
}
