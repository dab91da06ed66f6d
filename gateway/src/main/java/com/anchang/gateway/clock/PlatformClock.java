package com.anchang.gateway.clock;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The platform's simulated clock at the gateway (ADR 11): reads it and moves it for every service together,
 * with the platform administrator's token, one move at a time.
 */
public final class PlatformClock {

    /** A move asked for while another is under way. */
    public static final class MoveUnderWayException extends RuntimeException {
        MoveUnderWayException() {
            super("the clock is being moved already; wait until that move returns");
        }
    }

    /**
     * How moves step.
     *
     * @param maxStep the longest step even when no job is due sooner
     * @param settleTimeout how long one step waits for every service to settle
     * @param settlePoll the pause between two questions whether the services have settled
     */
    public record Settings(Duration maxStep, Duration settleTimeout, Duration settlePoll) {
    }

    private final GatewayClock gateway;
    private final Map<String, URI> services;
    private final Settings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ReentrantLock moving = new ReentrantLock();
    /** The services are asked at once, each on a virtual thread (their calls block). */
    private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

    /** @param services each service's name and base URL */
    PlatformClock(GatewayClock gateway, Map<String, URI> services, Settings settings) {
        this.gateway = gateway;
        this.services = Map.copyOf(services);
        this.settings = settings;
    }

    /** Every process's time now, the gateway's first. */
    public Map<String, Instant> read(String token) {
        Map<String, Instant> now = new java.util.LinkedHashMap<>();
        for (Stepping.Participant participant : participants(token)) {
            now.put(participant.name(), participant.read(null).now());
        }
        return now;
    }

    public Stepping.Move moveTo(String token, Instant target) {
        return move(token, stepping -> stepping.moveTo(target));
    }

    public Stepping.Move advanceBy(String token, Duration by) {
        return move(token, stepping -> stepping.advanceBy(by));
    }

    private Stepping.Move move(String token, Function<Stepping, Stepping.Move> move) {
        if (!moving.tryLock()) {
            throw new MoveUnderWayException();
        }
        try {
            long pauseMillis = settings.settlePoll().toMillis();
            Stepping stepping = new Stepping(participants(token), settings.maxStep(), settings.settleTimeout(),
                    () -> pause(pauseMillis), System::nanoTime, calls);
            return move.apply(stepping);
        } finally {
            moving.unlock();
        }
    }

    private List<Stepping.Participant> participants(String token) {
        List<Stepping.Participant> all = new ArrayList<>();
        all.add(gateway);
        services.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(service -> all.add(new ServiceClock(service.getKey(), service.getValue(), token, http)));
        return all;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the services to settle", e);
        }
    }
}
